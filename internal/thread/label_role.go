package thread

import (
	"slices"
	"strings"
)

// A diary or sports item opens on a person by calling and role:
// "Darts player Ada Kell has signed …", "Actor Tom Pemberton, jogging
// through the park …", "Jockey Ada Kell has been banned …". Sub-editors
// label such an item by the person's name about as often as by the role
// ("Ada Kell signs deal", "darts player signs deal"), one way for one
// column and the other for the next, and nothing in the text tells
// which: the role rule writes both the way headlines shorten a name
// after its calling, role and surname ("darts player Kell signs deal",
// "jockey Kell banned"), so the label names the person and says who they
// are. The given name, which tells a reader least, gives way.
//
// It takes the role from the run of words right before a given name and
// surname that open the lead's subject: its head, a noun of a person's
// calling (personRoles), and the word before the head when the head
// wants one to say what kind ("pop star", "darts player", "fund
// manager") and the label has room. A rank or a description before the
// head ("former", "veteran", "Welsh") is left out. An office is not a
// calling but a post, which a headline writes before the surname only as
// a title (the office-title rule, label_title.go): "Education Secretary
// Ada Kell" is no role rule matter.

// personRoles are nouns of a person's calling or standing that a lead
// writes before the person's name.
var personRoles = toSet(`actor actress director producer presenter broadcaster host commentator pundit singer musician guitarist drummer rapper dancer comedian chef model socialite heiress heir influencer quizmaster star player captain referee umpire jockey trainer promoter boxer heavyweight golfer sprinter swimmer cyclist footballer goalkeeper wicketkeeper seamer striker midfielder defender hooker fly-half coach manager boss teenager grandmother grandfather agent broker stockbroker banker novelist author writer poet playwright artist designer photographer vicar`)

// roleKinds are heads that want the word before them to say what kind
// of role they are ("pop star", "darts player", "fund manager").
var roleKinds = toSet(`star player manager host captain presenter chef agent`)

// roleDescriptions describe the person in a role run rather than name a
// kind of the role: the label leaves them out.
var roleDescriptions = toSet(`former ex veteran leading young old top famous celebrity retired new star`)

// describes reports whether s is a word of the role run run that
// describes the person rather than names a kind of role ("young",
// "ebullient").
func describes(run []word, s string) bool {
	for _, w := range run {
		if strings.EqualFold(w.surface, s) {
			c, known := posOf(strings.ToLower(s))
			return wordIn(roleDescriptions, w) || w.lex&lexAdjective != 0 || known && c.adj > c.noun
		}
	}
	return false
}

// rolePronouns are the pronouns of a person: a thread that uses none is
// about a firm or a thing, whatever calling opens its name ("Lithium
// producer Karrawong Resources").
var rolePronouns = toSet(`he she his her him himself herself`)

// roleLabel returns label with the given name of the person it opens on
// replaced by the role the lead's subject gives them, when the label
// opens on a given name and surname that the lead's opening subject
// writes after a calling and the thread paras speaks of a person; else
// label. A word of the rest of the label that the role holds goes
// ("Ada Kell jockey" is "jockey Kell").
func (lb *labeler) roleLabel(label []string, lead []word, paras [][]word) []string {
	if len(label) < 2 {
		return label
	}
	off := frontedEnd(lead)
	// the role run: words up to the name, the first a capitalised
	// opener, the rest lower case
	at := off
	for at < len(lead) && at-off < 4 && (at == off || lead[at].joined) && !lead[at].stop && (!lead[at].upper || at == off) && !(lead[at].name && !lead[at].promoted) {
		at++
	}
	if at == off || at+2 > len(lead) || !lead[at].joined {
		return label
	}
	// the name: a given name and a surname, the label's first words
	if !nameAt(lead, at) || !nameAt(lead, at+1) || !lead[at+1].joined || at+2 < len(lead) && lead[at+2].joined && nameAt(lead, at+2) {
		return label
	}
	if label[0] != lead[at].surface || label[1] != lead[at+1].surface {
		return label
	}
	head := strings.ToLower(lead[at-1].surface)
	if _, ok := personRoles[head]; !ok || !personal(paras) || uses(paras, label[1]) > roleUses {
		return label
	}
	role := []string{head}
	if _, kind := roleKinds[head]; kind {
		if at-2 < off {
			return label // "star Kell" says too little
		}
		m := lead[at-2]
		if wordIn(roleDescriptions, m) || m.lex&lexAdjective != 0 || m.upper && (at-2 != off || !commonNoun(m, lb)) {
			return label // "former star", "Scotland manager"
		}
		role = []string{strings.ToLower(m.surface), head}
	}
	rest := label[2:]
	for j, w := range rest {
		if (strings.EqualFold(w, head) || strings.EqualFold(w, head+"s")) && j <= 1 {
			// the label holds the role: "Ada Kell soap actor" is "soap
			// actor Kell"; a description goes ("Ada Kell young actor"
			// is "actor Kell")
			switch {
			case j > 0 && describes(lead[off:at], rest[0]):
				rest = rest[1:]
				j = 0
			case j > 0:
				role = append(slices.Clip(rest[:j]), head)
			}
			rest = append(slices.Clip(rest[:j]), rest[j+1:]...)
			break
		}
	}
	out := append(role, label[1])
	for _, w := range rest {
		if !slices.ContainsFunc(role, func(r string) bool { return strings.EqualFold(r, w) }) {
			out = append(out, w)
		}
	}
	if len(out) > roleLabelWords && len(out) > len(label) {
		return label // "television chef Kell flagship restaurant closure" runs on
	}
	return out
}

// roleLabelWords is the most words a label the role rule lengthens may
// run to.
const roleLabelWords = 5

// roleUses is the most uses of the surname in a thread the role rule
// takes: a story that keeps naming the person is about them by name.
const roleUses = 3

// uses counts the words of paras written s.
func uses(paras [][]word, s string) int {
	n := 0
	for _, p := range paras {
		for _, w := range p {
			if w.surface == s {
				n++
			}
		}
	}
	return n
}

// commonNoun reports whether w, a capitalised sentence opener, is a
// common noun: the story writes it in lower case, or the
// part-of-speech lexicon (label_pos.go) knows it as a lower-case noun
// ("Fund manager", "Television presenter"); not a name ("Scotland
// manager").
func commonNoun(w word, lb *labeler) bool {
	if lb.caseKnown && lb.lower[w.id] {
		return true
	}
	c, ok := posOf(strings.ToLower(w.surface))
	return ok && c.noun > 0
}

// personal reports whether paras use a pronoun of a person.
func personal(paras [][]word) bool {
	for _, p := range paras {
		for _, w := range p {
			if w.stop && wordIn(rolePronouns, w) {
				return true
			}
		}
	}
	return false
}

// nameAt reports whether lead[i] is a name word of its own (not a
// sentence opener taken into one).
func nameAt(lead []word, i int) bool {
	return i < len(lead) && lead[i].name && !lead[i].promoted && lead[i].upper
}
