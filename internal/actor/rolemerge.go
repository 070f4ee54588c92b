package actor

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// One role is often written several ways in a story: "chief executive",
// "Kestrel's chief executive", "chief executive of Kestrel Mobile",
// "Kestrel's boss". A role reads as a head (the office, with the words
// that change it: "former chief executive", "shadow chancellor") and a
// qualifier (the body or place it is held in: "Kestrel", "of Kestrel
// Mobile", "Labour", "Argentine"). Variants with the same head and
// qualifiers that agree are one role.

// roleParts is a role split into its head and its qualifier.
type roleParts struct {
	head []string // lower case, normalised by normRole ("ceo" → "chief executive")
	qual []string // the qualifier's words as written, possessive endings dropped
	of   bool     // the qualifier follows the head ("chief executive of Kestrel")
}

// genericHeads stand for whoever runs a body ("Kestrel's boss", "Fed
// chief"); they are the same role as a more precise one held in the same
// body ("chief executive of Kestrel Mobile").
var genericHeads = setOf(`boss chief head supremo`)

// qualifierModifiers are role modifiers that name a place or a body
// rather than a rank ("England captain", "Britain's ambassador").
var qualifierModifiers = setOf(`england britain britain's nation's world state`)

// vagueQualifiers name a body without saying which ("party leader",
// "club manager"): they agree with any qualifier, so they are dropped.
var vagueQualifiers = setOf(`party club team side football firm company group`)

// timeModifiers say when the office is held, not which office it is:
// "new president", "now foreign secretary" ("former" does change it).
var timeModifiers = setOf(`new now current incumbent sitting serving newly`)

// bossHeads are the offices a generic head ("boss", "chief") stands for:
// "Kestrel's boss" is its chief executive, "United boss" its manager, but
// "Microsoft chief" is not its founder.
var bossHeads = setOf(`executive chairman chairwoman chair chairperson president director
manager leader coach governor head chief boss commissioner constable superintendent
secretary-general director-general md ceo principal editor owner proprietor`)

// splitRole reads a role phrase as written ("Kestrel's chief executive",
// "chief executive of Kestrel Mobile", "Labour MP").
func splitRole(role string) roleParts {
	var p roleParts
	words := strings.Fields(normSpace(role))
	for i, w := range words {
		l := strings.ToLower(w)
		if len(p.head) > 0 && (l == "of" || l == "at" || l == "for" || l == "in") && i+1 < len(words) {
			// "chief executive of Kestrel Mobile": the rest names the body.
			for _, q := range words[i+1:] {
				if ql := strings.ToLower(q); ql != "the" && !vagueQualifiers[ql] {
					p.qual = append(p.qual, trimPossessive(q))
				}
			}
			p.of = true
			break
		}
		bare := trimPossessive(w)
		if vagueQualifiers[strings.ToLower(bare)] {
			continue
		}
		if bare != w || qualifierWord(bare) {
			p.qual = append(p.qual, bare) // "Kestrel's", "Labour", "Argentine"
			continue
		}
		if l == "the" || l == "a" || l == "an" || vagueQualifiers[l] || timeModifiers[l] {
			continue
		}
		p.head = append(p.head, strings.Fields(normRole(strings.TrimPrefix(l, "ex-")))...)
		if strings.HasPrefix(l, "ex-") && len(l) > 3 {
			// "ex-boss" is the former boss.
			n := len(p.head) - len(strings.Fields(normRole(l[3:])))
			p.head = append(p.head[:n], append([]string{"former"}, p.head[n:]...)...)
		}
	}
	return p
}

