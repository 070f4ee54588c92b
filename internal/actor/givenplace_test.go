package actor

import "testing"

// TestGivenNameAsPlace checks that a lone given name the tagger read as a
// place is a person when nothing in its context speaks of a place, a
// body or a thing, and stays what it was after a preposition of place,
// an article, "as" and a part's description, "entitled", a capitalised
// word and "of", or before a noun it qualifies in a noun phrase.
func TestGivenNameAsPlace(t *testing.T) {
	stubLexicon(t, nil, setOf(`sheep fought`), setOf(`Alec Lionel Brenda Jacob Sam Percy Kezia`))
	tagged := map[string]string{"Alec": "LOC", "Lionel": "LOC", "Brenda": "LOC", "Jacob": "LOC", "Sam": "LOC",
		"Percy": "LOC", "Kezia": "LOC", "Georgina Quill": "PER", "Priyanka Vell": "PER", "Tarrow": "LOC", "Wendover Hall": "LOC",
		"Velma Quist": "PER", "Summer": "MISC", "Ada Kell": "PER"}
	runKindRows(t, tagged, [][4]string{
		{"after a verb", "By the time Alec stood up, two of the guests were asleep.", "Alec", Person},
		{"in a quote", "'Lionel fought in Tarrow and ran a farm for 50 years,' Georgina Quill said.", "Lionel", Person},
		{"a place preposition", "Velma Quist has a cottage in rural Kezia.", "Kezia", Place},
		{"after an article", "The Kezia failed to finish four of the six races.", "Kezia", Place},
		{"a part after as", "Priyanka Vell is very funny as the chambermaid Brenda, but the farce is slow.", "Brenda", Place},
		{"qualifying a noun", "The wool comes from the family's flock of Jacob sheep at Wendover Hall.", "Jacob", Place},
		{"entitled", "One of his best known paintings is entitled Mr and Mrs Kell and Percy.", "Percy", Place},
		{"a title with of", "His films include Summer of Sam and others.", "Sam", Place},
	})
}

// TestSaysAsKnown checks that a speaker "as she is known" after a quote
// is what the person named just before is called.
func TestSaysAsKnown(t *testing.T) {
	text := []string{"Lady Pellow is sending the family silver to auction next month.",
		"The widow, 68, tells me the roof needs mending. 'It is the candlesticks or the ceilings,' says Tibby, as she is known to friends."}
	got := ExtractWith(paras(text...), fakeNER(map[string]string{"Pellow": "PER", "Tibby": "PER"}))
	a := mustPerson(t, got, "Lady Pellow")
	if !has(a.Aliases, "Tibby") {
		t.Errorf("Tibby not an alias of Lady Pellow: %s", summary(got))
	}
}
