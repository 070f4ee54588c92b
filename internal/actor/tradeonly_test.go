package actor

import "testing"

// TestTradeRoleNoPerson: a trade a firm practises as often as a person
// ("broker", "developer", "auditor"), written before a name with no given name,
// says nothing of a person: with one more cue of a firm the name is a
// firm's. A given name first keeps the person ("mortgage broker Tom
// Aldred"), as does a role only a person holds.
func TestTradeRoleNoPerson(t *testing.T) {
	tagged := map[string]string{"Tarrant Hale": "PER", "Tom Hale": "PER", "Ada Kell": "PER"}
	runKindRows(t, tagged, [][4]string{
		{"a firm", "Ada Kell fell out with the insurance broker Tarrant Hale. Tarrant Hale argues that the deal was never agreed.", "Tarrant Hale", Org},
		{"an auditor", "Ada Kell fell out with the auditor Tarrant Hale. Tarrant Hale argues that the deal was never agreed.", "Tarrant Hale", Org},
		{"a given name first", "Ada Kell fell out with the insurance broker Tom Hale. Tom Hale argues that the deal was never agreed.", "Tom Hale", Person},
		{"a person's role", "Ada Kell fell out with the insurance broker Tarrant Hale, 52. Tarrant Hale argues that the deal was never agreed.", "Tarrant Hale", Person},
	})
}
