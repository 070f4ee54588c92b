package thread

import "testing"

// TestLabelCutPost checks, on invented items, that a post with its
// qualifier before a full name the three-word candidates cut in the
// middle ("Health Secretary Owen" of "Health Secretary Owen Trask")
// keeps the post and drops the stray given name, while a post before a
// surname alone keeps the surname.
func TestLabelCutPost(t *testing.T) {
	others := []string{
		"The village fete raised £2,000 for the church roof on Saturday.",
		"A new footbridge over the canal opens next week after a year of work.",
	}
	runLabelCases(t, []labelCase{
		{"given name cut off", []string{
			"Elsewhere, Health Secretary Owen Trask confirmed that the sugar levy on soft drinks will be extended to milkshakes from April.",
			"Mr Trask said the change would close a loophole on sugary drinks.",
		}, others, "Health Secretary", "Owen"},
		{"surname alone", []string{
			"Elsewhere, Health Secretary Trask confirmed that the sugar levy on soft drinks will be extended to milkshakes from April.",
			"Mr Trask said the change would close a loophole on sugary drinks.",
		}, others, "levy", "Trask"}, // not cut to the post; the minister gives way to the matter (label_minister.go)
	})
}
