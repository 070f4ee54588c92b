package actor

import "testing"

// TestIntroducedAnimal: a one-word name opening the sentence after one
// that brings in an animal, or given to it by "she was called", is the
// animal; a child with an age, a person beside the animal and a place
// stay what they are.
func TestIntroducedAnimal(t *testing.T) {
	runNameRules(t, []nameRuleCase{
		{name: "the next paragraph", tagged: map[string]string{"Nigel": "PER"},
			text: []string{"A penguin who went missing from the zoo on Sunday was found two miles away.", "Nigel, who is three, had squeezed through a gap in a fence."},
			want: map[string]string{"Nigel": Other}},
		{name: "she was called", tagged: map[string]string{"Lady Velma": "PER"},
			text: []string{"I backed a horse on Boxing Day for the first time. She was called Lady Velma, and she came fourth."},
			want: map[string]string{"Lady Velma": Other}},
		{name: "a child with an age", tagged: map[string]string{"Sam": "PER"},
			text: []string{"The family's spaniel was found on the beach.", "Sam, 12, said he had never stopped looking."},
			want: map[string]string{"Sam": Person}},
		{name: "a person in the sentence before", tagged: map[string]string{"Nigel": "PER"},
			text: []string{"A boy and his dog were rescued from the river.", "Nigel said the water was freezing."},
			want: map[string]string{"Nigel": Person}},
		{name: "a person who is no animal", tagged: map[string]string{"Ivo": "PER"},
			text: []string{"The children fed the giraffes. 'Mia has decided she is going to be a giraffe. Ivo is sticking with fireman,' he wrote."},
			want: map[string]string{"Ivo": Person}},
		{name: "wags her tail", tagged: map[string]string{"Luna": "PER", "Ada Kell": "PER"},
			text: []string{"In a statement, Ada Kell said Luna had lost a leg after the operation. 'She still wags her tail at strangers,' she said."},
			want: map[string]string{"Luna": Other, "Ada Kell": Person}},
		{name: "a person's hair is no mane", tagged: map[string]string{"Mia": "PER"},
			text: []string{"Mia said the queue was long. She said the tail of it reached the car park."},
			want: map[string]string{"Mia": Person}},
		{name: "a place after an animal", tagged: map[string]string{"Tarrow": "LOC"},
			text: []string{"A seal was seen in the harbour on Monday.", "Tarrow has not had a visitor like it for years."},
			want: map[string]string{"Tarrow": Place}},
	})
}

// TestCreatureOfPlace: an animal named with a title and a place ("Sir
// Velmo of Hethersett, a Shire stallion,") is the animal when the story
// calls it by the name before the place, also as what its owner said.
func TestCreatureOfPlace(t *testing.T) {
	runNameRules(t, []nameRuleCase{
		{name: "the name before the place", tagged: map[string]string{"Sir Velmo of Hethersett": "PER", "Ada Kell": "PER", "Velmo": "PER"},
			text: []string{"Sir Velmo of Hethersett, a seven-year-old black Shire stallion, was crowned supreme champion on Saturday.",
				"His owner, Ada Kell, who breeds Shires near Swaffham, said Velmo had behaved like a perfect gentleman."},
			want: map[string]string{"Velmo": Other, "Ada Kell": Person}},
	})
}
