package actor

import "testing"

// TestBodyAndBuildingHeads checks that a church council ("synod") ends a
// body's name and a hotel a place's, never a person's, whatever the
// tagger says.
func TestBodyAndBuildingHeads(t *testing.T) {
	fakeLexicon(t)
	tests := []whoKindCase{
		{"a synod tagged as a person", "'I have been tackled by bigger men than the General Synod,' he told worshippers.", map[string]string{"General Synod": "PER"}, "General Synod", Org},
		{"a hotel tagged as a person", "Protesters gathered outside the Marlow Grange Hotel on Saturday.", map[string]string{"Marlow Grange Hotel": "PER"}, "Marlow Grange Hotel", Place},
	}
	checkWhoKinds(t, tests)
}
