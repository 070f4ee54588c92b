package thread

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// pronounOpeners are the third-person personal pronouns and possessives
// that, opening a paragraph, point back to someone or something the
// paragraph before it named ("He was taken to hospital…", "Its shares
// sank…", "Her husband, a retired teacher, …"). Not "it", which is as
// often empty ("It is difficult to know…") or a cue ("It comes as"), nor
// "this" or "that", which also point at a whole situation.
var pronounOpeners = toSet(`he she they his her its their`)

// opensPronoun reports whether u opens by pointing back to someone or
// something already named: with one of pronounOpeners; with "The" and a
// common noun set off by a comma, as an apposition or a clause describes
// a referent already met ("The company, which has 410 shops, said…",
// "The driver, named locally as…"); with "The" and an age ("The
// 31-year-old singer…"); or with "Shares in the" or "Shares in its", or
// a share move that names no company (opensShareMove: a market report's
// share move of the company just told of). The first
// word must open u: after a quotation mark or a bullet it belongs to
// something else (a quote, a digest item).
func opensPronoun(u string) bool {
	r, _ := utf8.DecodeRuneInString(u)
	if !unicode.IsUpper(r) {
		return false
	}
	first, ok := firstLetters(u)
	if !ok || len(first) > 6 {
		return false
	}
	var buf [8]byte
	low := appendLower(buf[:0], first)
	if _, ok = pronounOpeners[string(low)]; ok {
		return true
	}
	switch first {
	case "The":
		return definiteBack(u[len(first):]) || opensShareMove(u)
	case "Shares":
		rest := u[len(first):]
		return strings.HasPrefix(rest, " in the ") || strings.HasPrefix(rest, " in its ") || opensShareMove(u)
	}
	return false
}

// opensShareMove reports whether u opens with a share move that names no
// company: "Shares fell 9.3 per cent…", "The shares slid…", "The stock
// rocketed…", the shares of the company the paragraph before told of.
// In the developer round-ups, real and invented, every such paragraph
// belongs to the matter of the paragraph before it. "Shares in
// Harrowgate…" names its company, and "Shares of…" too.
func opensShareMove(u string) bool {
	rest, ok := strings.CutPrefix(u, "The ")
	if ok {
		if rest, ok = strings.CutPrefix(rest, "shares "); !ok {
			rest, ok = strings.CutPrefix(rest, "stock ")
		}
	} else {
		rest, ok = strings.CutPrefix(u, "Shares ")
	}
	if !ok {
		return false
	}
	next, _, _ := strings.Cut(rest, " ")
	if next == "" || next == "in" || next == "of" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(next)
	return unicode.IsLower(r)
}

// definiteBack reports whether rest, what follows an opening "The", is a
// lower-case word and a comma ("The company, …", "The ship, named…"), or
// an age ("The 64-year-old…").
func definiteBack(rest string) bool {
	if !strings.HasPrefix(rest, " ") {
		return false
	}
	rest = rest[1:]
	end := strings.IndexByte(rest, ' ')
	if end < 0 {
		return false
	}
	w := rest[:end]
	if digits := strings.IndexFunc(w, func(r rune) bool { return r < '0' || r > '9' }); digits > 0 {
		return strings.HasPrefix(w[digits:], "-year-old")
	}
	if len(w) < 3 || w[len(w)-1] != ',' {
		return false
	}
	for _, r := range w[:len(w)-1] {
		if !unicode.IsLower(r) && r != '-' {
			return false
		}
	}
	return true
}

// carryPronouns keeps a paragraph that opens by pointing back
// (opensPronoun) with the paragraph before it, where what it points to
// was named: in the real and invented round-ups of the developer sets 270
// of 273 paragraphs opening with such a pronoun, and 215 of 219 opening
// "The <noun>,", belong to the matter of the paragraph before. The
// clustering, which reads words, not reference, sends some of them
// elsewhere: a closing line with few words of its matter ("He is
// survived by his wife…") to whichever cluster shares them, a share move
// ("Its shares sank 7.6 per cent…") to an item of its own. Which of the
// two moves depends on the paragraph before: when it is itself a stray,
// set in a cluster that it does not open (as the clustering left it:
// a move made here does not make it an opener) and that the paragraph
// before it is not in, it is the one misplaced and follows the pronoun;
// otherwise the pronoun's paragraph alone moves (what comes after it is
// left to the clustering). The rule stands aside where the paragraph is
// clearly closer to an earlier paragraph than to the one before it
// (QuoteMargin, as for quotations) or where the clustering has it resume
// the matter that the run of paragraphs before it interrupted (A… B B k,
// resumesAround): there the pronoun may well point past the aside, as
// when one report is told around another. A share move that names no
// company ("The shares fell…") is not held back by QuoteMargin: it
// shares its market words with every other item of the report, and
// over the developer round-ups (dev and blind sets 1-30 and 40) all 31
// such paragraphs belong to the matter of the paragraph before; with
// them the mean B3 F1 rose from 0.8525 to 0.8538, no set down.
func carryPronouns(units []string, vs []vec, ids []int, o Options) []int {
	changed := false
	var orig []int // the clustering's ids, before any move here
	for k := 1; k < len(units); k++ {
		if ids[k] == ids[k-1] || !opensPronoun(units[k]) || !opensShareMove(units[k]) && closerEarlier(vs, k, o.QuoteMargin) || resumesAround(ids, k) {
			continue
		}
		if orig == nil {
			orig = slices.Clone(ids)
		}
		if k >= 2 && ids[k-1] != ids[k-2] && !opensAt(orig, k-1) {
			ids[k-1] = ids[k]
		} else {
			ids[k] = ids[k-1]
		}
		changed = true
	}
	if !changed {
		return ids
	}
	return renumber(ids)
}

// opensAt reports whether unit k is the first of its cluster.
func opensAt(ids []int, k int) bool {
	for j := 0; j < k; j++ {
		if ids[j] == ids[k] {
			return false
		}
	}
	return true
}

// resumesAround reports whether unit k sits in the cluster that the run
// of paragraphs before it interrupted (A… B B k, with k in A): the
// clustering read k as resuming A after an aside, and a pronoun opening
// a resumed matter points to A's people, not the aside's.
func resumesAround(ids []int, k int) bool {
	j := k - 1
	for j > 0 && ids[j-1] == ids[k-1] {
		j--
	}
	return j > 0 && ids[j-1] == ids[k]
}
