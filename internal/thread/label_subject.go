package thread

import "strings"

// A thread's lead sentence that opens with a name is about that name:
// "Lorrimer Bank was at the heart of the slide after …", "Property group
// Tamsin Estates rose after …", "Welsh referee Aled Pritchard will take
// charge of his last international". People quoted further on (a chief
// executive, an analyst, a spokesman) may be named more often, and a firm
// named in other threads too scores less, but the matter is the opening
// name's. The lead-subject rule gives that name the name slot when it
// scores at least a small share of the best name.

// Lead-subject rule constants.
const (
	// subjectShare is the least share of the best name's score at which
	// the lead's subject takes the name slot.
	subjectShare = 0.25
	// subjectWords is the most words of the lead's opening noun phrase.
	subjectWords = 8
)

// leadSubject puts first the name that opens the noun phrase opening
// the thread's lead paragraph lead (the words of its first paragraph)
// when it, or a shorter form of it, scores at least subjectShare of the
// best name, or the best name is first met in an attribution of the
// lead (the speaker rule, label_speaker.go), and is not a form of the
// best name already. A firm's two-word name whose first word, opening
// the sentence, the subject phrase passes over ("Tarnby Minerals": see
// tradeNamed) stands at the subject's place too (trade, nil: none).
func leadSubject(names []*cand, lead []word, trade func([]word) bool) {
	at := subjectAt(lead)
	if at < 0 {
		return
	}
	var subj, best *cand
	var top float64 // the best score of a name at the subject's place
	for _, c := range names {
		if best == nil || byScore(c, best) < 0 {
			best = c
		}
		if c.pos != at && !(c.pos == at-1 && len(c.words) == 2 && c.words[0].promoted && trade != nil && trade(c.words)) {
			continue
		}
		top = max(top, c.score)
		if subj == nil || len(c.words) > len(subj.words) {
			subj = c
		}
	}
	if subj == nil || containsPhrase(best.words, subj.words) || containsPhrase(subj.words, best.words) || top < subjectShare*best.score && !inAttribution(lead, best.pos) {
		return
	}
	subj.score = best.score * leadNameBoost
}

// subjectAt returns the word index of the first name of the noun
// phrase opening lead, after a fronted phrase (frontedEnd), or -1. The
// phrase is the run of words up to the first function word or
// punctuation, at most subjectWords long
// ("Property group Tamsin Estates", "Rotherford United manager Gavin
// Stott"). A capitalised opener in front of a name ("Rival",
// "Actress") is no name of its own: fullName takes it in only when the
// story shows it belongs. Nor is a plural nationality ("Top-seeded
// Americans Andy Roddick").
func subjectAt(lead []word) int {
	off := frontedEnd(lead)
	if off == 0 && len(lead) > 1 && wordIn(leadConjunctions, lead[0]) && lead[1].joined {
		off = 1 // "And Aquis-listed wine maker Chapel Down saw …"
	}
	if at := subjectFrom(lead[off:]); at >= 0 {
		return at + off
	}
	return -1
}

// holderNouns are agent nouns for a person by kin or by holding, which
// written alone before a person's name make no trade ("Thornbury Rovers
// owner Viktor Arlenko", "Lord Harcourt-Vane's daughter Clemency"); in a
// compound ("Upper Crust-owner SSP Group") or before a firm's name that
// ends in a trade word ("National Accident Helpline owner NAHL Group")
// they do.
var holderNouns = toSet(`owner owners daughter father mother sister brother partner founder member`)

// leadConjunctions are the conjunctions a round-up's item may open with
// ("And …", "But …"): the subject follows them.
var leadConjunctions = toSet(`and but yet so`)

// frontedMax is the most words of a fronted phrase.
const frontedMax = 6

// frontedEnd returns the index of the first word after the fronted
// phrase opening lead ("Over on AIM, …", "Meanwhile, …", "Turning to the
// fallers, …", "Separately, …"), or 0 when there is none: a run of at
// most frontedMax words up to the first punctuation that opens with a
// function word, an -ing form or an adverb. The sentence's subject
// follows it.
func frontedEnd(lead []word) int {
	if len(lead) == 0 {
		return 0
	}
	if w := lead[0]; !w.stop && !strings.HasSuffix(strings.ToLower(w.surface), "ing") && w.lex&lexAdverb == 0 {
		return 0
	}
	end := 1
	for end < len(lead) && lead[end].joined {
		end++
	}
	if end == len(lead) || end > frontedMax {
		return 0
	}
	return end
}

// subjectFrom is subjectAt of a lead with no fronted phrase.
func subjectFrom(lead []word) int {
	for i, w := range lead {
		if i >= subjectWords || w.stop || i > 0 && !w.joined {
			break
		}
		if abbrTitleAt(lead, i) {
			return i + 1 // the name after "Gov." (label_abbr.go)
		}
		if !w.name || w.promoted || pluralDemonym(w.surface) {
			continue // no name of its own
		}
		if p := lead[max(i-1, 0)]; i > 0 && p.name && !p.promoted && !pluralDemonym(p.surface) {
			continue // inside a name
		}
		if h := tradeHead(lead, i); h > 0 {
			return h // "Upper Crust-owner SSP Group"
		}
		return i
	}
	return -1
}

// tradeHead returns the index of the name that heads the subject phrase
// whose first name stands at lead[i] when that first name only
// describes the head by its trade ("Aquis Exchange-listed wine maker
// Chapel Down", "Upper Crust-owner SSP Group", "Grosvenor Casino and
// Mecca Bingo operator Rank Group"): after the names comes a trade's
// agent noun, lower case or ending a hyphened word, and right after it
// the head's name. A person's calling ("Rotherford United manager Gavin
// Stott") is no trade: the club stays the subject. Else it returns -1.
func tradeHead(lead []word, i int) int {
	for j := i + 1; j < len(lead) && j < i+subjectWords; j++ {
		w := lead[j]
		if !w.joined {
			return -1
		}
		if w.stop {
			if strings.EqualFold(w.surface, "and") && j+1 < len(lead) && lead[j+1].name {
				continue
			}
			return -1
		}
		tail := strings.ToLower(w.surface)
		compound := false
		if k := strings.LastIndex(tail, "-"); k >= 0 {
			compound = true
			tail = tail[k+1:]
		} else if w.upper {
			continue // a word of the describing names
		}
		if _, ok := personRoles[tail]; ok {
			return -1
		}
		if n := j + 1; agentNoun(tail) && n < len(lead) && lead[n].joined && lead[n].name && !lead[n].promoted {
			if !compound && wordIn(holderNouns, w) && !firmRun(lead[n:]) {
				return -1 // a person's kin or holding: no trade
			}
			return n
		}
	}
	return -1
}

// firmRun reports whether the name opening ws ends in a word of a firm's
// trade or legal form ("NAHL Group": firmTrades).
func firmRun(ws []word) bool {
	for i, w := range ws {
		if !w.name || i > 0 && !w.joined {
			return false
		}
		if i > 0 && wordIn(firmTrades, w) {
			return true
		}
	}
	return false
}
