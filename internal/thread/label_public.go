package thread

// A public-service or consumer story tells what happens to people at
// large, named by what they do or use: "patients were left waiting on
// trolleys", "drivers face higher fines", "parents will be protected from
// costly uniforms", "households in England are living in temporary
// accommodation". The plural noun says whom the news touches, not what
// it is (the waiting, the fines, the uniform costs), and a sub-editor
// leaves it out unless nothing else says who acts. The public rule
// keeps such a noun out of the words the fill rule adds (label_fill.go).
//
// Over the development round-ups such a noun was a gold label word for 4
// of the 55 labels the fill rule gave it to (7 per cent, against 30 for
// the fill rule's words at large), and leaving it out changes 36
// labels, 32 closer to the gold label and 4 further. Over the BBC
// articles it changes 40 labels, which read no better on the whole: 11
// closer to the headline, 11 further ("Air passengers win new EU
// rights" loses "passengers" to "air"), as the next word the fill rule
// takes is as often noise ("search engine naive"). Stopping the fill
// rule at such a noun instead, leaving the label a word short, read
// cleaner on the BBC articles (0.3176/0.3166 against 0.3171/0.3171) but
// scored lower on the round-ups (0.4707 against 0.4712), and was left.

// publicNouns are plural nouns that name people at large by what they
// do, use or are to a service.
var publicNouns = toSet(`patients drivers motorists cyclists pedestrians passengers commuters travellers tourists holidaymakers visitors
parents children pupils students families households residents homeowners tenants renters occupants neighbours locals villagers
customers shoppers consumers users subscribers viewers listeners readers audiences fans spectators diners drinkers
savers borrowers investors shareholders taxpayers ratepayers voters claimants pensioners members
workers employees staff people adults women men teenagers youngsters elderly`)

// publicNoun reports whether the candidate c is one word of publicNouns.
func publicNoun(c *cand) bool {
	return len(c.words) == 1 && wordIn(publicNouns, c.words[0])
}
