package actor

import "strings"

// seriesNouns are plural nouns of works that a name qualifies as their
// series or their brand: "her Inspector Drake books", "his James Bond
// films".
var seriesNouns = setOf(`books novels films movies stories mysteries thrillers series adventures
comics episodes`)

// seriesWorks are the works of a series one at a time: "the latest
// Captain Tarrow adventure", "a new Inspector Drake novel".
var seriesWorks = setOf(`book novel film movie story mystery thriller adventure comic episode`)

// markSeriesNames makes a name between a possessive determiner and a
// series noun in lower case the series' name, kind other, whatever a
// title or a role in it says ("having written all 14 of her Inspector
// Drake books"): the name is used as a title, not for a person named in
// the story. A character's title before the name ("Captain", "Inspector")
// lets an article and a word or two open the phrase, and one work of the
// series close it ("the latest Captain Tarrow adventure"; not "a Stephen
// Marsh novel", a writer's), and makes a part of the name at its other
// mentions ("Captain Tarrow returns"; markParts). Other mentions keep
// their own readings.
func (st *story) markSeriesNames() {
	for _, m := range st.mentions {
		d := st.doc(m.para)
		if d == nil || m.kind != Person || m.from == 0 || m.e >= len(d.toks) {
			continue
		}
		k := m.from - 1
		for k > 0 && d.toks[k].cap && (d.toks[k].is(clsRoleHead) || d.toks[k].honorific()) {
			k-- // "her Inspector Drake books": the title read apart
		}
		titled := k < m.from-1 || m.hon != "" || m.s > m.from && len(m.roles) > 0 && isRoleHead(m.roles[0])
		before, after := d.toks[k], d.toks[m.e]
		if titled {
			// "the latest Captain Tarrow adventure": a character's title
			// and name before one work of the series too, after an
			// article and a word or two.
			for n := 0; n < 2 && k > 0 && before.word && !before.cap && !clauseWords[before.lower] && !articleWords[before.lower] && !possessiveDeterminers[before.lower]; n++ {
				k--
				before = d.toks[k]
			}
		}
		if !before.word || !(possessiveDeterminers[before.lower] || titled && articleWords[before.lower]) || !after.word || after.cap || !(seriesNouns[after.lower] || titled && seriesWorks[after.lower]) {
			continue
		}
		m.kind, m.split, m.rule, m.hon, m.roles = Other, false, false, "", nil
		m.xev = max(m.xev, 3)
		if titled && after.lower != "books" && after.lower != "book" {
			// "the latest Captain Tarrow adventure": a character, at
			// every mention ("Captain Tarrow returns"), as a part is.
			st.notePart(strings.ToLower(strings.Join(m.name, " ")))
		}
	}
}
