package actor

import "testing"

// TestMorePart: parts named by a verb of playing and an indefinite
// description, a character noun, "the stage as" or a possessive before a
// royal title are no people; real people in the same shapes stay.
func TestMorePart(t *testing.T) {
	runNameRules(t, []nameRuleCase{
		{name: "plays a police rank and a description", text: []string{"Jem Oakes plays DS Nell Garrow, a detective who has moved back to look after her mother."},
			tagged: map[string]string{"Jem Oakes": "PER", "Nell Garrow": "PER"},
			want:   map[string]string{"Jem Oakes": Person, "Nell Garrow": Other}},
		{name: "plays a full name and a description", text: []string{"Jem Oakes plays Nell Garrow, a widow who runs the village shop."},
			tagged: map[string]string{"Jem Oakes": "PER", "Nell Garrow": "PER"},
			want:   map[string]string{"Nell Garrow": Other}},
		{name: "no verb of playing", text: []string{"Jem Oakes met Nell Garrow, a widow who runs the village shop."},
			tagged: map[string]string{"Jem Oakes": "PER", "Nell Garrow": "PER"},
			want:   map[string]string{"Nell Garrow": Person}},
		{name: "the character has been", text: []string{"But the breakout character has been Mrs Tandy, the farm bookkeeper."},
			tagged: map[string]string{"Tandy": "PER"},
			want:   map[string]string{"Mrs Tandy": Other}},
		{name: "a character called", text: []string{"The novel has a character called Ivo Marsh who never speaks."},
			tagged: map[string]string{"Ivo Marsh": "PER"},
			want:   map[string]string{"Ivo Marsh": Other}},
		{name: "back to the stage as", text: []string{"Tom Pryce will return to the stage as King Ivor for the first time in 20 years."},
			tagged: map[string]string{"Tom Pryce": "PER", "King Ivor": "PER"},
			want:   map[string]string{"Tom Pryce": Person, "King Ivor": Other}},
		{name: "a possessive before a royal title", text: []string{"It is directed by Ada Kell, whose stripped-back Queen Maud toured the country last year."},
			tagged: map[string]string{"Ada Kell": "PER", "Queen Maud": "PER"},
			want:   map[string]string{"Ada Kell": Person, "Queen Maud": Other}},
		{name: "a real queen", text: []string{"Queen Maud toured the country last year."},
			tagged: map[string]string{"Queen Maud": "PER"},
			want:   map[string]string{"Queen Maud": Person}},
	})
}
