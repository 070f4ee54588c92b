package thread

import "strings"

// A word the fill rule adds stands last in the label. When the lead uses
// it as a modifier before its noun ("a general election", "the leisure
// industry", "hay fever"), the label ends on a dangling modifier:
// "Orrell quits general", "chemist sales hay". The modifier rule brings the
// noun along when the label has room for it ("chemist sales hay fever").
// When it has none, an adjective goes, so that the fill rule goes on to
// its next word (a legend reads better a word short than ending on
// "general"), while a noun modifier stays: it names a thing on its own
// ("Brackley results newspaper"). Over the development round-ups the real
// ones gain a little (label F1 0.4716 to 0.4723), the invented ones as
// well (0.4870 to 0.4874 over all 32), and the BBC articles' headlines
// keep level (0.3193/0.3189 to 0.3191/0.3177 by halves); leaving a noun
// modifier out as well when there is no room did worse on both real
// sets (BBC 0.3185/0.3159).

// modifierKind tells how a fill word modifies the word after it.
type modifierKind uint8

const (
	notModifier modifierKind = iota
	nounModifier
	adjModifier
)

// fillModifier returns the noun that the one-word candidate c modifies in
// lead, the words of the lead paragraph, and how: the word right after
// c's first use, joined to it, is a lower-case content word that can be a
// noun, and either c is mostly an adjective in the lexicon (label_pos.go)
// or the word after it mostly a noun ("leisure industry"; not "figures
// show", "cases overnight").
func fillModifier(lead []word, c *cand) (word, modifierKind) {
	if len(c.words) != 1 || c.isName() || c.pos < 0 || c.pos+1 >= len(lead) {
		return word{}, notModifier
	}
	next := lead[c.pos+1]
	if !next.joined || next.upper || next.stop || next.name || neverNoun(next) {
		return word{}, notModifier
	}
	if pc, ok := posOfWord(c.words[0]); ok && pc.adj > pc.noun {
		return next, adjModifier
	}
	if nc, ok := posOfWord(next); ok && nc.mostlyNoun() {
		return next, nounModifier
	}
	return word{}, notModifier
}

// modifierLabel applies the modifier rule to label, whose last word the
// fill rule has just added from c (fillOrder may have moved it before
// its noun already), with at most limit words. used marks the stems in
// the label: it marks the noun when it comes in and unmarks c's word
// when that goes out.
func modifierLabel(label []string, lead []word, c *cand, used []bool, limit int) []string {
	last := len(label) - 1
	if last < 0 || len(c.words) != 1 || !strings.EqualFold(label[last], c.words[0].surface) {
		return label
	}
	noun, kind := fillModifier(lead, c)
	if kind == notModifier || used[noun.id] {
		return label
	}
	if len(label) < limit {
		used[noun.id] = true
		return append(label, strings.ToLower(noun.surface))
	}
	if kind == nounModifier {
		return label
	}
	used[c.words[0].id] = false
	return label[:last]
}
