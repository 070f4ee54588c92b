package reader

import (
	"strings"
	"testing"

	glamouransi "charm.land/glamour/v2/ansi"
	gstyles "charm.land/glamour/v2/styles"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/storyline/storyline/tui/styles"
)

func TestMarkdownRendersLiterally(t *testing.T) {
	tests := []string{
		"# not a heading",
		"1. not a list",
		"- not a list either",
		"*not emphasis* and _neither_ and `no code`",
		"[not](a link) <b>no html</b> | no | table |",
		`back\slash and a > quote`,
		"> not a block quote",
	}
	style := gstyles.ASCIIStyleConfig
	zero := uint(0)
	style.Document.Margin = &zero
	for _, in := range tests {
		t.Run(in, func(t *testing.T) {
			out, err := renderGlamour(style, 200, []string{in}, []bool{false}, nil)
			if err != nil {
				t.Fatal(err)
			}
			got := strings.TrimSpace(ansi.Strip(strings.Join(out[0], "\n")))
			if got != in {
				t.Errorf("rendered %q as %q", in, got)
			}
		})
	}
}

func TestTermsHighlighted(t *testing.T) {
	re := termsRegexp([]string{"levy", "bridge"})
	got := markdown("The Levy on the bridge, not bridges.", re)
	want := `The **Levy** on the **bridge**, not bridges\.`
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if termsRegexp(nil) != nil || termsRegexp([]string{" "}) != nil {
		t.Error("empty terms gave a regexp")
	}
	if !termsRegexp([]string{"a.b"}).MatchString("x a.b y") || termsRegexp([]string{"a.b"}).MatchString("axb") {
		t.Error("terms are not quoted")
	}
}

func TestTidy(t *testing.T) {
	got := tidy("\n  \x1b[1mword\x1b[0m   \x1b[38;5;252m \x1b[0m\nsecond  \n\n", 40)
	if len(got) != 2 || ansi.Strip(got[0]) != "  word" || got[1] != "second" {
		t.Errorf("tidy = %q", got)
	}
}

func TestLongWordsWrapped(t *testing.T) {
	long := "see https://example.com/" + strings.Repeat("x", 50) + " end"
	out, err := renderGlamour(gstyles.ASCIIStyleConfig, 30, []string{long}, []bool{false}, nil)
	if err != nil {
		t.Fatal(err)
	}
	joined := ""
	for _, l := range out[0] {
		if w := ansi.StringWidth(l); w > 30 {
			t.Errorf("line %q is %d wide", l, w)
		}
		joined += strings.TrimSpace(ansi.Strip(l))
	}
	if !strings.Contains(joined, strings.Repeat("x", 50)) || !strings.HasSuffix(joined, "end") {
		t.Errorf("text lost: %q", joined)
	}
}

// The plain fallback breaks lines at spaces only: a dash between spaces
// or a hyphenated word is never left alone or cut at the line's end.
func TestPlainWrapsAtSpaces(t *testing.T) {
	text := "We have lost one important game this week - at Newcastle - and we are out, but a defeat in a first-leg tie is not a real defeat."
	for width := 12; width <= 60; width++ {
		lines := renderPlain(text, width, nil, lipgloss.NewStyle(), lipgloss.NewStyle())
		words := []string{}
		for _, l := range lines {
			if w := ansi.StringWidth(l); w > width {
				t.Errorf("width %d: line %q is %d wide", width, l, w)
			}
			plain := strings.TrimSpace(ansi.Strip(l))
			if plain == "-" || strings.HasSuffix(plain, "-") && !strings.HasSuffix(plain, " -") {
				t.Errorf("width %d: line %q ends at or is a bare hyphen", width, plain)
			}
			words = append(words, strings.Fields(plain)...)
		}
		if got := strings.Join(words, " "); got != text {
			t.Errorf("width %d: text became %q", width, got)
		}
	}
}

// TestSpacedHyphenNeverAlone: a hyphen used as a dash between spaces is
// never drawn alone on a line or at a line's start, at any width, and the
// words are all kept.
func TestSpacedHyphenNeverAlone(t *testing.T) {
	text := `The ferry operator said on Tuesday that it had cancelled two sailings this week - on Monday and again on Wednesday - and that passengers holding tickets would be offered a refund or a seat on the next crossing.`
	for _, style := range []glamouransi.StyleConfig{gstyles.ASCIIStyleConfig, styles.New(styles.Theme{}).Glamour()} {
		for w := 20; w <= 100; w++ {
			out, err := renderGlamour(style, w, []string{text}, []bool{false}, nil)
			if err != nil {
				t.Fatal(err)
			}
			var words []string
			for _, l := range out[0] {
				p := strings.TrimSpace(ansi.Strip(l))
				if p == "-" || p == "–" || strings.HasPrefix(p, "- ") || strings.HasPrefix(p, "–") {
					t.Errorf("width %d: line %q", w, ansi.Strip(l))
				}
				words = append(words, strings.Fields(p)...)
			}
			if got := strings.Join(words, " "); got != strings.ReplaceAll(text, " - ", " – ") {
				t.Errorf("width %d: text changed to %q", w, got)
			}
		}
	}
}
