package actor

import "testing"

// TestTheInitials: initials read as a thing, after "the" and heading
// their phrase, name a body; before a noun, or with figures, they do not,
// and before an offence noun they name the offence.
func TestTheInitials(t *testing.T) {
	tagged := map[string]string{"NQS": "MISC", "DX9": "MISC", "DQI": "MISC", "DWX": "ORG"}
	runKindRows(t, tagged, [][4]string{
		{"after the", "There are 44,000 doctors working in the NQS today.", "NQS", Org},
		{"before a noun", "He faces the DQI charge in May.", "DQI", Other},
		{"an offence's initials", "Police said he was arrested on the DWX charge early on Tuesday.", "DWX", Other},
		{"a model's letters and figures", "He drove the DX9 to the launch in Cannes.", "DX9", Other},
	})
}
