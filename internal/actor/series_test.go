package actor

import "testing"

// TestSeriesNames checks that a name between a possessive determiner and
// a series noun is the series, kind other, even with a title read apart,
// while a name used elsewhere stays a person.
func TestSeriesNames(t *testing.T) {
	fakeLexicon(t)
	tagged := map[string]string{"Maud Tarrow": "PER", "Drake": "PER", "Ivo Marsh": "PER", "Captain Holloway": "LOC"}
	runKindRows(t, tagged, [][4]string{
		{"a title and a series noun", "Novelist Maud Tarrow wrote all 14 of her Inspector Drake books at its kitchen table.", "Drake", Other},
		{"a full name and a series noun", "He reread all of his Ivo Marsh novels on holiday.", "Ivo Marsh", Other},
		{"one work of a titled series", "Shares rose after the latest Captain Holloway adventure took £14m in its first weekend.", "Holloway", Other},
		{"a writer's novel", "She was reading a new Ivo Marsh novel on the train.", "Ivo Marsh", Person},
		{"the author elsewhere", "Ivo Marsh, 61, said his books sold well on holiday.", "Ivo Marsh", Person},
	})
}

// TestSeriesCharacterElsewhere: a titled name found to be a series'
// character ("the latest Captain Holloway adventure") is that character
// at its other mentions too, its title read as a role or not.
func TestSeriesCharacterElsewhere(t *testing.T) {
	runNameRules(t, []nameRuleCase{
		{name: "a caption", tagged: map[string]string{"Captain Holloway": "LOC", "Picturedrome": "ORG"},
			text: []string{"Picturedrome climbed 5 per cent after the latest Captain Holloway adventure took £14m.", "Captain Holloway returns: the film took £14m in its first weekend"},
			want: map[string]string{"Holloway": Other}},
	})
}
