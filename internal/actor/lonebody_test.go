package actor

import (
	"testing"

	"github.com/storyline/storyline/internal/nlp"
)

func TestLoneBody(t *testing.T) {
	fakeLexicon(t)
	tests := []struct {
		name  string
		paras []string
		tags  map[string]string
		first map[string]string // the tags of the first paragraph, when not tags
		actor string
		want  string
	}{
		{
			name: "club read as a given name, with a list neighbour and a qualified noun",
			paras: []string{
				"A tense game between Harwick and Tamsin ended level at the Dene.",
				"Tamsin pressed early and Tamsin scored twice from the edge of the Tamsin area.",
			},
			tags:  map[string]string{"Harwick": "ORG", "Tamsin": "PER", "Dene": "LOC"},
			actor: "Tamsin", want: Org,
		},
		{
			name: "the story names the person in full",
			paras: []string{
				"A tense game between Harwick and Tamsin Vale ended level.",
				"Tamsin pressed early and Tamsin scored twice from the edge of the Tamsin area.",
			},
			tags:  map[string]string{"Harwick": "ORG", "Tamsin Vale": "PER", "Tamsin": "PER"},
			actor: "Tamsin Vale", want: Person, // "Tamsin" joins her, no body
		},
		{
			name: "a place's cue alone is a person's whereabouts",
			paras: []string{
				"We believe in Orlan, she said.",
				"Orlan is great.",
			},
			tags:  map[string]string{"Orlan": "PER"},
			actor: "Orlan", want: Person,
		},
		{
			name: "the tagger's own organisation reading outweighs its person guesses",
			paras: []string{
				"The figures come from research by analysts Corvane.",
				"Sales will grow, Corvane said. Demand is strong, according to Corvane.",
			},
			tags:  map[string]string{"Corvane": "PER"},
			first: map[string]string{"Corvane": "ORG"},
			actor: "Corvane", want: Org,
		},
		{
			name: "an organisation reading before a possessive is no such reading",
			paras: []string{
				"Fans marked Corvane's birthday in Blackpool.",
				"Corvane sang to packed halls. Corvane recorded the song in 1956.",
			},
			tags:  map[string]string{"Corvane": "PER"},
			first: map[string]string{"Corvane": "ORG"},
			actor: "Corvane", want: Person,
		},
		{
			name: "a title makes a person whatever the cues",
			paras: []string{
				"Mr Tamsin met Harwick and Tamsin at the Tamsin office.",
				"Tamsin said little.",
			},
			tags:  map[string]string{"Harwick": "ORG", "Tamsin": "PER"},
			actor: "Tamsin", want: Person,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ner, first := fakeNER(tt.tags), fakeNER(tt.first)
			got := ExtractWith(paras(tt.paras...), func(text string) []nlp.Entity {
				if tt.first != nil && text == tt.paras[0] {
					return first(text)
				}
				return ner(text)
			})
			a := find(got, tt.actor)
			if a == nil || a.Kind != tt.want {
				t.Errorf("%s: want %s, got %s", tt.actor, tt.want, summary(got))
			}
			if a := find(got, "Tamsin"); tt.actor != "Tamsin" && tt.want == Person && a != nil && a.Kind != Person {
				t.Errorf("Tamsin read as %s: %s", a.Kind, summary(got))
			}
		})
	}
}
