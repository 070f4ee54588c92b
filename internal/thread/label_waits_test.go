package thread

import "testing"

// TestLabelWaits checks, on invented items, that patients' waits in an
// emergency department are labelled "A&E waits" (after a short name),
// that a count of people waiting for hospital treatment is the
// "hospital waiting list" and its move, and that ambulances waiting
// outside A&E and a wait an inspection found are no news of waits.
func TestLabelWaits(t *testing.T) {
	others := []string{
		"The FTSE 100 rose 0.4 per cent as miners gained ground.",
		"Shares in Stourby Homes rose after reservations ran ahead of last year.",
	}
	runLabelCases(t, []labelCase{
		{"patients waited in A&E", []string{
			"Patients at the Tolbury Infirmary waited up to 50 hours for a bed in A&E last month, figures show.",
			"One man spent two nights on a trolley at the Tolbury Infirmary.",
		}, others, "A&E waits", ""},
		{"an emergency department's waits after a short name", []string{
			"One in four patients at the emergency departments of Wendle Vale trust waited more than 12 hours last month.",
			"Wendle Vale said it was opening more beds.",
		}, others, "Wendle Vale A&E waits", ""},
		{"people waiting for hospital treatment", []string{
			"The number of people waiting for routine hospital treatment in Wales has fallen for the second month in a row.",
			"The health minister said the figures showed progress.",
		}, others, "hospital waiting list fall", ""},
		{"a wait an inspection found", []string{
			"A hospital trust has been put in special measures after inspectors found patients waiting up to 30 hours for a bed in A&E.",
			"The trust said it accepted the findings.",
		}, others, "", "A&E waits"},
		{"ambulances waiting are no patients' waits", []string{
			"The health secretary announced £90million to cut the time ambulances spend waiting outside A&E this winter.",
			"The money will pay for handover units at 20 hospitals.",
		}, others, "", "A&E waits"},
	})
}
