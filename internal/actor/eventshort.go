package actor

import "strings"

// eventShortNames makes a one-word person reading the short name of an
// event the story names with an opener ("Wilma is the fourth named
// storm" after "Storm Wilma", "Ivan" after "Hurricane Ivan"), kind other,
// when no title, role or rule made it a person and no person of the
// story bears the word as a given name or surname.
func (st *story) eventShortNames(persons []*mention, assigned map[*mention]*cluster) {
	for _, m := range persons {
		if len(m.name) != 1 || m.hon != "" || m.rule || m.split || m.typ != "PER" || len(m.roles) > 0 {
			continue
		}
		if _, ok := assigned[m]; ok {
			continue
		}
		w := m.name[0]
		l := strings.ToLower(w)
		if len(st.bySurname[l]) > 0 || len(st.byFirst[l]) > 0 {
			continue
		}
		for _, o := range st.mentions {
			if o != m && len(o.name) == 2 && headBits(o.name[0])&eventOpener != 0 && strings.EqualFold(o.name[1], w) {
				m.kind = Other
				break
			}
		}
	}
}
