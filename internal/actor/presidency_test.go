package actor

import "testing"

// TestHeadsOfGovernment checks that a name before "administration" or
// "presidency", or a possessive before a person's own affairs, is a
// person, while a party's or a place's administration keeps its kind.
func TestHeadsOfGovernment(t *testing.T) {
	fakeLexicon(t)
	stubKnownTypes(t, map[string][]string{"Velmora": {"LOC"}})
	tagged := map[string]string{"Marsh": "MISC", "Tarrow": "ORG", "Labour": "ORG", "Velmora": "LOC"}
	checkNamedKinds(t, tagged, []namedKindCase{
		{"administration", nameKindCase{"The rules were weakened in the final days of the Marsh administration.", "Marsh", Person}},
		{"possessive before own affairs", nameKindCase{"The money came from Tarrow's reelection fund, the report said.", "Tarrow", Person}},
		{"White House", nameKindCase{"Ada Kell, a Marsh White House aide, died on Monday.", "Marsh", Person}},
		{"a party's administration", nameKindCase{"The rules were weakened by the Labour administration last year.", "Labour", Org}},
		{"a place's presidency", nameKindCase{"The talks were held under the Velmora presidency last year.", "Velmora", Place}},
		{"a firm's lawyers", nameKindCase{"The case was brought by Tarrow's lawyers last year.", "Tarrow", Org}},
	})
}
