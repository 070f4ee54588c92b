package actor

import "testing"

// TestAwardFor: an award, or its category after "best", before "for" and
// a name makes the name the work honoured; a person's name, or a role
// noun before "for", does not.
func TestAwardFor(t *testing.T) {
	tagged := map[string]string{"Glass Orchard": "ORG", "Ada Kell": "PER", "Corvane Retail": "ORG"}
	runKindRows(t, tagged, [][4]string{
		{"a category after best", "She won best actress for Glass Orchard on Sunday.", "Glass Orchard", Other},
		{"a prize", "He took the best director prize for Glass Orchard.", "Glass Orchard", Other},
		{"a person honoured", "The best actor award for Ada Kell was a surprise.", "Ada Kell", Person},
		{"a role before for", "Tom Reyne, group managing director for Corvane Retail, said sales rose.", "Corvane Retail", Org},
	})
}
