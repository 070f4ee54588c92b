package thread

import "strings"

// A court or police item tells what befell its subject by a passive
// after a long subject: "A plasterer who took £9,000 from a pensioner for
// work he never did has been jailed for two years", "Elsewhere, a
// haulier has been fined for ...", "The owner of a kennels in the
// valley was charged with ...". An obituary tells it by "died": "Tom
// Pemberton, who ran the village shop for 40 years, has died aged 88",
// "Ada Kell, known to all as Dot, died peacefully on 3 May". A
// sub-editor names the matter by the subject and the event:
// "plasterer jailed", "haulier fined", "Tom Pemberton dies"; an
// obituary proper opens on its subject with the death in a relative
// clause and goes on to the life ("Ada Kell, who has died aged 91, ran
// the village shop"), and is "Ada Kell obituary". The
// passive rule (label_passive.go) wants a plain subject right before
// the verb; the fate rule takes the subject that opens the lead's first
// sentence (past an opening adverbial: "Elsewhere,", "In a separate
// case,") however much comes between it and the verb (a relative
// clause, an "of" phrase, an apposition), and one of a closed set of
// verbs of what befalls a person: jailed, fined, banned, charged,
// sentenced, convicted, arrested, sacked, suspended, killed, awarded,
// injured, and "died"; or a thing or an animal: stolen, rescued,
// released ("A bronze statue of a mill owner has been stolen from its
// plinth" is "bronze statue stolen", "Two walkers who were cut off by
// the tide were rescued" is "walkers rescued").
//
// It keeps out of the lead when the verb is a side detail: in a
// relative clause ("a man who was jailed in 2019 has ..."), in an
// adverbial clause ("40 years after the film was released"), negated or
// merely possible ("could be jailed", "was not charged"), or for
// "died" the death of someone the sentence is not about ("a driver who
// killed a cyclist who died at the scene"). A death told as a noun
// ("with the death of Tom Pemberton") is a death too, unless it is a
// circumstance ("after the death of his wife", "an inquest into the
// death of").

// fateParticiples are the participles of what befalls a person, a thing
// or an animal, as the label writes them.
var fateParticiples = toSet(`jailed fined banned charged sentenced convicted arrested sacked suspended killed imprisoned disqualified stolen rescued released awarded injured`)

// fateAux are the auxiliaries between a fate's subject and its verb.
var fateAux = toSet(`is was were are been be has have had also now already today yesterday`)

// fateRelative open a relative clause: a fate right after one is a
// side detail.
var fateRelative = toSet(`who which that whom whose`)

// fateCircumstance before "the death of" make the death a circumstance.
var fateCircumstance = toSet(`after following since despite into over about before`)

// fateWords is how many words of the lead the fate rule looks in, and
// fateSpan the most words from the subject to the verb.
const (
	fateWords = 45
	fateSpan  = 35
)

// fate is a fate found in a lead: its subject lead[from:to], and the
// label's word for the event.
type fate struct {
	from, to int
	// the name of the body the subject is of ("the leader of the
	// Harbour Party"), lead[ofFrom:ofTo], if any
	ofFrom, ofTo int
	event        string
	missing      bool // a missing person found: "missing walker found"
	// generic: a generic head ("couple") is subject enough (the win
	// rule, label_win.go)
	generic bool
	at      int // the verb's index in the lead (the fate rule's verbs)
}

