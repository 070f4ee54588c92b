package thread

import "testing"

// TestLabelReason checks, on invented items, that a fine or a ban names
// what it was for when the phrase after the verb tells it: an -ing form
// and the head of its object (past an adverb, a sum and a plural's
// apostrophe), what a ban is from, the matter after "over", and both
// penalties when a ban follows a fine; and that the length of a penalty, an act with no
// name of its own ("for failing to …") and a clause after "after" add
// nothing.
func TestLabelReason(t *testing.T) {
	others := []string{
		"The village fete raised £2,000 for the church roof on Saturday.",
		"A new footbridge over the canal opens next week after a year of work.",
	}
	runLabelCases(t, []labelCase{
		{"an act and its object", []string{
			"Elsewhere, a haulier has been fined £12,000 for illegally dumping tyres in a lay-by near Ambridge Cross.",
			"The haulier told magistrates in Ambridge Cross he had been let down by a contractor.",
		}, others, "haulier fined for dumping tyres", ""},
		{"a plural's apostrophe", []string{
			"A landlord has been fined £8,000 for storing tenants' rubbish in a shared hallway in Crowthorpe.",
			"The hallway in Crowthorpe was cleared by the council.",
		}, others, "landlord fined for storing rubbish", "tenants"},
		{"what a ban is from", []string{
			"A delivery driver has been banned from driving for 18 months after being caught at twice the limit in Wenfield.",
			"The delivery driver was stopped on the Wenfield bypass.",
		}, others, "delivery driver banned from driving", ""},
		{"a ban after a fine", []string{
			"Pellbridge manager Ross Amberley has been fined £3,000 and banned from the touchline for three matches after a row with officials.",
			"Ross Amberley said he would not appeal.",
		}, others, "Ross Amberley fined and banned", "touchline"},
		{"the matter after over", []string{
			"Thornwick Water has been fined £9million over sewage spills into the River Lenn.",
			"Thornwick Water said it was investing in new storm tanks on the River Lenn.",
		}, others, "Thornwick Water fined over sewage spills", ""},
		{"the length of a penalty", []string{
			"Jockey Orla Penhallow has been banned for ten days after stewards ruled she used her whip too often at Wexcombe.",
			"Orla Penhallow is expected to return for the spring meeting at Wexcombe.",
		}, others, "banned", "days"},
		{"an act with no name of its own", []string{
			"Meanwhile, Castlereagh Bank has been fined £20million by the regulator for failing to check its customers.",
			"Castlereagh Bank said it had since hired 300 staff to check its customers.",
		}, others, "Castlereagh Bank fined", "failing"},
	})
}
