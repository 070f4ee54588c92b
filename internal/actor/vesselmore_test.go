package actor

import "testing"

// TestMoreVessel: a small craft's noun, a crew or "named the" make a
// person-shaped name a vessel's; a person's boat keeps its owner a person.
func TestMoreVessel(t *testing.T) {
	runNameRules(t, []nameRuleCase{
		{name: "a dinghy called", text: []string{"She learned to sail in a dinghy called Mr Wibble, and trains every morning."},
			tagged: map[string]string{"Wibble": "PER"},
			want:   map[string]string{"Mr Wibble": Other}},
		{name: "the crew of", text: []string{"It was a less happy weekend for the crew of Molly Tarr, which lost her mast in a squall."},
			tagged: map[string]string{"Molly Tarr": "PER"},
			want:   map[string]string{"Molly Tarr": Other}},
		{name: "the crew of a person's yacht", text: []string{"The crew of Molly Tarr's yacht were rescued by the coastguard."},
			tagged: map[string]string{"Molly Tarr": "PER"},
			want:   map[string]string{"Molly Tarr": Person}},
		{name: "named the", text: []string{"The line has revealed that its new ship, due in 2028, will be named the Princess Wenna."},
			tagged: map[string]string{"Princess Wenna": "PER"},
			want:   map[string]string{"Princess Wenna": Other}},
		{name: "a title of place given", text: []string{"On his wedding day Ivo was named the Duke of Velby by his grandmother."},
			tagged: map[string]string{"Duke of Velby": "PER", "Ivo": "PER"},
			want:   map[string]string{"Duke of Velby": Person}},
		{name: "a person called", text: []string{"A man called Tom Pryce rang the station."},
			tagged: map[string]string{"Tom Pryce": "PER"},
			want:   map[string]string{"Tom Pryce": Person}},
	})
}