// leadFate returns the fate of the fate rule in lead, the thread's lead
// paragraph.
func leadFate(lead []word) (fate, bool) {
	n := min(len(lead), fateWords)
	h0, h1, ok := openingPhrase(lead, n)
	for i := range leadScan(lead, n, false) {
		l := strings.ToLower(lead[i].surface)
		if l == "death" {
			if f, ok := deathOf(lead, i, n); ok {
				return f, true
			}
			continue
		}
		_, passive := fateParticiples[l]
		died := l == "died"
		found := false
		sh1 := h1 // the subject's end for this verb
		if l == "found" && ok {
			if m, has := missingAt(lead, h0+1, i); has {
				found, sh1 = true, min(h1, m) // the missing-person rule (label_missing.go)
			}
		}
		passive = passive || found
		if !passive && !died {
			continue
		}
		a, be, blocked := fateChain(lead, i)
		if blocked || passive && !be || died && be {
			continue
		}
		if a == 0 {
			continue
		}
		event := l
		if died {
			event = "dies"
		}
		if _, rel := fateRelative[strings.ToLower(lead[a-1].surface)]; rel {
			// a side detail, but for "Tom Pemberton, who has died"
			if f, whoOK := whoDied(lead, a-1); whoOK && died {
				if ok && h1 <= f.from && nameRun(lead[h0:h1]) {
					f.from, f.to = h0, h1 // "Harold Stott, known as Harry, who has died"
				}
				if ok && f.from < h1 && h0 < f.to || lifeFollows(lead, i) {
					f.event = "obituary" // the sentence is the life of its subject
				}
				return f, true
			}
			continue
		}
		if !ok || a < sh1 || i-sh1 > fateSpan || a > sh1 && subordinate(lead, sh1, a) {
			continue
		}
		if a > sh1 && lead[sh1].joined {
			// something between the subject and the verb: a relative
			// clause, an "of" phrase or an apposition
			if _, rel := fateRelative[strings.ToLower(lead[sh1].surface)]; !rel && !strings.EqualFold(lead[sh1].surface, "of") && !(found && missingWord(lead[sh1])) {
				continue
			}
		}
		f := fate{from: h0, to: sh1, event: event, missing: found, at: i}
		if strings.EqualFold(lead[sh1].surface, "of") {
			f.ofFrom, f.ofTo = ofName(lead, sh1+1, a)
		}
		return f, true
	}
	return fate{}, false
}

// fateChain returns the start of the auxiliaries before the verb
// lead[i], whether a form of "be" is among them, and whether a negation
// or a modal blocks it.
func fateChain(lead []word, i int) (a int, be, blocked bool) {
	a = i
	for a > 0 && lead[a].joined {
		l := strings.ToLower(lead[a-1].surface)
		if _, ok := passiveBlock[l]; ok || l == "will" || l == "to" {
			return a, be, true // "could be jailed", "is to be sentenced"
		}
		if _, ok := fateAux[l]; !ok && lead[a-1].lex&lexAdverb == 0 {
			break
		}
		if _, ok := passiveBe[l]; ok {
			be = true
		}
		a--
	}
	return a, be, false
}

// fateSubordinators open an adverbial clause: a fate told in one ("40
// years after the film was released", "when the walkers were rescued")
// befell another than the sentence's subject.
var fateSubordinators = toSet(`after when as since before because while until once if although though`)

// fateClauseWords is the most words of the short noun phrase between a
// subordinator and the auxiliaries of a fate it opens.
const fateClauseWords = 4

// subordinate reports whether the auxiliaries at lead[a] follow a short
// noun phrase that a subordinator opens, inside lead[from:a]: the fate
// is told in an adverbial clause.
func subordinate(lead []word, from, a int) bool {
	if !lead[a].joined {
		return false // "known to all as Peggy, died": no subject before it
	}
	k := a - 1
	for k > from && a-k <= fateClauseWords && lead[k].joined && (!lead[k].stop || lead[k].lex&lexDet != 0) {
		k--
	}
	if _, sub := fateSubordinators[strings.ToLower(lead[k].surface)]; !sub || k == a-1 {
		return false
	}
	// the clause's subject opens with a determiner, a number or a name
	// ("after the film", "when two walkers"), not a verb ("while
	// checking an app")
	w := lead[k+1]
	return w.lex&lexDet != 0 || w.afterA || numberWord(w) || w.upper
}

// fateOpeners may open an adverbial before the sentence's subject
// ("Elsewhere,", "In a separate case,") besides prepositions; a market
// round-up's items open on "Over on AIM,", "Among the fallers,",
// "Turning to the risers," and "Looking ahead,".
var fateOpeners = toSet(`elsewhere meanwhile separately finally also and but in at on over among turning looking after earlier later yesterday today`)

