package actor

import "testing"

// TestVesselName: a name right after a vessel's noun, or given to a
// vessel by a passive "named", is the vessel's, title and all; a person
// after a trade noun of shipping or named as a vessel's crew stays a
// person.
func TestVesselName(t *testing.T) {
	tagged := map[string]string{"Lady Maud Kell": "PER", "Ada Kell": "PER", "Bo Tarrant": "PER", "Hal Brennan": "PER"}
	runKindRows(t, tagged, [][4]string{
		{"the ferry and a title", "Services were cut when the ferry Lady Maud Kell was held at Velby overnight.", "Lady Maud Kell", Other},
		{"a working boat's noun", "Six men were lifted from the crab trawler Ada Kell off Corran Head.", "Ada Kell", Other},
		{"a passive naming", "A new lifeboat for the Tarrow station was named Bo Tarrant at a service on Sunday.", "Bo Tarrant", Other},
		{"a trade noun", "Ferry operator Hal Brennan said sailings would resume on Monday.", "Hal Brennan", Person},
		{"a vessel's crew", "The trawler's skipper was named Ada Kell, police said.", "Ada Kell", Person},
	})
}

// TestVesselOwning checks that a titled name before a possessive and a
// vessel's crew or part is the vessel, at all its mentions, while a
// team's skipper leaves its name alone.
func TestVesselOwning(t *testing.T) {
	runNameRules(t, []nameRuleCase{{
		name: "a yacht's skipper",
		text: []string{"Lady Wenna led for most of the race round the island.",
			"Lady Wenna's skipper, Ada Kell, said the wind had dropped."},
		tagged: map[string]string{"Lady Wenna": "PER", "Ada Kell": "PER"},
		want:   map[string]string{"Lady Wenna": Other, "Ada Kell": Person},
	}, {
		name:   "a peer's husband",
		text:   []string{"Lady Wenna's husband, Ivo Marsh, said she was well."},
		tagged: map[string]string{"Lady Wenna": "PER", "Ivo Marsh": "PER"},
		want:   map[string]string{"Lady Wenna": Person},
	}})
}
