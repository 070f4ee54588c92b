package thread

import "testing"

// TestLabelOfficeTitle checks, on invented items, that an official named
// by office and full name is labelled by office and surname, while a
// courtesy title keeps the full name, and one named by a post
// ("Secretary", "Minister") loses the post.
func TestLabelOfficeTitle(t *testing.T) {
	others := []string{
		"The council approved a new car park at the station after a two-hour debate.",
	}
	runLabelCases(t, []labelCase{
		{"judge", []string{
			"A charity treasurer who stole £80,000 from a hospice appeal was given a community order by Judge Miriam Eastwood.",
			"Passing sentence, Judge Miriam Eastwood called the theft a gross breach of trust.",
		}, others, "Judge Eastwood", "Miriam"},
		{"inspector", []string{
			"Raiders used a digger to rip the safe from the wall of the jewellers, said Inspector Colm Treharne.",
			"Appealing for witnesses, Inspector Colm Treharne said the digger was stolen.",
		}, others, "Inspector Treharne", "Colm"},
		{"post", []string{
			"Police Commissioner Hannah Voyle promised a review of stop and search before the election.",
			"Police Commissioner Hannah Voyle said the review would report by the spring.",
		}, others, "Hannah Voyle", "Commissioner"}, // a minister gives way to the matter (label_minister.go)
		{"courtesy title", []string{
			"A march on the town hall to save the library was led by Dame Olive Prendergast.",
			"At 84, Dame Olive Prendergast said the library had taught her to read.",
		}, others, "Dame Olive Prendergast", ""},
	})
}
