package actor

import "testing"

// TestVenueDescribed: a description in apposition after a name headed
// by a venue noun ("the fish restaurant run by", "a Mayfield bistro")
// makes the name a venue's; a job at a venue ("the restaurant owner",
// "the hotel's manager") leaves a person.
func TestVenueDescribed(t *testing.T) {
	runNameRules(t, []nameRuleCase{
		taggedCase(map[string]string{"Harbour Belle": "PER"}, "the restaurant run by", "His new place will be a few doors down from Harbour Belle, the fish restaurant run by his old friend.", "Harbour Belle", Place),
		taggedCase(map[string]string{"Corran Ember": "PER"}, "a bistro", "Corran Ember, a Mayfield bistro, has closed after eight months.", "Corran Ember", Place),
		taggedCase(map[string]string{"Ada Kell": "PER"}, "the restaurant owner", "Ada Kell, the restaurant owner, said trade was slow.", "Ada Kell", Person),
		taggedCase(map[string]string{"Ada Kell": "PER"}, "the hotel's manager", "Ada Kell, the hotel's manager, said trade was slow.", "Ada Kell", Person),
	})
}
