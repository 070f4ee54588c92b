package actor

import "testing"

// TestPetKept: what is said only of a pet (an identity chip) makes the
// name an animal's; a person who speaks of a pet's chip stays a person.
func TestPetKept(t *testing.T) {
	runNameRules(t, []nameRuleCase{
		{name: "is microchipped", text: []string{"Have you seen Mr Pickles? Mr Pickles is microchipped and wears a red collar with a bell."},
			want: map[string]string{"Mr Pickles": Other}},
		{name: "identified by his microchip", text: []string{"Rupert was found in a flat in Dudley during a raid on a puppy farm, and was identified by his microchip."},
			want: map[string]string{"Rupert": Other}},
		{name: "a person speaking of the chip", text: []string{"Sandra Holloway said the terrier had been identified by his microchip."},
			want: map[string]string{"Sandra Holloway": Person}},
		{name: "a person and another's chip", text: []string{"Sandra Holloway found the spaniel, and Tom Reeve scanned her microchip and read her name."},
			want: map[string]string{"Sandra Holloway": Person, "Tom Reeve": Person}},
	})
}
