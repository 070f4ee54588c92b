package actor

import "testing"

// TestPartKin: the relative of a part named before in the sentence is a
// part too, and so is a name whom an actor then plays or turns into
// something; a real relative of an actor and a real person before "who"
// and a verb stay people.
func TestPartKin(t *testing.T) {
	runNameRules(t, []nameRuleCase{
		{name: "a part's wife", tagged: map[string]string{"Tom Vane": "PER", "Reginald Pouncey": "PER", "Dolores": "PER"},
			text: []string{"Tom Vane plays Reginald Pouncey, a hotel manager hiding three guests from one another and from his wife, Dolores."},
			want: map[string]string{"Dolores": Other, "Tom Vane": Person}},
		{name: "an actor's wife", tagged: map[string]string{"Tom Vane": "PER", "Dolores": "PER"},
			text: []string{"Tom Vane, who lives in Bath with his wife, Dolores, is back on stage."},
			want: map[string]string{"Dolores": Person, "Tom Vane": Person}},
		{name: "whom an actor turns into", tagged: map[string]string{"Mrs Pennyfold": "PER", "Maeve Donnan": "PER"},
			text: []string{"Her suspicions fall on the neighbour, Mrs Pennyfold, whom Maeve Donnan turns into a glorious monster of net curtains."},
			want: map[string]string{"Maeve Donnan": Person}, absent: []string{"Pennyfold"}},
		{name: "who and a person saying", tagged: map[string]string{"Ada Kell": "PER", "Ivo Marsh": "PER"},
			text: []string{"She thanked Ada Kell, who Ivo Marsh said was the best teacher in Tarrow."},
			want: map[string]string{"Ada Kell": Person, "Ivo Marsh": Person}},
	})
}

// TestSoapAs: in a story of a soap's episodes, a described name after
// "as" and an actor's name before it in the sentence is the part; in a
// story of no soap it stays a person.
func TestSoapAs(t *testing.T) {
	tagged := map[string]string{"Orla Kealy": "PER", "Bridget Vane": "PER"}
	text := "The Vanes arrive in the new year, with Orla Kealy heading the clan as hard-as-nails widow Bridget Vane."
	runNameRules(t, []nameRuleCase{
		{name: "a soap's story", tagged: tagged,
			text: []string{"All four soaps lost viewers last week, and the new storyline starts on Monday.", text},
			want: map[string]string{"Bridget Vane": Other, "Orla Kealy": Person}},
		{name: "no soap", tagged: tagged,
			text: []string{"The farm has been sold to a family from Leeds.", text},
			want: map[string]string{"Bridget Vane": Person}},
	})
}
