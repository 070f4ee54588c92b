package actor

import "testing"

// TestPerformedPart: praise before "as", a verb of playing in a
// paragraph of the screen or the stage, or a description of the part in
// apposition make the name a part; the part's first or last word alone
// is that part too. Sport, a real family and an actor before "as" (a
// biopic's real person) stay people.
func TestPerformedPart(t *testing.T) {
	runNameRules(t, []nameRuleCase{
		{name: "praise before as", text: []string{"At the Lyric, Tamsin Vell is superb as Martha, a ferryman's daughter who will not marry."},
			want: map[string]string{"Tamsin Vell": Person, "Martha": Other}},
		{name: "praise and a possessive description", text: []string{"Oren Clay was hilarious as Mabel's brother Crispin, who keeps losing the ring."},
			want: map[string]string{"Oren Clay": Person, "Crispin": Other}},
		{name: "playing in a screen paragraph", text: []string{"As a girl glued to the TV on Saturday nights, my best game was playing Clara Stroud, fighting off my cousins."},
			want: map[string]string{"Clara Stroud": Other}},
		{name: "the part's surname alone", text: []string{"Nell Corrigan has signed for a new film and will play Edna Maybury, a retired detective on a cruise.", "Maybury, I hear, spends most of the film in a deckchair."},
			want: map[string]string{"Nell Corrigan": Person, "Edna Maybury": Other}, absent: []string{"Maybury"}},
		{name: "a courtesy title after performing", text: []string{"In the television series she was performing Mrs Gantry, the landlady.", "Mrs Gantry taught a generation to stand up for themselves."},
			want: map[string]string{"Mrs Gantry": Other}},
		{name: "description in apposition", text: []string{"Ruth Oyelowo plays the vet, Dr Hester Quill, with brisk impatience."},
			want: map[string]string{"Ruth Oyelowo": Person, "Dr Hester Quill": Other}},
		{name: "given name alone described", text: []string{"She will play Winifred, a widow who takes in a stranded sailor."},
			want: map[string]string{"Winifred": Other}},
		{name: "sport keeps the opponent", text: []string{"The British number one will play Tomas Verhoef in the final after the television schedule was changed."},
			want: map[string]string{"Tomas Verhoef": Person}},
		{name: "an actor before as names a real person", text: []string{"The biopic, starring Idris Marlow as the famed explorer Walter Pennick, opens in May."},
			want: map[string]string{"Walter Pennick": Person}},
		{name: "a title opens the paragraph", text: []string{"Aunt Bunty, as ever, was superb."},
			want: map[string]string{}},
		{name: "a link word is no description", text: []string{"The keeper was signed from Celta Vigo as back-up to Anders Lund, the first choice."},
			want: map[string]string{"Anders Lund": Person}},
	})
}
