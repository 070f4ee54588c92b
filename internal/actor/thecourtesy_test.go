package actor

import "testing"

// TestTheCourtesy: a name with a courtesy title written after "the" at
// every mention is a thing's; a person written once without the article
// stays a person.
func TestTheCourtesy(t *testing.T) {
	runNameRules(t, []nameRuleCase{
		{name: "a launch after the", text: []string{"Its oldest launch, the Miss Ada Fenwell, was found undamaged on the beach at Tarrow."},
			tagged: map[string]string{"Ada Fenwell": "PER", "Tarrow": "LOC"},
			want:   map[string]string{"Miss Ada Fenwell": Other}},
		{name: "a hotel", text: []string{"Guests at the Mrs Pellow Hotel were moved out after the flood, said manager Tom Pryce."},
			tagged: map[string]string{"Pellow Hotel": "PER", "Tom Pryce": "PER"},
			want:   map[string]string{"Mrs Pellow Hotel": Place, "Tom Pryce": Person}},
		{name: "a person written once without the article", text: []string{"The house passed to the Miss Ada Fenwell named in the will.", "Miss Ada Fenwell said she was sad to sell it."},
			tagged: map[string]string{"Ada Fenwell": "PER"},
			want:   map[string]string{"Ada Fenwell": Person}},
		{name: "no article", text: []string{"Miss Ada Fenwell was found safe on the beach at Tarrow."},
			tagged: map[string]string{"Ada Fenwell": "PER", "Tarrow": "LOC"},
			want:   map[string]string{"Ada Fenwell": Person}},
	})
}
