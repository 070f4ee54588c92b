package actor

import "testing"

// TestSpeakerLabel: a name opening a paragraph before a colon and a
// quotation is the speaker, a person; a common word so written is not.
func TestSpeakerLabel(t *testing.T) {
	runNameRules(t, []nameRuleCase{
		{name: "a surname labels a quote", text: []string{"The panel argued about the final.", "Hartigan: 'The star shone brightest just before she left.'"},
			tagged: map[string]string{}, want: map[string]string{"Hartigan": Person}},
		{name: "a common word is no speaker", text: []string{"There was a warning on the box.", "Warning: 'Do not open until Christmas.'"},
			tagged: map[string]string{}, absent: []string{"Warning"}},
		{name: "no quote, no speaker", text: []string{"Hartigan: the star shone brightest just before she left."},
			tagged: map[string]string{}, absent: []string{"Hartigan"}},
	})
}
