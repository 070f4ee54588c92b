package actor

import "testing"

// TestOthersIts checks that "its" later in the sentence of a name shaped
// like a person's, which the tagger read as a person's, counts for a
// body only when the name is the clause's subject with no other noun
// phrase between them, and that a possessive business noun opening an
// apposition describes the person's place in the body.
func TestOthersIts(t *testing.T) {
	stubLexicon(t, nil, setOf(`boat frame`), setOf(`Ada Ivo Tobin`))
	tagged := map[string]string{"Quenby Town Football Club": "ORG", "Marisol Tregear": "PER", "Tregear": "PER",
		"Ada Kell": "PER", "Ivo Marsh": "PER", "Velmo Foods": "ORG", "Tobin Ashgrove": "PER", "Corvane Ferries": "ORG",
		"Velmo": "ORG", "Tarrow Girl": "MISC", "Stainmoor Hall": "LOC", "Ysolde Carrack": "PER"}
	runKindRows(t, tagged, [][4]string{
		{"object of a verb", "In other news, Quenby Town Football Club has appointed Marisol Tregear as its first female manager. Tregear, 38, coached the youth side.", "Marisol Tregear", Person},
		{"after a preposition", "I am hooked on the drama, and particularly on Ivo Marsh as its exhausted head chef.", "Ivo Marsh", Person},
		{"another noun phrase between", "Ada Kell said the boat was the most complete of its kind.", "Ada Kell", Person},
		{"a portrait's painter", "The Tarrow Girl, by the portraitist Ivo Marsh, was cut from its frame at Stainmoor Hall.", "Ivo Marsh", Person},
		{"named as its chief", "Velmo Foods has named Ysolde Carrack as its next chief executive.", "Ysolde Carrack", Person},
		{"the subject keeps the firm", "Tobin Ashgrove said its profits had doubled.", "Tobin Ashgrove", Org},
		{"after a verb of saying", "The regulator said Tobin Ashgrove would have to restate its accounts.", "Tobin Ashgrove", Org},
		{"a second verb speaks of the object", "The council will close Tobin Ashgrove and move its pupils.", "Tobin Ashgrove", Org},
		{"role in apposition after a business possessive", "The ferry was named on Friday, when Ada Kell, the operator's longest-serving stewardess, broke a bottle across the bow.", "Ada Kell", Person},
		{"role of the group", "Ysolde Carrack, the group's director of planning, will step up.", "Ysolde Carrack", Person},
	})
}

// TestClauseSubject checks where a name opens its clause.
func TestClauseSubject(t *testing.T) {
	for _, tt := range []struct {
		text, name string
		want       bool
	}{
		{"Ada Kell said its profits rose.", "Ada", true},
		{"The regulator said Ada Kell would pay.", "Ada", true},
		{"US mortgage company Ada Kell should pay.", "Ada", true},
		{"The club has appointed Ada Kell as manager.", "Ada", false},
		{"It was sued by Ada Kell last year.", "Ada", false},
		{"The deflection came off Ada Kell on the line.", "Ada", false},
		{"She said it after naming Ada Kell to the board.", "Ada", false},
	} {
		toks := appendTokens(nil, tt.text, nil)
		s := -1
		for i, tk := range toks {
			if tk.text == tt.name {
				s = i
				break
			}
		}
		if got := clauseSubject(toks, s); got != tt.want {
			t.Errorf("clauseSubject(%q at %q) = %v, want %v", tt.text, tt.name, got, tt.want)
		}
	}
}
