package thread

import (
	"slices"
	"strings"
	"testing"
)

func TestWordClass(t *testing.T) {
	tests := []struct {
		word string
		want uint16 // flags that must be set
		not  uint16 // flags that must not be
	}{
		{"purely", lexAdverb, lexNoun},
		{"especially", lexAdverb, 0},
		{"supply", 0, lexAdverb},
		{"electoral", lexAdjective, lexNoun},
		{"unsustainable", lexAdjective, 0},
		{"northern", lexAdjective, 0},
		{"inflation", lexNoun, lexAdjective | lexAdverb},
		{"agreement", lexNoun, 0},
		{"fire", 0, lexAdverb | lexAdjective | lexNoun},
		{"the", lexDet, lexVerbCue},
		{"would", lexVerbCue, lexDet},
		{"very", lexAdjCue, 0},
	}
	for _, tc := range tests {
		got := wordClass(tc.word)
		if got&tc.want != tc.want || got&tc.not != 0 {
			t.Errorf("wordClass(%q) = %b, want %b set and %b clear", tc.word, got, tc.want, tc.not)
		}
	}
}

func TestNounFactor(t *testing.T) {
	story := []string{
		"Crews fought the fire at the Denmoor plant. Nobody could forgive the delay, and the owners will forgive nothing.",
		"A fire inspector said the plant would reopen. The fire started in a store room.",
		"Managers were unsustainable in their hopes; the council was unsustainable too.",
	}
	in := new(interner)
	toks := tokenizeWith(in, story)
	var r roles
	r.learn(toks, in.size())
	factor := func(surface string) float64 {
		for _, ws := range toks {
			for _, w := range ws {
				if w.surface == surface {
					return r.nounFactor(w)
				}
			}
		}
		t.Fatalf("no word %q", surface)
		return 0
	}
	tests := []struct {
		word     string
		min, max float64
	}{
		{"fire", 1, 1},            // "the fire", "a fire": a noun
		{"forgive", 0, 0.5},       // after "could" and "will": a verb
		{"unsustainable", 0, 0.3}, // after "were" and "was", and its ending
		{"room", 1, 1},
	}
	for _, tc := range tests {
		if f := factor(tc.word); f < tc.min || f > tc.max {
			t.Errorf("nounFactor(%q) = %.2f, want in [%.2f, %.2f]", tc.word, f, tc.min, tc.max)
		}
	}
}

// TestLabelPrefersNouns: the thread's most distinctive lower-case words
// are a verb, an adverb and an adjective, each used more than the nouns;
// the label should still name the matter with a noun.
func TestLabelPrefersNouns(t *testing.T) {
	mine := []string{
		"Harwick councillors would not forgive the ferry operator, which they called purely cynical, for the closure of the crossing.",
		"Harwick councillors said they could never forgive the operator, and the timetable was purely cynical, they said.",
		"The crossing closure will cost Harwick traders, who say the decision was cynical and they will not forgive it.",
	}
	others := []string{"The weather stayed dry across the county on Sunday."}
	l := strings.ToLower(Label(mine, others, nil))
	for _, bad := range []string{"forgive", "purely", "cynical"} {
		if strings.Contains(l, bad) {
			t.Errorf("label %q contains %q", l, bad)
		}
	}
	if !strings.Contains(l, "harwick") {
		t.Errorf("label %q should name Harwick", l)
	}
}

func TestClippedNames(t *testing.T) {
	tests := []struct {
		text string
		word string // a one-word name in text
		want bool
	}{
		{"They spoke to the Prime Minister on Monday.", "Prime", true},
		{"The First Division club was sold.", "Division", true},
		{"Talks with Harbourline Capital stalled.", "Harbourline", false},
		{"He met Kaye in Denmoor on Monday.", "Denmoor", false},
	}
	for _, tc := range tests {
		ws := tokenizeAll([]string{tc.text})[0]
		promote(ws)
		i := slices.IndexFunc(ws, func(w word) bool { return w.surface == tc.word })
		if i < 0 {
			t.Fatalf("no %q in %q", tc.word, tc.text)
		}
		if got := clipped(ws, i, i+1); got != tc.want {
			t.Errorf("clipped(%q in %q) = %v, want %v", tc.word, tc.text, got, tc.want)
		}
	}
}

// TestLexiconKinds checks that the kinds the lexicon gives each word are
// those wordKind works out from its surface, for the words of the
// tokenizer's two paths (deferred look-ups and direct ones), short and
// long, ASCII and not.
func TestLexiconKinds(t *testing.T) {
	texts := []string{
		"The hardest long-term working plans were economic, similar and SMALLER than the popular singing king's.",
		"İstanbul’s ÉLYSÉE talks: Ærø's mayor said the off-limits like-for-like sales rose quickly.",
		"Counterrevolutionaries campaigned against antidisestablishmentarianism, metastatic and scientific.",
		"A Supercalifragilisticexpialidocioussupercalifragilisticexpialidociousword was reported.",
	}
	for _, text := range texts {
		for _, w := range tokenizeAll([]string{text})[0] {
			if got, want := w.kind, wordKind(w.surface); got != want {
				t.Errorf("%q: lexicon kind %b, wordKind %b", w.surface, got, want)
			}
		}
		tk := tokenizer{text: text}
		var w word
		for tk.next(&w) {
			if got, want := w.kind, wordKind(w.surface); got != want {
				t.Errorf("%q (direct): lexicon kind %b, wordKind %b", w.surface, got, want)
			}
		}
	}
}

// TestLexiconIdioms checks that the lexicon marks exactly the words
// idioms holds, in any case.
func TestLexiconIdioms(t *testing.T) {
	text := "Row rows FIRE fired charge Charges bottom rest Resting hats hat weight track Trouble troubles the in"
	for _, w := range tokenizeAll([]string{text})[0] {
		_, want := idioms[strings.ToLower(w.surface)]
		if got := w.lex&lexIdiom != 0; got != want {
			t.Errorf("%q: lexIdiom %v, want %v", w.surface, got, want)
		}
	}
}