// qualifierWord reports whether a word of a role names where it is held:
// a capitalised word that is no role noun or rank modifier, a party or a
// nationality.
func qualifierWord(w string) bool {
	var kb [32]byte
	l := string(appendLowerKey(kb[:0], w))
	if _, party := parties[l]; party || isNationalityL(l) || qualifierModifiers[l] {
		return true
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && !isRoleHeadL(l) && !roleModifiers[l]
}

// trimPossessive drops a possessive ending: "Kestrel's" → "Kestrel",
// "Warriors'" → "Warriors".
func trimPossessive(w string) string {
	w = strings.ReplaceAll(w, "’", "'")
	if k := possessiveCut(w); k > 0 {
		return w[:k]
	}
	if len(w) > 1 && strings.HasSuffix(w, "'") {
		return w[:len(w)-1]
	}
	return w
}

// sameHead reports whether two heads are one office: equal, or one a
// generic head ("boss") with the same words before it as the other
// ("former boss" and "former chief executive").
func sameHead(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	if strings.Join(a, " ") == strings.Join(b, " ") {
		return true
	}
	return genericOf(a, b) || genericOf(b, a)
}

// generic reports whether a head ends in a generic word ("Fed chief").
func generic(head []string) bool {
	return len(head) > 0 && genericHeads[head[len(head)-1]]
}

// genericOf reports whether head g is generic and the rest of it opens h:
// "chief" of "chief constable", "boss" of "chief executive".
func genericOf(g, h []string) bool {
	n := len(g) - 1
	if !genericHeads[g[n]] || len(h) < n+1 || !bossHeads[h[len(h)-1]] {
		return false
	}
	for i := 0; i < n; i++ {
		if g[i] != h[i] {
			return false
		}
	}
	return true
}

// qualifiersAgree reports whether two qualifiers may name the same body:
// either is empty, or the words of the shorter one stand in the longer
// one in order ("Kestrel" and "Kestrel Mobile", "United" and "Manchester
// United"), each word whole, spelt alike by normRole ("Tory" and
// "Conservative") or shortened to three letters or more ("Fed" and
// "Federal Reserve", "Lib Dem" and "Liberal Democrat").
func qualifiersAgree(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 {
		return true
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	j := 0
	for _, w := range a {
		for j < len(b) && !sameQualifierWord(w, b[j]) {
			j++
		}
		if j == len(b) {
			return false
		}
		j++
	}
	return true
}

// sameQualifierWord reports whether two words of qualifiers are one:
// alike but for case, alike once normalised, or one a shortening of the
// other.
func sameQualifierWord(w, x string) bool {
	if strings.EqualFold(w, x) || normRole(w) == normRole(x) {
		return true
	}
	if len(w) > len(x) {
		w, x = x, w
	}
	return len(w) >= 3 && strings.EqualFold(x[:len(w)], w)
}

// informative ranks a role form: more qualifier words first, then a
// qualifier after the head ("chief executive of Kestrel Mobile" over
// "Kestrel Mobile's chief executive"), then a precise head over a generic
// one ("Fiat chief executive" over "Fiat boss"), then more head words.
func (p roleParts) informative() int {
	n := len(p.qual) * 2
	if p.of && len(p.qual) > 0 {
		n++
	}
	n *= 2
	if len(p.head) > 0 && !generic(p.head) {
		n++
	}
	return n*8 + min(len(p.head), 7)
}

// MergeRoles folds the ways one role is written into its most
// informative form, in order of first appearance: "chief executive",
// "Kestrel's chief executive", "chief executive of Kestrel Mobile" and
// "Kestrel's boss" become "chief executive of Kestrel Mobile", while
// "chief executive" and "chairman", or "Labour leader" and "Tory leader",
// stay apart. Roles that differ only in case are one.
func MergeRoles(roles []string) []string {
	kept, _ := mergeRoleForms(roles)
	out := make([]string, len(kept))
	for i, k := range kept {
		out[i] = roles[k]
	}
	return out
}

// sameRole reports whether form p is the role with the given head and
// qualifier: the same head (or a generic one for it) and qualifiers that
// agree. A generic head with a qualifier does not join a precise one
// without ("Chelsea boss" and "manager"): neither form would say all.
func sameRole(head, qual []string, p roleParts) bool {
	if !sameHead(head, p.head) || !qualifiersAgree(qual, p.qual) {
		return false
	}
	switch gen, pgen := generic(head), generic(p.head); {
	case gen && !pgen:
		return len(qual) == 0 || len(p.qual) > 0
	case pgen && !gen:
		return len(p.qual) == 0 || len(qual) > 0
	}
	return true
}

// roleGroup is the forms of one role: the kept form, the most precise
// head seen and the longest qualifier, which later forms must agree with
// (so that "Tottenham's boss", then "manager", keep "Arsenal boss" out).
type roleGroup struct {
	best  int // index of the kept form
	score int
	head  []string
	qual  []string
}

// mergeRoleForms returns the indices of the forms MergeRoles keeps and,
// for each form, the index in kept of the form it merged into.
func mergeRoleForms(roles []string) (kept, into []int) {
	var groups []roleGroup
	into = make([]int, len(roles))
	for i, r := range roles {
		p := splitRole(r)
		found := false
		for g := range groups {
			gr := &groups[g]
			if !strings.EqualFold(roles[gr.best], r) && !sameRole(gr.head, gr.qual, p) {
				continue
			}
			found = true
			into[i] = g
			if s := p.informative(); s > gr.score {
				gr.best, gr.score = i, s
			}
			if generic(gr.head) && len(p.head) > 0 && !generic(p.head) {
				gr.head = p.head
			}
			if len(p.qual) > len(gr.qual) {
				gr.qual = p.qual
			}
			break
		}
		if !found {
			into[i] = len(groups)
			groups = append(groups, roleGroup{best: i, score: p.informative(), head: p.head, qual: p.qual})
		}
	}
	// "chief executive", "Pellow chief", "Pellow chief executive": the
	// generic form met the precise one before it had a qualifier.
	alias := make([]int, len(groups))
	for g := range groups {
		alias[g] = g
		gr := &groups[g]
		if !generic(gr.head) || len(gr.qual) == 0 {
			continue
		}
		for h := range groups {
			hr := &groups[h]
			if h == g || alias[h] != h || generic(hr.head) || !sameRole(hr.head, hr.qual, roleParts{head: gr.head, qual: gr.qual}) {
				continue
			}
			alias[g] = h
			if gr.score > hr.score {
				hr.best, hr.score = gr.best, gr.score
			}
			break
		}
	}
	at := make([]int, len(groups))
	for g, gr := range groups {
		if alias[g] == g {
			at[g] = len(kept)
			kept = append(kept, gr.best)
		}
	}
	for i, g := range into {
		into[i] = at[alias[g]]
	}
	return kept, into
}

// mergeStoryRoles merges the role variants of one person in a story
// (MergeRoles); affils holds the affiliation read with each role. The
// affiliation becomes the fullest name of the same body that any form of
// a role gives ("Kestrel Mobile" rather than "Kestrel"; "Qantas" when
// "Qantas boss" went into "chief executive").
func mergeStoryRoles(roles, affils []string, affil string) ([]string, string) {
	kept, _ := mergeRoleForms(roles)
	out := make([]string, len(kept))
	for i, k := range kept {
		out[i] = roles[k]
	}
	for _, af := range affils {
		if len(af) > len(affil) && qualifiersAgree(strings.Fields(af), strings.Fields(affil)) {
			affil = af
		}
	}
	return out, affil
}
