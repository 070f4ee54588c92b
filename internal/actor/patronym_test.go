package actor

import "testing"

// TestPatronym checks that a name joined to a father's by "bin", "binti",
// "bint" or "ibn" is one person however the tagger cut it, that the
// person's own name with a title or alone joins the full name, and that
// Malaysian, West African and Indian titles of address are no part of
// the name.
func TestPatronym(t *testing.T) {
	fakeLexicon(t)
	tagged := map[string]string{"Datuk Seri Rosli": "PER", "Rosli": "PER", "Yunus": "PER", "Salma": "LOC",
		"Omar al-Qassimi": "PER", "Karim": "PER", "Nadia binti Latif": "PER",
		"Alhaji Bello Garba": "PER", "Garba": "PER", "Smt Lata Joshi": "PER", "Tan Sri Lim Boon": "PER"}
	tests := []struct {
		name, para, actor, kind string
		alias                   string // an alias the actor must have
		absent                  string // no actor of this name
	}{
		{"title and own name", "A former minister, Rosli bin Yunus, was charged on Monday. Datuk Seri Rosli, 66, denied it.", "Rosli bin Yunus", Person, "Datuk Seri Rosli", "Yunus"},
		{"own name read as a place", "The envoy, Salma bint Omar al-Qassimi, arrived on Friday.", "Salma bint Omar al-Qassimi", Person, "", "Salma"},
		{"father's name left out", "The poet Karim ibn Haddad read first.", "Karim ibn Haddad", Person, "", "Karim"},
		{"whole name tagged", "The lawyer Nadia binti Latif said the charge was weak.", "Nadia binti Latif", Person, "", ""},
		{"pilgrim's title", "Alhaji Bello Garba said the market would reopen. Garba thanked traders.", "Bello Garba", Person, "Garba", "Alhaji Bello Garba"},
		{"Indian title", "Smt Lata Joshi opened the hall.", "Lata Joshi", Person, "", "Smt Lata Joshi"},
		{"two-word honour", "The tycoon Tan Sri Lim Boon spoke.", "Lim Boon", Person, "", "Sri Lim Boon"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			expectActor(t, tagged, tt.para, tt.actor, tt.kind, tt.alias, tt.absent)
		})
	}
}
