package actor

import "testing"

// TestPeerTitlePlace: a lower-case title of a peer before "of" names the
// place of the title ("a countess of Tarrow"); a capitalised one is the
// peer's own name and left to the title rules.
func TestPeerTitlePlace(t *testing.T) {
	tagged := map[string]string{"Tarrowmere": "PER"}
	runKindRows(t, tagged, [][4]string{
		{"a peer's place", "She was the countess of Tarrowmere until her death.", "Tarrowmere", Place},
	})
}

// TestOfficeRemit: a name after a capitalised office and "for" is the
// office's remit, not a person ("the Commissioner for Standards").
func TestOfficeRemit(t *testing.T) {
	tagged := map[string]string{"Probity": "PER", "Ada Kell": "PER"}
	runKindRows(t, tagged, [][4]string{
		{"a remit", "The Parliamentary Commissioner for Probity does not comment on live inquiries.", "Probity", Org},
		{"a person after for", "The award for Ada Kell was announced on Friday.", "Ada Kell", Person},
	})
}
