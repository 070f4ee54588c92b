package actor

import "testing"

// TestSignerShapes checks the sign-offs a letters page prints besides
// "Ada Kell, Corran": a couple signing together, a county after a point
// of the compass (spelt out, though the lexicon knows "North" as a given
// name, or abbreviated), initials written as one word or read one by
// one, a signer in capitals after "The" and a title or with words the
// lexicon does not know; and that lists of people stay people.
func TestSignerShapes(t *testing.T) {
	stubLexicon(t, nil, setOf(`renters usual`), setOf(`Ada Ivo Jo Dana North Nell`))
	tagged := map[string]string{
		"Ada Kell": "PER", "Ivo Kell": "PER", "Ada": "PER", "Corran": "PER", "North Velmoshire": "PER",
		"E. Velmo": "PER", "Tarrow": "PER", "W.": "PER", "ADA KELL": "LOC", "PELLO GRANTHAM": "LOC",
		"Jo Marsh": "PER", "North Tarrow": "PER", "Dana Marsh": "PER",
	}
	runKindRows(t, tagged, [][4]string{
		{"a county after a compass word", "Ada Kell, Corran, North Velmoshire", "North Velmoshire", Place},
		{"the town before it", "Ada Kell, Corran, North Velmoshire", "Corran", Place},
		{"a couple signing", "Ada and Ivo Kell, Corran", "Corran", Place},
		{"a couple's town and county", "Ada and Ivo Kell, Tarrow, North Velmoshire", "Tarrow", Place},
		{"an abbreviated county", "Ada Kell, Corran, E. Velmo.", "E. Velmo", Place},
		{"initials as one word", "Should I sell the flat now? J.K., Corran", "Corran", Place},
		{"caps signer after The and a title", "The Rev ADA KELL, Corran, E. Velmo.", "E. Velmo", Place},
		{"caps signer of unknown words", "PELLO GRANTHAM, Tarrow, E. Velmo.", "Pello Grantham", Person},
		{"its abbreviated county", "PELLO GRANTHAM, Tarrow, E. Velmo.", "E. Velmo", Place},
		{"a list of people stays people", "Ada Kell, Jo Marsh", "Jo Marsh", Person},
		{"a compass-named person in a list", "Jo Marsh, North Tarrow, Dana Marsh", "Dana Marsh", Person},
	})
	runNameRules(t, []nameRuleCase{{
		name: "an initial of a signer is no person", text: []string{"They kept my deposit. What can I do? R. W., Tarrow."},
		tagged: tagged, want: map[string]string{"Tarrow": Place}, absent: []string{"W."},
	}})
}

// TestPronounStop: the pronoun "I" ending a sentence, read with the next
// sentence's first word as a name ("I. But"), is no person; an initial
// opening a name is kept.
func TestPronounStop(t *testing.T) {
	stubLexicon(t, nil, setOf(`but other`), setOf(`Ada`))
	tagged := map[string]string{"I. But": "PER", "I. Other": "PER", "I. M. Kell": "PER"}
	runNameRules(t, []nameRuleCase{
		{name: "before but", text: []string{"The board wants profits, and so do I. But nobody is leaving."}, tagged: tagged, absent: []string{"I. But"}},
		{name: "before other", text: []string{"The dog is confused, and so am I. Other towns manage fine."}, tagged: tagged, absent: []string{"I. Other"}},
		{name: "an initial", text: []string{"The bridge was designed by I. M. Kell in 1961."}, tagged: tagged, want: map[string]string{"I. M. Kell": Person}},
	})
}
