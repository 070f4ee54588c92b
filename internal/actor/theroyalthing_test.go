package actor

import "testing"

// TestTheRoyalThing: a royal title and one given name written after
// "the" at every mention name a race, a ship or a theatre; a style
// after "the" ("the Queen Mother"), or the royal named once without
// "the", stays a person.
func TestTheRoyalThing(t *testing.T) {
	stubLexicon(t, nil, nil, setOf(`Edward Ada Oswald`))
	runNameRules(t, []nameRuleCase{
		{name: "a race", text: []string{"The gelding will now be aimed at the King Edward at Tarrow on Boxing Day."},
			tagged: map[string]string{"Edward": "PER", "Tarrow": "LOC"}, want: map[string]string{"King Edward": Other}},
		{name: "a theatre", text: []string{"Best musical actress went to Wenna Tregear for Lantern Rounds at the Princess Ada."},
			tagged: map[string]string{"Wenna Tregear": "PER", "Ada": "PER", "Lantern Rounds": "MISC"}, want: map[string]string{"Princess Ada": Other}},
		{name: "a style", text: []string{"Plans were unveiled for a memorial to the Queen Mother in Tarrow."},
			tagged: map[string]string{"Mother": "PER", "Tarrow": "LOC"}, want: map[string]string{"Queen Mother": Person}},
		{name: "the royal without the article too", text: []string{"The crowd cheered the Prince Oswald of their childhood.", "Prince Oswald waved from the balcony."},
			tagged: map[string]string{"Oswald": "PER"}, want: map[string]string{"Prince Oswald": Person}},
	})
}