// openingPhrase returns the noun phrase that opens the first sentence of
// lead (its first n words), past an opening adverbial, determiners,
// figures and "former" (a function word whose noun follows: "a former
// care home manager"): the sentence's subject, lead[from:to].
func openingPhrase(lead []word, n int) (from, to int, ok bool) {
	s := 0
	if n > 1 && wordIn(fateConjunctions, lead[0]) && lead[1].joined && (lead[1].lex&lexDet != 0 || lead[1].afterA) {
		s = 1 // "And the donkey who …": a conjunction, not an adverbial
	} else if n > 0 {
		if _, opener := fateOpeners[strings.ToLower(lead[0].surface)]; opener || lead[0].lex&lexAdverb != 0 {
			// the adverbial ends at a break that no preposition or
			// determiner opens
			s = -1
			for k := 1; k < n && k <= 10; k++ {
				if (!lead[k].joined || lead[k].afterA) && lead[k-1].lex&lexDet == 0 && !(lead[k].afterA && wordIn(fatePreps, lead[k-1])) {
					s = k
					break
				}
			}
			if s < 0 {
				return 0, 0, false
			}
		}
	}
	for s < n && (lead[s].lex&(lexDet|lexFigure) != 0 || numberWord(lead[s])) {
		if _, own := fateFirstPerson[strings.ToLower(lead[s].surface)]; own {
			return 0, 0, false // a reader's letter: "My husband, Tom, died in March"
		}
		s++
	}
	if s+1 < n && strings.EqualFold(lead[s].surface, "former") {
		s++ // "a former care home manager": the phrase's head follows
	}
	for s+1 < n && lead[s].lex&lexTitle != 0 && lead[s+1].joined && lead[s+1].upper {
		s++ // "Dr Ada Kell": an honorific, a function word, before the name
	}
	to = s
	for to < n && (to == s || lead[to].joined) && !lead[to].stop && lead[to].lex&lexPast == 0 && !postModifier(lead[to]) {
		to++
	}
	if to == s {
		return 0, 0, false
	}
	return s, to, true
}

// postModifiers open an adjective phrase after a noun ("a racehorse
// worth £250,000"): the noun phrase ends before them.
var postModifiers = toSet(`worth`)

// postModifier reports whether w is one of postModifiers.
func postModifier(w word) bool {
	_, ok := postModifiers[strings.ToLower(w.surface)]
	return ok
}

// fateConjunctions may open a lead's sentence before its subject ("And
// the donkey who …", "But a council in …").
var fateConjunctions = toSet(`and but`)

// fateFirstPerson are the determiners of a writer's own people, whose
// fate is the background of a reader's letter, not its matter.
var fateFirstPerson = toSet(`my our your`)

// whoDied returns the fate of "Tom Pemberton, who has died": a name
// right before the relative pronoun lead[r], after a comma.
func whoDied(lead []word, r int) (fate, bool) {
	if r == 0 || lead[r].joined || !lead[r-1].name {
		return fate{}, false
	}
	from := r - 1
	for from > 0 && lead[from].joined && lead[from-1].name {
		from--
	}
	return fate{from: from, to: r, event: "dies"}, true
}

// deathOf returns the fate of "the death of Tom Pemberton", the noun
// lead[i] opening it, unless a circumstance comes before.
func deathOf(lead []word, i, n int) (fate, bool) {
	if i < 1 || !strings.EqualFold(lead[i-1].surface, "the") || i+2 >= n || !strings.EqualFold(lead[i+1].surface, "of") {
		return fate{}, false
	}
	if i >= 2 {
		if _, ok := fateCircumstance[strings.ToLower(lead[i-2].surface)]; ok {
			return fate{}, false
		}
	}
	from := i + 2
	to := from
	for to < n && lead[to].name && (to == from || lead[to].joined) {
		to++
	}
	if to == from {
		return fate{}, false
	}
	return fate{from: from, to: to, event: "dies"}, true
}

// nameRun reports whether ws are capitalised words, one a name.
func nameRun(ws []word) bool {
	named := false
	for _, w := range ws {
		if !w.upper {
			return false
		}
		named = named || w.name
	}
	return named
}

