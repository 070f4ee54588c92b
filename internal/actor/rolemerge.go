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
var qualifierModifiers = setOf(`england britain britain's nation's world state party club team football`)

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
				if ql := strings.ToLower(q); ql != "the" {
					p.qual = append(p.qual, trimPossessive(q))
				}
			}
			p.of = true
			break
		}
		bare := trimPossessive(w)
		if bare != w || qualifierWord(bare) {
			p.qual = append(p.qual, bare) // "Kestrel's", "Labour", "Argentine"
			continue
		}
		if l == "the" || l == "a" || l == "an" {
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
	l := lowerKey(w)
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
	if !genericHeads[g[n]] || len(h) < n+1 {
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
// either is empty, or the words of one open the other's ("Kestrel" and
// "Kestrel Mobile"), the last compared word may be shortened ("Fed" and
// "Federal Reserve").
func qualifiersAgree(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 {
		return true
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	for i, w := range a {
		x := b[i]
		if strings.EqualFold(w, x) || normRole(w) == normRole(x) {
			continue
		}
		if i == len(a)-1 && len(w) >= 3 && len(x) > len(w) && strings.EqualFold(x[:len(w)], w) {
			continue
		}
		return false
	}
	return true
}

// informative ranks a role form: a precise head over a generic one
// ("chief executive" over "Kestrel's boss": the affiliation keeps the
// body), then more qualifier words, then a qualifier after the head
// ("chief executive of Kestrel Mobile" over "Kestrel Mobile's chief
// executive"), then more head words.
func (p roleParts) informative() int {
	n := len(p.qual) * 2
	if p.of && len(p.qual) > 0 {
		n++
	}
	if len(p.head) > 0 && !generic(p.head) {
		n += 1 << 10
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
	kept := mergeRoleForms(roles)
	out := make([]string, len(kept))
	for i, k := range kept {
		out[i] = roles[k]
	}
	return out
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

// mergeRoleForms returns the indices of the forms MergeRoles keeps.
func mergeRoleForms(roles []string) []int {
	var groups []roleGroup
	for i, r := range roles {
		p := splitRole(r)
		found := false
		for g := range groups {
			gr := &groups[g]
			if !strings.EqualFold(roles[gr.best], r) && !(sameHead(gr.head, p.head) && qualifiersAgree(gr.qual, p.qual)) {
				continue
			}
			found = true
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
			groups = append(groups, roleGroup{best: i, score: p.informative(), head: p.head, qual: p.qual})
		}
	}
	kept := make([]int, len(groups))
	for g, gr := range groups {
		kept[g] = gr.best
	}
	return kept
}

// mergeStoryRoles merges the role variants of one person in a story
// (MergeRoles); affils holds the affiliation read with each role. The
// affiliation becomes the fuller name of the same body that a kept role
// gives ("Kestrel Mobile" rather than "Kestrel").
func mergeStoryRoles(roles, affils []string, affil string) ([]string, string) {
	kept := mergeRoleForms(roles)
	out := make([]string, len(kept))
	for i, k := range kept {
		out[i] = roles[k]
		if af := affils[k]; len(af) > len(affil) && qualifiersAgree(strings.Fields(af), strings.Fields(affil)) {
			affil = af
		}
	}
	return out, affil
}
