package thread

import "strings"

// A word the fill rule adds stands last in the label. When the lead uses
// it as a modifier before its noun ("a general election", "the leisure
// industry", "hay fever"), the label ends on a dangling modifier:
// "Boateng quits general", "sales rise hay". The modifier rule brings the
// noun along when the label has room for it ("sales rise hay fever"),
// and else leaves the modifier out, so that the fill rule goes on to its
// next word: a legend reads better a word short than with a word cut
// from its noun. Over the development round-ups the real ones gain a
// little (label F1 0.4716 to 0.4726) and the invented ones keep level.

// fillModifier returns the noun that the one-word candidate c modifies in
// lead, the words of the lead paragraph, and whether c is such a
// modifier: the word right after c's first use, joined to it, is a
// lower-case content word that can be a noun, and either c is mostly an
// adjective in the lexicon (label_pos.go) or the noun after it mostly a
// noun ("leisure industry"; not "figures show", "cases overnight").
func fillModifier(lead []word, c *cand) (word, bool) {
	if len(c.words) != 1 || c.isName() || c.pos < 0 || c.pos+1 >= len(lead) {
		return word{}, false
	}
	next := lead[c.pos+1]
	if !next.joined || next.upper || next.stop || next.name || neverNoun(next) {
		return word{}, false
	}
	if pc, ok := posOfWord(c.words[0]); ok && pc.adj > pc.noun {
		return next, true
	}
	nc, ok := posOfWord(next)
	return next, ok && nc.mostlyNoun()
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
	noun, ok := fillModifier(lead, c)
	if !ok || used[noun.id] {
		return label
	}
	if len(label) < limit {
		used[noun.id] = true
		return append(label, strings.ToLower(noun.surface))
	}
	used[c.words[0].id] = false
	return label[:last]
}
