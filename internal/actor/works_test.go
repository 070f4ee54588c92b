package actor

import "testing"

// The stories are invented: the works, characters, firms and people do
// not exist.
func TestWorksAndRoleBodies(t *testing.T) {
	tests := []kindCase{
		{
			name: "titles after a work noun",
			paras: []string{
				"The streaming documentary Copper Queen became a hit, and the novel Winter Lanterns sold a million copies.",
				"Her BBC sitcom Lola Grey returns in May.",
			},
			tagged: map[string]string{"Copper Queen": "PER", "Winter Lanterns": "PER", "Lola Grey": "PER", "BBC": "ORG"},
			kinds:  map[string]string{"Copper Queen": Other, "Winter Lanterns": Other, "Lola Grey": Other, "BBC": Org},
		},
		{
			name: "a part in a work and its credits",
			paras: []string{
				"Anna Feld won praise for her role in Copper Queen, and Dov Arlen is starring in Lantern Hill.",
				"Quiet Summer, starring Mina Kove, opens in May. Her part in Bram Tolley's Night Road was small.",
			},
			tagged: map[string]string{"Anna Feld": "PER", "Copper Queen": "ORG", "Dov Arlen": "PER", "Lantern Hill": "LOC", "Quiet Summer": "ORG", "Mina Kove": "PER", "Bram Tolley": "PER", "Night Road": "ORG"},
			kinds:  map[string]string{"Copper Queen": Other, "Lantern Hill": Other, "Quiet Summer": Other, "Mina Kove": Person, "Bram Tolley": Person},
		},
		{
			name: "a title before 'of the' names a work or a team, not a person",
			paras: []string{
				"The effects recall those of Lord of the Marshes, and Queen of the Dunes lost 2-0 at home.",
				"Lord Ashby of Hale said the bill was flawed.",
			},
			tagged: map[string]string{"Lord of the Marshes": "PER", "Queen of the Dunes": "PER", "Lord Ashby of Hale": "PER"},
			kinds:  map[string]string{"Lord of the Marshes": Other, "Queen of the Dunes": Org, "Lord Ashby": Person},
		},
		{
			name: "a character played by someone",
			paras: []string{
				"First in line is Tobin Marsh, her old rival, played by Ravi Castell. He is ruthless.",
			},
			tagged: map[string]string{"Tobin Marsh": "PER", "Ravi Castell": "PER"},
			kinds:  map[string]string{"Tobin Marsh": Other, "Ravi Castell": Person},
		},
		{
			name: "verbs and relative clauses after such nouns are no titles",
			paras: []string{
				"Garza will play Ilse Brandt in the final on Sunday.",
				"It is one of the shows Marian Oddy left the network to present.",
				"At the end of the game Teodor Vasko scored again.",
			},
			tagged: map[string]string{"Ilse Brandt": "PER", "Marian Oddy": "PER", "Teodor Vasko": "PER", "Garza": "PER"},
			kinds:  map[string]string{"Ilse Brandt": Person, "Marian Oddy": Person, "Teodor Vasko": Person},
		},
		{
			name: "a body named before a role",
			paras: []string{
				"The former Sunny Pockets and Kidz TV presenter, who is 60, posted the picture.",
				"Crane Partners investment director said the shares were cheap.",
				"Former Sunny Pockets presenter Ola Bright joined her.",
			},
			tagged: map[string]string{"Sunny Pockets": "PER", "Kidz TV": "ORG", "Crane Partners": "PER", "Ola Bright": "PER"},
			kinds:  map[string]string{"Sunny Pockets": Org, "Crane Partners": Org, "Ola Bright": Person},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkKindCase(t, tc) })
	}
}

func TestQualifiesRole(t *testing.T) {
	tests := []struct {
		text string
		at   int // token index after the name
		want bool
	}{
		{"Crane Partners investment director said", 2, true},
		{"the Sunny Pockets and Kidz TV presenter , who", 3, true},
		{"a Coldstream Guards officer", 3, true},
		{"Pellow and Harrier boss Jo Bell said", 1, false}, // the role belongs to Jo Bell
		{"Ada Kell and her husband", 2, false},
		{"Ada Kell said", 2, false},
		{"Ada Kell of the Treasury", 2, false},
	}
	for _, tc := range tests {
		toks := appendTokens(nil, tc.text, nil)
		if got := qualifiesRole(toks, tc.at); got != tc.want {
			t.Errorf("qualifiesRole(%q, %d) = %v, want %v", tc.text, tc.at, got, tc.want)
		}
	}
}
