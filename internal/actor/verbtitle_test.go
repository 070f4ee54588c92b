package actor

import "testing"

// TestVerbTitle: a name holding a modal, an auxiliary or a verb between
// two of its words, or a contracted negative, is a title; a verb-like
// word at the end of a name ("Emre Can") leaves a person.
func TestVerbTitle(t *testing.T) {
	tagged := map[string]string{"Marjorie Takes Flight": "PER", "Kevin Can Wait": "PER", "Emre Can": "PER"}
	runKindRows(t, tagged, [][4]string{
		{"a verb of a clause", "Her new novel, Marjorie Takes Flight, is out next month.", "Marjorie Takes Flight", Other},
		{"a modal", "Fans of Kevin Can Wait were upset when the show ended.", "Kevin Can Wait", Other},
		{"a surname like a modal", "Midfielder Emre Can signed a new deal on Friday.", "Emre Can", Person},
	})
	for _, c := range []struct {
		words []string
		want  bool
	}{
		{[]string{"Bun", "Bun", "Can't"}, true},
		{[]string{"Ada", "Kell"}, false},
		{[]string{"Will", "Kell"}, false},
	} {
		if got := verbTitle(c.words); got != c.want {
			t.Errorf("verbTitle(%q) = %v, want %v", c.words, got, c.want)
		}
	}
}
