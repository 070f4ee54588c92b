package thread

import "testing"

// TestIngNoun checks which words ending in -ing the -ing noun rule takes
// for nouns: event nouns, not verbs' -ing forms nor a verb that shares an
// event noun's stem.
func TestIngNoun(t *testing.T) {
	for _, c := range []struct {
		word string
		want bool
	}{
		{"wedding", true},
		{"warning", true},
		{"Wedding", true},
		{"banning", false},  // the stem of "ban", but a verb
		{"claiming", false}, // a verb
		{"housing", false},  // a noun, but no event
		{"walking", false},
	} {
		w := tokenizeAll([]string{c.word})[0][0]
		if got := ingNoun(w); got != c.want {
			t.Errorf("ingNoun(%q) = %v, want %v", c.word, got, c.want)
		}
	}
}

// TestLabelIngNoun checks, on invented threads, that an -ing event noun
// the story writes without a determiner can name the thread.
func TestLabelIngNoun(t *testing.T) {
	others := []string{
		"The Dowling 100 rose 0.4 per cent as miners gained ground.",
		"A new bridge over the Wendle will open in May, the council said.",
	}
	runLabelCases(t, []labelCase{
		{"a quiet wedding", []string{
			"Actress Saffron Lisle, star of the period drama Ashcombe, has married her long-time partner in a quiet wedding on Skye.",
			"Only twelve guests attended, among them her Ashcombe co-star.",
		}, others, "wedding", ""},
	})
}
