package actor

import "testing"

// TestFirmNames checks that a person-shaped name with nothing said of a
// person is a firm when it is the short name of a firm named in full
// before it, opens with the surname of a person named in full or is
// made of two such people's surnames (a name after "in Herefordshire,
// and" opening another clause, no list of places), while
// names with a person's context or a given name first stay people.
func TestFirmNames(t *testing.T) {
	stubLexicon(t, nil, nil, setOf(`Ada Stan`))
	runNameRules(t, []nameRuleCase{{
		name: "short name after the full one",
		text: []string{"Corvane confirmed a bid from Garrow Pell Partners on Monday.",
			"Garrow Pell declined to say how much it would pay."},
		tagged: map[string]string{"Corvane": "ORG", "Garrow Pell Partners": "ORG", "Garrow Pell": "PER"},
		want:   map[string]string{"Garrow Pell": Org},
	}, {
		name: "a founder's surname opening a firm's name",
		text: []string{"Tamsin Lakhari, who opened her first loom in 1961, is to retire.",
			"Lakhari Weaving now employs forty people in two mills."},
		tagged: map[string]string{"Tamsin Lakhari": "PER", "Lakhari Weaving": "PER"},
		want:   map[string]string{"Tamsin Lakhari": Person, "Lakhari Weaving": Org},
	}, {
		name: "a founder named with a given name",
		text: []string{"Ada Kellow built her first boat in a garden shed.",
			"Orders at Kellow Marine have doubled this year."},
		tagged: map[string]string{"Ada Kellow": "PER", "Kellow Marine": "PER"},
		want:   map[string]string{"Ada Kellow": Person, "Kellow Marine": Org},
	}, {
		name: "two founders' surnames",
		text: []string{"After a nine-year absence, Hartwell Vasey is back on the catwalk.",
			"Jem Hartwell now breeds alpacas in Herefordshire, and Saul Vasey declined an invitation to attend.",
			"Back at Hartwell Vasey, buyers were seen haggling over the kilts."},
		tagged: map[string]string{"Hartwell Vasey": "PER", "Jem Hartwell": "PER", "Saul Vasey": "PER", "Herefordshire": "LOC"},
		want:   map[string]string{"Hartwell Vasey": Org, "Jem Hartwell": Person, "Saul Vasey": Person},
	}, {
		name: "a person's context keeps the person",
		text: []string{"Tamsin Lakhari, who opened her first loom in 1961, is to retire.",
			"Lakhari Tennant, 45, her nephew, will take over."},
		tagged: map[string]string{"Tamsin Lakhari": "PER", "Lakhari Tennant": "PER"},
		want:   map[string]string{"Lakhari Tennant": Person},
	}, {
		name: "a given name first keeps the person",
		text: []string{"Corvane confirmed a bid from Stan Orrick Partners on Monday.",
			"Stan Orrick declined to say how much he would pay."},
		tagged: map[string]string{"Corvane": "ORG", "Stan Orrick Partners": "ORG", "Stan Orrick": "PER"},
		want:   map[string]string{"Stan Orrick": Person},
	}, {
		name: "a short name first is no firm's",
		text: []string{"Garrow Pell drew his first cartoon at the age of six.",
			"Decades later his Garrow Pell Media venture went bust."},
		tagged: map[string]string{"Garrow Pell": "PER", "Garrow Pell Media": "ORG"},
		want:   map[string]string{"Garrow Pell": Person},
	}})
}
