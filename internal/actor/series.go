package actor

// seriesNouns are plural nouns of works that a name qualifies as their
// series or their brand: "her Inspector Drake books", "his James Bond
// films".
var seriesNouns = setOf(`books novels films movies stories mysteries thrillers series adventures
comics episodes`)

// markSeriesNames makes a name between a possessive determiner and a
// series noun in lower case the series' name, kind other, whatever a
// title or a role in it says ("having written all 14 of her Inspector
// Drake books"): the name is used as a title, not for a person named in
// the story. Its other mentions keep their own readings.
func (st *story) markSeriesNames() {
	for _, m := range st.mentions {
		d := st.doc(m.para)
		if d == nil || m.kind != Person || m.from == 0 || m.e >= len(d.toks) {
			continue
		}
		k := m.from - 1
		for k > 0 && d.toks[k].cap && (isRoleHead(d.toks[k].text) || isHonorific(d.toks[k].text)) {
			k-- // "her Inspector Drake books": the title read apart
		}
		before, after := d.toks[k], d.toks[m.e]
		if !before.word || !possessiveDeterminers[before.lower] || !after.word || after.cap || !seriesNouns[after.lower] {
			continue
		}
		m.kind, m.split, m.rule, m.hon, m.roles = Other, false, false, "", nil
		m.xev = max(m.xev, 3)
	}
}
