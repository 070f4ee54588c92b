package actor

import "testing"

// TestStudioInitials checks that initials before a kind of film or show
// name the studio, unlike a country's initials or a person's name.
func TestStudioInitials(t *testing.T) {
	fakeLexicon(t)
	tagged := map[string]string{"KTV": "MISC", "USA": "MISC", "Marsh": "MISC", "Ada Kell": "PER"}
	checkNamedKinds(t, tagged, []namedKindCase{
		{"studio before musicals", nameKindCase{"Ada Kell starred in several splashy KTV musicals of the 1950s.", "KTV", Org}},
		{"studio before movie hits", nameKindCase{"Ada Kell was the star of such KTV movie hits as Bathing Beauty.", "KTV", Org}},
		{"a country's initials", nameKindCase{"Ada Kell said USA films did well abroad.", "USA", Other}},
		{"a director's name", nameKindCase{"Ada Kell starred in a Marsh film in 1958.", "Marsh", ""}},
	})
}