// fateLabel returns the label of the fate f of lead: the subject's name
// (the last run of capitalised words that holds a name, past titles:
// "manager Ada Kell" is "Ada Kell"), or else its last lower-case words
// past adjectives, after the name of the body it is of ("The leader of
// the Harbour Party" is the "Harbour Party leader"), then the event.
func (lb *labeler) fateLabel(lead []word, f fate) []string {
	var names, run, plain []string
	named := false
	death := f.event == "dies" || f.event == "obituary"
	for i, w := range lead[f.from:f.to] {
		if !w.upper {
			if len(plain) > 0 || w.lex&lexAdjective == 0 {
				plain = append(plain, strings.ToLower(w.surface)) // past "elderly", "disgraced"
			}
			continue
		}
		if i == 0 || !lead[f.from+i-1].upper {
			run, named = run[:0], false // a new run
		}
		if len(run) == 0 && (w.lex&lexTitle != 0 || lb.roleOpener(lead[f.from+i:f.to]) && !(death && wordIn(honourRanks, w))) {
			continue // "Dr", or a sentence opener that is no name ("Jockey Ada Kell")
		}
		run = append(run, w.surface)
		if named = named || w.name; named {
			names = append(names[:0], run...)
		}
	}
	most := 3
	subj := plain
	if last := lead[f.to-1]; !last.upper && len(names) > 0 && len(names)+len(plain) <= 3 {
		// a name modifying the head: "a Kelbridge officer"
		subj = append(names, plain...)
		names = nil
	}
	if len(names) > 0 {
		subj = names
		if death {
			most = 2 // a person's given name and surname, past ranks ("Major")
			if len(names) == 3 && wordIn(honourRanks, word{surface: names[0]}) {
				most = 3 // but a knight's or a dame's: "Dame Vera Lynn obituary"
			}
		}
	}
	if len(subj) > most {
		subj = subj[len(subj)-most:]
	}
	if len(subj) == 0 {
		return nil
	}
	var out []string
	if f.missing {
		out = append(out, "missing")
	}
	if len(names) == 0 {
		if _, gen := fateGeneric[strings.ToLower(subj[len(subj)-1])]; gen && !f.missing && !f.generic {
			return nil
		}
		if f.ofTo > f.ofFrom && f.ofTo-f.ofFrom+len(subj) <= 4 {
			for _, w := range lead[f.ofFrom:f.ofTo] {
				out = append(out, w.surface)
			}
		}
	}
	out = append(out, subj...)
	return append(out, f.event)
}

// honourRanks are the ranks written before a person's name that an
// obituary's headline keeps ("Sir Ken Dodd obituary", "Dame Vera Lynn
// dies"), unlike a military rank or an academic title.
var honourRanks = toSet(`sir dame lord lady`)

// fateGeneric are heads that tell no more than that a person was
// jailed ("a man who ... has been jailed"): the label's topic words
// ("jewellery raid") say more than "man jailed", and the rule leaves
// the label alone.
var fateGeneric = toSet(`man men woman women people person persons boy boys girl girls pair couple trio family families group groups`)

// ofName returns the name run that opens lead[from:end] past a
// determiner, as from, to (to == from: none).
func ofName(lead []word, from, end int) (int, int) {
	if from < end && lead[from].lex&lexDet != 0 {
		from++
	}
	to := from
	for to < end && lead[to].name && !lead[to].promoted && (to == from || lead[to].joined) {
		to++
	}
	if to < end && lead[to].joined && !lead[to].stop {
		return from, from // the name is a modifier: "a Brixham trawler"
	}
	return from, to
}

// fatePreps open a phrase inside an opening adverbial ("In a separate
// case,"): an article after one does not end the adverbial.
var fatePreps = toSet(`in at on after before during for from with by of under over into near`)

// roleOpener reports whether ws[0], a capitalised sentence opener taken
// into a name, is no part of it: the story writes it in lower case, or
// never capitalises it mid-sentence and a given name and surname follow
// ("Jockey Ada Kell", not "Southmere Water").
func (lb *labeler) roleOpener(ws []word) bool {
	w := ws[0]
	if !w.promoted || !lb.caseKnown {
		return false
	}
	if lb.lower[w.id] {
		return true
	}
	return !lb.midName[w.id] && len(ws) >= 3 && ws[1].name && !ws[1].promoted && ws[2].name && ws[2].joined
}
