package actor

import "testing"

// TestKinOpener: a plural noun of kin opening the sentence is no part of
// the first name it introduces, which then takes the shared surname.
func TestKinOpener(t *testing.T) {
	runNameRules(t, []nameRuleCase{{
		name:   "siblings",
		text:   []string{"Siblings Emma and Jack Kellerman won the village talent show on Saturday."},
		tagged: map[string]string{"Siblings Emma": "PER", "Jack Kellerman": "PER"},
		want:   map[string]string{"Emma Kellerman": Person, "Jack Kellerman": Person},
		absent: []string{"Siblings Emma"},
	}, {
		name:   "parents",
		text:   []string{"Parents Tom and Jane Velby said they were heartbroken."},
		tagged: map[string]string{"Parents Tom": "PER", "Jane Velby": "PER"},
		want:   map[string]string{"Tom Velby": Person},
		absent: []string{"Parents Tom"},
	}})
}
