package thread

import "testing"

// TestLabelDispute checks, on invented items, that a subject locked or
// embroiled in a quarrel labels the name, what the quarrel is over (or
// else whom it is with) and the quarrel's noun, not the participle alone;
// and that a participle whose "in" phrase names no quarrel ("locked in a
// cupboard"), or a subject outside the label's name, is left to the
// passive rule.
func TestLabelDispute(t *testing.T) {
	others := []string{
		"The village fete raised £2,000 for the church roof on Saturday.",
		"A new footbridge over the canal opens next week after a year of work.",
	}
	runLabelCases(t, []labelCase{
		{"over a thing", []string{
			"Weather presenter Ada Kell is locked in a bitter row with her neighbour over a garden wall.",
			"Ada Kell says the garden wall was there first.",
		}, others, "Ada Kell garden wall row", "locked"},
		{"with a party only", []string{
			"Chef Tom Pymsworth is embroiled in a dispute with fellow stallholders at the Saturday market.",
			"Tom Pymsworth says the stallholders are jealous.",
		}, others, "Tom Pymsworth fellow stallholders dispute", "embroiled"},
		{"a subject outside the name", []string{
			"The landlord is locked in a row with singer Ada Kell over unpaid rent.",
			"Ada Kell says the unpaid rent was paid in cash.",
		}, others, "Ada Kell", "row"},
		{"no quarrel in the phrase", []string{
			"Magician Ada Kell was locked in a cupboard for an hour during her own show.",
			"Ada Kell said the cupboard had a faulty latch.",
		}, others, "Ada Kell locked", ""},
	})
}
