package thread

import "strings"

// A lead that opens with a passive says what happened to its subject in
// one word: "Kestrel Bank has been fined £28million …", "Oasis star Liam
// Gallagher has been fined …", "Coach Claudio Ranieri has been sacked by
// Valencia", "Chelsea's Damien Duff has been ruled out of …". The
// passive rule finds such a lead: its first sentence opens with a plain
// noun phrase (no preposition or clause inside: the subject is certain),
// then auxiliaries, then a past participle that names an event. When the
// label holds the subject, the participle (with its particle: "ruled
// out", "called off") joins it, as a headline would put it: "Kestrel
// Bank fined", "Damien Duff ruled out"; a name subject takes the topic
// word's place. A negated or merely possible passive ("will not be
// fined", "could be sacked") says nothing happened, and participles that
// describe a state or want a complement ("known for", "handed a ban",
// "expected to") are no event.

// passive is a passive found in a lead paragraph: the last word of its
// subject, its participle and the words after it that the label takes
// (a particle), as word indexes.
type passive struct {
	subj, part, end int
}

// passiveAux are the auxiliaries between a passive's subject and its
// participle.
var passiveAux = toSet(`is was were are been be being has have had will also now already`)

// passiveBlock are auxiliaries that make a passive no event: a negation
// or a mere possibility.
var passiveBlock = toSet(`not never could may might would should`)

// passiveBe are the forms of "to be" that a passive's participle follows.
var passiveBe = toSet(`is was were are been be being`)

// stateParticiples describe a state, report, or want a complement to
// say anything ("was handed a ban"): no event.
var stateParticiples = toSet(`known based involved concerned interested expected supposed thought believed understood reported estimated described considered seen used dubbed called named pictured left given shown asked told allowed forced set accused alleged handed offered granted promised afforded guaranteed satisfied focused caught braced tipped`)

// particles follow a participle inside a phrasal verb: "ruled out",
// "called off".
var particles = toSet(`out off up down back away`)

// leadPassive returns the passive opening the first sentence of lead, a
// thread's lead paragraph, if there is one as the passive rule wants it.
func leadPassive(lead []word) (passive, bool) {
	// the subject: a run of joined content words from the start, after
	// a determiner ("The hosepipe ban has been lifted")
	start := 0
	if len(lead) > 0 && lead[0].lex&lexDet != 0 {
		start = 1
	}
	i := start
	for i < len(lead) && !lead[i].stop && (i == start || lead[i].joined) {
		i++
	}
	if i == start || i == len(lead) {
		return passive{}, false
	}
	subj := i - 1
	be := false
	for ; i < len(lead); i++ {
		l := strings.ToLower(lead[i].surface)
		if _, ok := passiveBlock[l]; ok || !lead[i].joined {
			return passive{}, false
		}
		if _, ok := passiveAux[l]; ok {
			_, b := passiveBe[l]
			be = be || b
			continue
		}
		if lead[i].lex&lexAdverb != 0 {
			continue
		}
		break
	}
	if !be || i == len(lead) || !eventParticiple(lead[i]) {
		return passive{}, false
	}
	end := i + 1
	if end < len(lead) && lead[end].joined {
		l := strings.ToLower(lead[end].surface)
		if l == "to" {
			return passive{}, false // "is expected to", "was forced to"
		}
		if _, ok := particles[l]; ok {
			end++
		}
	}
	return passive{subj: subj, part: i, end: end}, true
}

// eventParticiple reports whether w is a lower-case past participle that
// can name an event: not a price move ("dropped"), a state or a word
// wanting a complement, nor a negative adjective ("unchanged").
func eventParticiple(w word) bool {
	if w.upper || w.stop || w.lex&lexPast == 0 {
		return false
	}
	l := strings.ToLower(w.surface)
	_, move := moveWords[l]
	_, state := stateParticiples[l]
	return !move && !state && !strings.HasPrefix(l, "un")
}

// passiveLabel returns label (whose first nameLen words are the name)
// with the passive p of lead added, when the label holds p's subject
// (used marks the label's stems); else label as it is.
func passiveLabel(label []string, nameLen int, lead []word, p passive, used []bool) []string {
	if !used[lead[p.subj].id] {
		return label
	}
	inName := false
	for _, s := range label[:nameLen] {
		if strings.EqualFold(s, lead[p.subj].surface) {
			inName = true
		}
	}
	if inName {
		label = label[:nameLen] // "Kestrel Bank fined", not "Kestrel Bank watchdog fined"
	}
	for _, w := range lead[p.part:p.end] {
		if len(label) == 5 {
			break
		}
		label = append(label, strings.ToLower(w.surface))
	}
	return label
}
