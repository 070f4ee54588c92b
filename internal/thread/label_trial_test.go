package thread

import "testing"

// TestLabelTrial checks, on invented items, that a drug developer's
// trial outcome told as the cause of a share move labels the firm,
// "trial" and the outcome (a success, a failure, a halt, with no word
// filled in after it), and that a trial in a concessive clause makes
// none.
func TestLabelTrial(t *testing.T) {
	others := []string{
		"The Dowling 100 rose 0.4 per cent as miners gained ground.",
		"Shares in Stourby Homes rose after reservations ran ahead of last year.",
	}
	runLabelCases(t, []labelCase{
		{"a success", []string{
			"Penhallow Bio jumped 28 per cent to 41p after its treatment for a rare kidney disorder met its main goal in a mid-stage trial.",
			"Penhallow Bio said it would now plan a larger trial with more patients.",
		}, others, "Penhallow Bio trial success", ""},
		{"a failure", []string{
			"Drug developer Trevose Pharma slumped 33 per cent after its migraine pill failed to beat a placebo in a late-stage trial.",
			"Trevose Pharma said it would look again at the data from the trial.",
		}, others, "Trevose Pharma trial failure", ""},
		{"a halt, nothing after it", []string{
			"Kenwyn Therapeutics tumbled 19 per cent after it halted a late-stage trial of its asthma inhaler when patients reported dizziness.",
			"Kenwyn Therapeutics said the dizziness of patients on the inhaler was being studied.",
		}, others, "Kenwyn Therapeutics trial halt", ""},
		{"a concession", []string{
			"Ardmore Pharma boss Ada Kell insisted the firm could still deliver its vaccine this year, despite a late-stage trial being halted last week.",
			"Ardmore Pharma said the vaccine could reach clinics by the spring.",
		}, others, "", "halt"},
	})
}

// TestLabelTrialWhole checks that the trial rule's label is whole: the
// fill rule adds no word after the outcome.
func TestLabelTrialWhole(t *testing.T) {
	paras := []string{
		"Kenwyn Therapeutics tumbled 19 per cent after a late-stage trial of its experimental heart drug was halted.",
		"Kenwyn Therapeutics said the heart drug had been given to 900 patients and the drug would be studied again.",
	}
	others := []string{"The Dowling 100 rose 0.4 per cent as miners gained ground."}
	if got, want := Label(paras, others, nil), "Kenwyn Therapeutics trial halt"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
