package thread

import "strings"

// "New" is among the commonest words of a headline: "Gervais plans new
// sitcom", "Wenger signs new deal", "Penrose names new chairman". It is
// the news in the thing: the story is that there is one. As a topic word
// "new" is too common to score, so a label that takes the thing from a
// lead that calls it new ("has signed a new contract", "his new
// sitcom") lost the word. The new rule puts "new" back in front of the
// label's topic words when the lead writes it right before them and
// they end the lead's noun phrase there ("new contract.", "new sitcom
// about"); a phrase that runs on past the label's words ("new multiple
// sclerosis drug", "new figures show") is another thing than the
// label's, and gets nothing; so does a new thing that is no one's in
// particular ("is looking for a new host", "a new poll suggests").

// newPosts are the things whose being new is the news: a post filled
// and an agreement made ("new chairman", "new coach", "new deal").
var newPosts = toSet(`chairman chairwoman chair boss chief executive director manager coach captain head leader owner owners landlord landlords contract contracts deal deals sponsor sponsors partner partnership`)

// newLabelWords is the most words a label with "new" runs to.
const newLabelWords = 5

// newLabel returns label with "new" in front of its lower-case words
// that open its topic (after the name or the verb) when the lead lead writes "new" right before them and the noun
// phrase ends with them; else label.
func newLabel(label []string, lead []word) []string {
	if len(label) >= newLabelWords {
		return label
	}
	for _, l := range label {
		if strings.EqualFold(l, "new") {
			return label
		}
	}
	for j, l := range label {
		if startsUpper(l) {
			continue
		}
		if j > 0 && !startsUpper(label[j-1]) {
			if _, verb := newsVerbs[strings.ToLower(label[j-1])]; !verb {
				continue // inside the topic words: "school bus contract"
			}
		}
		for k := 1; k < len(lead); k++ {
			if !lead[k].joined || !strings.EqualFold(lead[k].surface, l) {
				continue
			}
			at := k - 1 // "new", right before the label's words or a term before them
			if k > 1 && newTerm(lead[k-1]) && lead[k-1].joined {
				at = k - 2 // "a new four-year contract"
			}
			if !strings.EqualFold(lead[at].surface, "new") || !newOwned(lead, at) {
				continue
			}
			// the lead's words match the label's from here on; the
			// phrase must end where the match does
			m := 1
			for j+m < len(label) && k+m < len(lead) && lead[k+m].joined && strings.EqualFold(lead[k+m].surface, label[j+m]) {
				m++
			}
			if e := k + m; e < len(lead) && lead[e].joined && !lead[e].stop {
				continue // "new figures show": the phrase runs on
			}
			if !wordIn(newPosts, lead[k+m-1]) {
				continue
			}
			out := make([]string, 0, len(label)+1)
			out = append(append(append(out, label[:j]...), "new"), label[j:]...)
			return out
		}
	}
	return label
}

// newOwners are the possessives that may stand before "new".
var newOwners = toSet(`his her its their our`)

// newOwned reports whether "new" at lead[i] opens a thing that is the
// sentence's subject's own: it follows a verb ("has signed a new
// contract", "opens 40 new stores") or a possessive ("Gervais' new
// sitcom", "its new kit deal"), not a preposition or an article that
// opens the sentence's own subject ("looking for a new host", "A new
// poll suggests", "the new series of").
func newOwned(lead []word, i int) bool {
	if i == 0 || !lead[i].joined {
		return false
	}
	p := lead[i-1]
	if p.opensSentence() {
		return false
	}
	return !p.stop || wordIn(newOwners, p)
}

// newTermUnits end a hyphened term that may stand between "new" and its
// noun: "a new four-year contract", "a new 12-month deal".
var newTermUnits = [...]string{"-year", "-month", "-week", "-season", "-match", "-game"}

// newTerm reports whether w is a hyphened term of newTermUnits.
func newTerm(w word) bool {
	for _, u := range newTermUnits {
		if len(w.surface) > len(u) && strings.EqualFold(w.surface[len(w.surface)-len(u):], u) {
			return true
		}
	}
	return false
}
