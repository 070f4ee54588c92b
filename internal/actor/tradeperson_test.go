package actor

import "testing"

// TestTradePerson: a trade noun that names a person's job as often as a
// firm's, describing a given name and a surname the tagger read as a
// person, in one mention, leaves the person; a body's noun, a firm's
// trade, or the surname alone spoken of as a body elsewhere does not.
func TestTradePerson(t *testing.T) {
	runNameRules(t, []nameRuleCase{
		taggedCase(map[string]string{"Tom Aldred": "PER"}, "broker before the name", "Mortgage broker Tom Aldred says lenders are unlikely to move.", "Tom Aldred", Person),
		taggedCase(map[string]string{"Danny Mossop": "PER", "Hatton Vane": "ORG"}, "broker opening the paragraph", "Broker Danny Mossop, of Hatton Vane, said he expected more warnings.", "Danny Mossop", Person),
		taggedCase(map[string]string{"Joel Adeyinka": "PER"}, "maker before the name", "Documentary maker Joel Adeyinka has won the prize for his film.", "Joel Adeyinka", Person),
		taggedCase(map[string]string{"Desmond Ure": "PER"}, "developer in apposition", "Desmond Ure, the developer, gave the money to the party.", "Desmond Ure", Person),
		taggedCase(map[string]string{"Grant Pennon": "PER"}, "a firm's noun", "Joe Lane, a specialist at accountancy firm Grant Pennon, said the deal was crucial.", "Grant Pennon", Org),
		taggedCase(map[string]string{"Tamsin Orde": "PER"}, "a trade of firms", "Sales rose 4 per cent, and the retailer, Tamsin Orde, expects more.", "Tamsin Orde", Org),
		{name: "the surname a body elsewhere", tagged: map[string]string{"Robert Varsch": "PER", "Varsch": "ORG"},
			text: []string{"BMW is to recall cars with a pump supplied by parts maker Robert Varsch.", "Varsch shares fell 3 per cent after the recall."},
			want: map[string]string{"Robert Varsch": Org}},
	})
}
