package thread

import "testing"

// TestLabelLateName checks, on invented news-brief items, that a name
// met in passing after the lead (a councillor or a doctor quoted) stays
// out of the label of a matter that its terms name, while a name the
// thread keeps coming back to stays in.
func TestLabelLateName(t *testing.T) {
	runLabelCases(t, []labelCase{
		{"councillor quoted on a rise", []string{
			"Parking charges in the town's car parks are to rise by a third from April, the cabinet has agreed.",
			"An hour's parking will cost more, and season tickets for commuters will rise too.",
			"Cabinet member Cllr Petra Lindqvist said the rise would close a gap in the parking budget.",
		}, []string{"The leisure centre pool will reopen next week after repairs."}, "parking charges", "Lindqvist"},
		{"doctor quoted on a jab", []string{
			"Fewer than half of over-70s have had the winter flu jab so far, health officials say.",
			"Dr Anselm Greaves-Toft, a GP in the town, urged older people not to wait for the flu jab.",
		}, []string{"A sinkhole has closed the high street."}, "flu jab", "Greaves-Toft"},
		{"name the thread comes back to", []string{
			"The hedge at the end of the lane has grown taller than the house.",
			"Marigold Penhallow, who planted it, says she likes the privacy.",
			"Neighbours asked Penhallow to trim the hedge, and Penhallow refused.",
		}, nil, "Penhallow", ""},
	})
}
