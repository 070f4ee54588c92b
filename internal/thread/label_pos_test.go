package thread

import "testing"

func TestPOSLexicon(t *testing.T) {
	for _, tc := range []struct {
		word string
		noun bool
	}{
		{"profit", true}, {"warning", true}, {"takeover", true}, {"shed", false}, {"lengthy", false}, {"seeking", false},
	} {
		c, ok := posOf(tc.word)
		if !ok {
			t.Errorf("%q: not in the lexicon", tc.word)
			continue
		}
		if c.mostlyNoun() != tc.noun {
			t.Errorf("%q: mostlyNoun %v, want %v (%+v)", tc.word, !tc.noun, tc.noun, c)
		}
	}
	if _, ok := posOf("zzyzx"); ok {
		t.Error("zzyzx: in the lexicon")
	}
}

func TestParsePOS(t *testing.T) {
	m := parsePOS("# comment\nshed n1 v5\nsteep j2\n")
	if len(m) != 2 || m["shed"] != (posCounts{noun: 1, verb: 5}) || m["steep"] != (posCounts{adj: 2}) {
		t.Errorf("parsePOS: %+v", m)
	}
}

func TestNeverNoun(t *testing.T) {
	for _, tc := range []struct {
		surface string
		want    bool
	}{
		{"shed", true}, {"Steep", true}, {"warning", false}, {"zzyzx", false},
	} {
		var in interner
		if got := neverNoun(tokenize(tc.surface, &in)[0]); got != tc.want {
			t.Errorf("neverNoun(%q) = %v, want %v", tc.surface, got, tc.want)
		}
	}
}
