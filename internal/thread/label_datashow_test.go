package thread

import "testing"

// TestLabelDataShow checks, on invented items, that "show" after figures,
// data or a survey is read as a verb and stays out of the label, while a
// show that is a programme or an event keeps its place.
func TestLabelDataShow(t *testing.T) {
	others := []string{
		"The council also approved a new cycle lane along the seafront.",
		"A charity shop on the high street is to close after 30 years.",
	}
	runLabelCases(t, []labelCase{
		{"figures show", []string{
			"It comes as new figures show one in six buses in the county ran late last month, the worst punctuality since records began.",
			"The figures, from the transport authority, show late running rising on rural routes.",
		}, others, "", "show"},
		{"survey shows", []string{
			"Meanwhile, a survey shows most tenants in the borough have waited more than a year for damp repairs.",
		}, others, "", "show"},
		{"a show is a show", []string{
			"The county agricultural show has been cancelled for the first time in 40 years after heavy rain waterlogged the showground.",
			"Organisers said the show would return next summer.",
		}, others, "show", ""},
	})
}
