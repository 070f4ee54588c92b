package thread

import "testing"

// TestLabelCrosshead checks, on invented diary items, that a teasing
// crosshead opening an item gives way to the paragraph after it as the
// lead, while a crosshead that is a plain headline keeps it.
func TestLabelCrosshead(t *testing.T) {
	others := []string{
		"The village fete raised £4,000 for the church roof, the vicar tells me.",
		"A reader writes to complain about the state of the towpath after the floods.",
	}
	runRareLabelCases(t, []labelCase{
		{"tease crosshead", []string{
			"Thrown off course",
			"Banker Crispin Vallance has quit the City to become a potter, and sells his bowls at a farmers' market in Frome.",
			"His first class in pottery was a birthday present from his wife.",
		}, others, "potter", "course"},
		{"plain headline", []string{
			"Measles warning for parents",
			"Parents in the West Midlands have been given a measles warning after eleven cases at two primary schools.",
			"The measles cases are the first in the region for three years, doctors said.",
		}, others, "measles", "Midlands"},
	})
}
