package actor

import "testing"

// TestMediumShow: a name of two words or more after "TV's" or "radio's",
// with no given name first, is a programme; a person so introduced
// ("TV's Ada Kell") stays a person, and a broadcaster's possessive
// ("the BBC's Ossory Velby") is no medium's.
func TestMediumShow(t *testing.T) {
	stubLexicon(t, nil, nil, setOf(`Ada`))
	runNameRules(t, []nameRuleCase{
		{name: "a show after TV's", text: []string{"A sixth-former from Tarrow has become the youngest winner of TV's Pastry Lords."},
			tagged: map[string]string{"Tarrow": "LOC", "Pastry Lords": "PER"}, want: map[string]string{"Pastry Lords": Other}},
		{name: "a show after radio's", text: []string{"She spent ten years presenting radio's Quiet Acre before retiring."},
			tagged: map[string]string{"Quiet Acre": "PER"}, want: map[string]string{"Quiet Acre": Other}},
		{name: "a presenter after TV's", text: []string{"TV's Ada Kell opened the fete on Saturday."},
			tagged: map[string]string{"Ada Kell": "PER"}, want: map[string]string{"Ada Kell": Person}},
		{name: "a broadcaster's reporter", text: []string{"The BBC's Ossory Velby reported from the scene."},
			tagged: map[string]string{"BBC": "ORG", "Ossory Velby": "PER"}, want: map[string]string{"Ossory Velby": Person}},
	})
}
