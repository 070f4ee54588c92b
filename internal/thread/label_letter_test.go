package thread

import (
	"strings"
	"testing"
)

// TestLabelLetter checks, on invented items, that a reader's letter
// (a first-person lead, then a signature or the columnist's reply) is
// labelled by its question's topic words, not by the writer's or the
// family's names; and that the rule keeps out of a first-person piece
// with no signature or reply, a news item with a short line of names
// but no first person, a name in capitals, and a letter whose topic
// words make no two-word label.
func TestLabelLetter(t *testing.T) {
	others := []string{
		"The village fete raised £2,000 for the church roof on Saturday.",
		"A new footbridge over the canal opens next week after a year of work.",
	}
	cases := []struct {
		name   string
		paras  []string
		want   string // the label must contain this
		banned string // and not this
	}{
		{"a signed letter and its answer", []string{
			"My wife, Rosalind, and I were charged a parking penalty at the hospital car park while she was having a scan. Must we pay the parking penalty?",
			"Rosalind Ormerod, Tarrowby",
			"You can appeal: hospital car park operators must give patients' relatives a grace period, and a parking penalty issued within it can be cancelled.",
			"Write to the operator with the date of the scan and ask for the parking penalty to be cancelled.",
		}, "parking penalty", "Rosalind"},
		{"a letter answered by name", []string{
			"Our daughter, Philippa, wants us to lend her a house deposit. Should we take out a loan against our home for the house deposit?",
			"Mirren Cole replies: Lending a house deposit from a loan against your home puts the home at risk.",
			"Talk to Philippa about a smaller gift instead of the whole house deposit.",
		}, "house deposit", "Philippa"},
		{"a first-person piece with no signature", []string{
			"My neighbour, Philippa, says the new parking penalty scheme at the hospital car park is a scandal, and the parking penalty notices prove it.",
			"Philippa has written to the hospital about the parking penalty notices twice.",
			"The hospital says the parking penalty scheme pays for the car park's upkeep.",
		}, "Philippa", ""},
		{"a line of names with no first person", []string{
			"Philippa Gale has been given a parking penalty at the hospital car park after overstaying by ten minutes.",
			"Philippa Gale, Tarrowby",
			"The hospital says the parking penalty scheme pays for the car park's upkeep.",
		}, "Philippa", ""},
		{"a name in capitals", []string{
			"We paid for a holiday through a firm that has gone bust. Can we claim our holiday refund from the ABTOL scheme?",
			"Derwent Hale, Kelby",
			"Yes: the ABTOL scheme protects package holidays, and a holiday refund claim goes through ABTOL's website.",
			"Claim the holiday refund from ABTOL within a year.",
		}, "ABTOL", ""},
		{"a letter with no two-word topic", []string{
			"My brother Rodric keeps borrowing money. What should I do?",
			"Ada Kell, Tarrowby",
			"Tell Rodric plainly that the lending stops now.",
		}, "Rodric", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := Label(c.paras, others, nil)
			if !strings.Contains(got, c.want) {
				t.Errorf("label %q does not contain %q", got, c.want)
			}
			if c.banned != "" && strings.Contains(got, c.banned) {
				t.Errorf("label %q contains %q", got, c.banned)
			}
		})
	}
}
