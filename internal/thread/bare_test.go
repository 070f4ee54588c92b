package thread

import "testing"

func TestCarriesOn(t *testing.T) {
	for u, want := range map[string]bool{
		"He said the deal was off.":                             true,
		"'We will appeal,' she said.":                           true,
		"Chief executive Morven Tull said the plan stood.":      true,
		"Analysts at Berwick Stanley cut their target price.":   true,
		"I thought it a little draconian until I tried it.":     true,
		"Brackenford City have completed the loan signing.":     false,
		"A walker missing overnight was found safe by rescuers": false,
	} {
		if got := carriesOn(u); got != want {
			t.Errorf("carriesOn(%q) = %v, want %v", u, got, want)
		}
	}
}

// Two items of a column, each of two paragraphs, touch at a bare gap:
// nothing ties them there unless a paragraph at the junction shares a
// word with the other item.
func TestBareJunction(t *testing.T) {
	units := []string{
		"Brackenford City have signed striker Arlo Penney on loan.",
		"Penney scored six goals on loan at Ferriby last season.",
		"Kingsbridge have sacked head coach Kofi Adjeman after seven defeats.",
		"Adjeman leaves with the club bottom of the division.",
	}
	b := bareGaps(units, tokenizeAll(units))
	if b == nil || !b.gap[2] || b.gap[1] || b.gap[3] {
		t.Fatalf("bare gaps: %+v", b)
	}
	owner := []int{0, 0, 1, 1}
	if b.tied([]int{0, 1}, []int{2, 3}, owner, 1) {
		t.Error("two items tied across a bare gap")
	}
	// "loan" ties the third paragraph to the first item
	units[2] = "Kingsbridge have sacked head coach Kofi Adjeman, on loan from Ferriby."
	b = bareGaps(units, tokenizeAll(units))
	if b != nil && !b.tied([]int{0, 1}, []int{2, 3}, owner, 1) {
		t.Error("a shared word at the junction does not tie the items")
	}
}
