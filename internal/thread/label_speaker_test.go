package thread

import "testing"

// TestInAttribution checks, on invented leads, which names the speaker
// rule reads as standing in an attribution: after "whose" or "according
// to" anywhere, after "said" or "told" only when punctuation comes
// before it.
func TestInAttribution(t *testing.T) {
	for _, c := range []struct {
		lead string
		name string // the word looked at
		want bool
	}{
		{"Harlow Foods fell after a warning, said Priya Vanstone of Beckett Securities.", "Priya", true},
		{"Harlow Foods fell after a warning, said Priya Vanstone of Beckett Securities.", "Beckett", true},
		{"Harlow Foods fell after a warning, whose analyst Priya Vanstone called it a shock.", "Priya", true},
		{"Rents rose 2 per cent according to letting agent Harrow Pike.", "Harrow", true},
		{"A PR expert has told the Michael Jackson trial the film was a disaster.", "Michael", false},
		{"Jose Reyes has added to speculation about a move to Real Madrid.", "Real", false},
		{"Harlow Foods fell, said Priya Vanstone. Beckett Securities cut its target.", "Beckett", false},
	} {
		in := getInterner()
		ws := tokenize(c.lead, in)
		putInterner(in)
		pos := -1
		for i, w := range ws {
			if w.surface == c.name {
				pos = i
				break
			}
		}
		if got := inAttribution(ws, pos); got != c.want {
			t.Errorf("%q, %s: got %v, want %v", c.lead, c.name, got, c.want)
		}
	}
}

// TestLabelSpeaker checks, on invented threads, that the firm that opens
// the lead keeps the name slot when the best-scoring name is the
// analyst quoted in an attribution of the lead, however much more
// distinctive the analyst is (the firm is named in other threads too).
func TestLabelSpeaker(t *testing.T) {
	others := []string{
		"Harlow Foods also said its chairman would retire.",
		"Harlow Foods was among the fallers on the Dowling 250 index.",
		"Elsewhere, Quayle Mining rose after a drilling update from Harlow Foods rival Dunmore.",
	}
	runLabelCases(t, []labelCase{
		{"said X of Y", []string{
			"Harlow Foods shares fell 6 per cent after the grocer cut its outlook, said Priya Vanstone of Beckett Securities.",
			"Vanstone said the warning was a surprise. Vanstone added that margins were under pressure.",
		}, others, "Harlow Foods", "Vanstone"},
		{"whose analyst", []string{
			"Harlow Foods shares fell 6 per cent after a profit warning, whose analyst Priya Vanstone called a shock.",
			"Vanstone said margins were under pressure. Vanstone cut her target.",
		}, others, "Harlow Foods", "Vanstone"},
		{"the lead alone", []string{
			"Harlow Foods shares fell 6 per cent after the grocer cut its outlook, said Priya Vanstone of Beckett Securities.",
		}, others, "Harlow Foods", "Beckett"},
	})
}
