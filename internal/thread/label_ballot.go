package thread

import "strings"

// A union's vote on a strike is its ballot: "Junior doctors are to be
// balloted on fresh strikes after talks broke down", "the largest
// nurses' union announced it will ballot its members on strike action
// over pay". A sub-editor writes "junior doctors strike ballot", "nurses'
// strike ballot": who votes, on what and the ballot. The ballot rule
// finds a form of "ballot" as a verb in the lead's first sentence with
// a strike in the same sentence, and labels the workers (the subject
// before the verb, or the workers whose union the pronoun subject
// stands for: "the teachers' union … it will ballot", or that union:
// "the teaching union"), or else the label's name, then "strike ballot".

// ballotVerbs are the forms of "ballot" as a verb.
var ballotVerbs = toSet(`ballot balloted balloting ballots`)

// ballotAux may stand between the subject and the verb ("are to be
// balloted").
var ballotAux = toSet(`are is was were to be been being will would has have had`)

// staffWords name workers by nothing but their work for an employer.
var staffWords = toSet(`workers staff employees members`)

// strikeWords tell that a ballot is on a strike.
var strikeWords = toSet(`strike strikes walkout walkouts industrial`)

// leadBallot returns the label words of the ballot rule for lead after
// the label's name words name, or nil.
func leadBallot(lead []word, name []string) []string {
	n := min(len(lead), nominalWords)
	end := n
	for i := 1; i < n; i++ {
		if lead[i].opensSentence() {
			end = i
			break
		}
	}
	at, strike := -1, false
	for i := 1; i < end; i++ {
		if wordIn(strikeWords, lead[i]) {
			strike = true
		}
		if at < 0 && !lead[i].upper && wordIn(ballotVerbs, lead[i]) && wordIn(ballotAux, lead[i-1]) {
			at = i
		}
	}
	if at < 0 || !strike {
		return nil
	}
	j := at - 1
	for j >= 0 && wordIn(ballotAux, lead[j]) {
		j--
	}
	var employer []string // the employer named after "at"
	if k := j; k >= 0 && lead[k].upper {
		for k >= 0 && lead[k].upper && lead[k].joined {
			k--
		}
		if k > 0 && strings.EqualFold(lead[k].surface, "at") && j-k <= 3 {
			for _, w := range lead[k+1 : j+1] {
				employer = append(employer, w.surface)
			}
			j = k - 1 // "train drivers at Norhaven Trains are to be balloted"
		}
	}
	var who []string
	switch {
	case j >= 0 && (strings.EqualFold(lead[j].surface, "it") || strings.EqualFold(lead[j].surface, "they")):
		// the union the pronoun stands for: "the teachers' union … it"
		for k := j - 1; k > 0; k-- {
			if !strings.EqualFold(lead[k].surface, "union") || lead[k-1].stop || lead[k-1].upper {
				continue
			}
			who = []string{strings.ToLower(lead[k-1].surface)}
			if !workers(lead[k-1]) {
				who = append(who, "union") // "the teaching union"
			}
			break
		}
	case j >= 0 && workers(lead[j]):
		who = []string{strings.ToLower(lead[j].surface)}
		if j > 0 && lead[j].joined && !lead[j-1].stop && !lead[j-1].upper {
			who = append([]string{strings.ToLower(lead[j-1].surface)}, who...) // "junior doctors"
		} else if j > 0 && lead[j].joined && lead[j-1].upper && !lead[j-1].name {
			who = append([]string{strings.ToLower(lead[j-1].surface)}, who...) // "Junior doctors" opening the lead
		}
	}
	if len(who) == 1 && wordIn(staffWords, lead[j]) && employer != nil {
		who = employer // "workers at Norhaven Trains": the employer says more
	}
	if who == nil {
		if len(name) == 0 || len(name) > 3 {
			return nil
		}
		who = name
	}
	return append(append([]string(nil), who...), "strike", "ballot")
}

// workers reports whether w is a plural common noun for those who vote
// in a ballot ("doctors", "drivers", "teachers").
func workers(w word) bool {
	l := strings.ToLower(w.surface)
	return !w.stop && !w.name && len(l) > 3 && strings.HasSuffix(l, "s") && !strings.HasSuffix(l, "ss") && w.lex&lexAdverb == 0
}

// A vote to strike is news in the same way: "Signal workers on Tarnside
// Rail have voted to strike over rosters", "Nurses at two hospitals will
// vote on whether to strike". A sub-editor writes "Tarnside Rail signal
// workers strike vote". The strike-vote rule finds a form of "vote" in
// the lead's first sentence followed by a strike ("to strike", "for
// strike action", "on whether to strike") and labels the voters' employer
// (a name of two words at most after "at", "on" or "for"), the voters
// (the first plural noun of the subject, with the word before it: "bin
// workers"; the noun alone when the employer and the voters would run
// past three words) and "strike vote".

// voteForms are the forms of "vote" as a verb.
var voteForms = toSet(`vote votes voted voting`)

// voteSpan is how many words after the vote its strike may come, and
// how many before it the subject is looked for in.
const voteSpan = 6

// leadStrikeVote returns the label words of the strike-vote rule in
// lead, or nil.
func leadStrikeVote(lead []word) []string {
	n := min(len(lead), nominalWords)
	end := n
	for i := 1; i < n; i++ {
		if lead[i].opensSentence() {
			end = i
			break
		}
	}
	for v := 1; v < end; v++ {
		if lead[v].upper || !wordIn(voteForms, lead[v]) {
			continue
		}
		strike := false
		for j := v + 1; j < end && j <= v+voteSpan; j++ {
			if wordIn(strikeWords, lead[j]) {
				strike = true
				break
			}
		}
		if !strike {
			continue
		}
		// the subject: back to the clause's opening, past auxiliaries
		from := v - 1
		for from > 0 && from > v-voteSpan-3 && lead[from].joined && !wordIn(voteClause, lead[from-1]) {
			from--
		}
		var who, employer []string
		for k := from; k < v; k++ {
			w := lead[k]
			if who == nil && workers(w) {
				if k > from && !lead[k-1].stop && !lead[k-1].name && lead[k].joined {
					who = append(who, strings.ToLower(lead[k-1].surface))
				}
				who = append(who, strings.ToLower(w.surface))
				continue
			}
			if who != nil && employer == nil && w.stop && k+1 < v && lead[k+1].name && (strings.EqualFold(w.surface, "at") || strings.EqualFold(w.surface, "on") || strings.EqualFold(w.surface, "for")) {
				e := k + 1
				for e < v && lead[e].name && lead[e].joined {
					e++
				}
				if e-k-1 <= 2 {
					for _, x := range lead[k+1 : e] {
						employer = append(employer, x.surface)
					}
				}
			}
		}
		if who == nil {
			return nil
		}
		if len(employer)+len(who) > 3 {
			who = who[len(who)-1:]
		}
		return append(append(employer, who...), "strike", "vote")
	}
	return nil
}

// voteClause open the clause a vote's subject stands in.
var voteClause = toSet(`after as that when because while since and but`)
