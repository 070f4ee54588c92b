package thread

import "testing"

// TestLabelLateName checks, on invented news-brief items, that a name
// met in passing after the lead (a councillor or a doctor quoted) stays
// out of the label of a matter that its terms name, while a name the
// thread keeps coming back to stays in.
func TestLabelLateName(t *testing.T) {
	runLabelCases(t, []labelCase{
		{"councillor quoted on a rise", []string{
			"Parking charges in the town's car parks are to rise by a third from April, the cabinet has agreed.",
			"An hour's parking will cost more, and season tickets for commuters will rise too.",
			"Cabinet member Cllr Petra Lindqvist said the rise would close a gap in the parking budget.",
		}, []string{"The leisure centre pool will reopen next week after repairs."}, "parking charges", "Lindqvist"},
		{"doctor quoted on a jab", []string{
			"Fewer than half of over-70s have had the winter flu jab so far, health officials say.",
			"Dr Anselm Greaves-Toft, a GP in the town, urged older people not to wait for the flu jab.",
		}, []string{"A sinkhole has closed the high street."}, "flu jab", "Greaves-Toft"},
		{"name the thread comes back to", []string{
			"The hedge at the end of the lane has grown taller than the house.",
			"Marigold Penhallow, who planted it, says she likes the privacy.",
			"Neighbours asked Penhallow to trim the hedge, and Penhallow refused.",
		}, nil, "Penhallow", ""},
	})
}

// TestLabelSource checks, on invented items, the source rule: a person
// brought in after the lead to speak on the matter stays out of the
// label though quoted in two paragraphs, while an acronym that speaks and
// a speaker the thread keeps coming back to stay in it.
func TestLabelSource(t *testing.T) {
	others := []string{"The bypass will open to traffic in June."}
	runLabelCases(t, []labelCase{
		{"resident quoted twice", []string{
			"The village library is to close next spring to save money.",
			"The library opens three days a week and lends about four thousand books a year.",
			"Orla Pendergast, who has used the library for forty years, said the village would lose its heart.",
			"More than six hundred people have signed a petition, Orla Pendergast added.",
		}, others, "library", "Pendergast"},
		{"speaker after a title", []string{
			"Leaks from old water pipes must be cut by a fifth within two years, the regulator has ruled.",
			"Dr Ines Falkenrath, an engineer, said the pipes were older than anyone admitted.",
			"Some of the pipes were laid before the war, Dr Falkenrath said, and few maps of them survive.",
		}, others, "pipes", "Falkenrath"},
		{"acronym that speaks", []string{
			"The number of people out of work rose by twelve thousand in the spring.",
			"The jobless rate is now the highest for three years, the NSRB said.",
			"Young people were hardest hit, the NSRB added.",
		}, others, "NSRB", ""},
		{"speaker the thread keeps coming back to", []string{
			"A row over a hedge at the end of the lane has gone to court.",
			"Marigold Penhallow said she planted the hedge for privacy.",
			"Neighbours asked Marigold Penhallow to trim it, and she refused.",
			"Marigold Penhallow said she would rather pay the fine.",
			"The court will hear from Marigold Penhallow next week.",
		}, others, "Penhallow", ""},
	})
}

// TestSpeaks checks which uses of a name make it a speaker for the
// source rule.
func TestSpeaks(t *testing.T) {
	cases := []struct {
		text, name string
		want       bool
	}{
		{"The plan was dropped, Tamsin Oakes said.", "Tamsin Oakes", true},
		{"The plan was dropped, said Tamsin Oakes.", "Tamsin Oakes", true},
		{"Tamsin Oakes says the plan was dropped.", "Tamsin Oakes", true},
		{"The plan was dropped, according to Dr Oakes.", "Oakes", true},
		{"Tamsin Oakes dropped the plan.", "Tamsin Oakes", false},
		{"The plan was dropped. Tamsin Oakes left the room.", "Tamsin Oakes", false},
		{"He said Tamsin Oakes left the room.", "Tamsin Oakes", true},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			in := getInterner()
			defer putInterner(in)
			toks := tokenizeWith(in, []string{c.text, c.name})
			lb := &labeler{buf: toks[0]}
			got := lb.speaks(&cand{words: toks[1]})
			if got != c.want {
				t.Errorf("speaks(%q in %q) = %v, want %v", c.name, c.text, got, c.want)
			}
		})
	}
}
