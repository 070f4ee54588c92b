package reader

import (
	"strings"
	"testing"
	"time"

	"github.com/storyline/storyline/internal/archive"
	"github.com/storyline/storyline/tui/common"
	"github.com/storyline/storyline/tui/keys"
	"github.com/storyline/storyline/tui/styles"
)

// The header's meta line says how many versions of the report there are.
func TestMetaLine(t *testing.T) {
	day := time.Date(2026, 11, 6, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		s    archive.Story
		want string
	}{
		{"date and source", archive.Story{Published: &day, Source: "The Courier"}, "2026-11-06 · The Courier"},
		{"versions", archive.Story{Source: "The Courier", Versions: []string{"b", "c"}}, "The Courier · 3 versions"},
		{"nothing", archive.Story{}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := New(&common.Common{Keys: keys.Default(), Styles: styles.New(styles.Theme{NoColor: true})})
			tt.s.ID, tt.s.Title = "a", "Bridge toll to rise"
			m.SetStory(&tt.s, "", nil)
			if m.meta != tt.want {
				t.Errorf("meta %q, want %q", m.meta, tt.want)
			}
		})
	}
}

// The status bar's hints name only the keys that do something for the
// story shown.
func TestShortHelpFitsStory(t *testing.T) {
	arc := "arc-1"
	one := []archive.Thread{{ID: "a#1", Paragraphs: []int{0}}}
	two := []archive.Thread{{ID: "a#1", Paragraphs: []int{0}}, {ID: "a#2", Paragraphs: []int{1}}}
	inArc := []archive.Thread{{ID: "a#1", Paragraphs: []int{0, 1}, Arc: &arc}}
	tests := []struct {
		name    string
		threads []archive.Thread
		url     string
		terms   []string
		want    string
	}{
		{"one thread, nothing else", one, "", nil, "j/↓ /"},
		{"two threads", two, "", nil, "t f"},
		{"search hit", one, "", []string{"levy"}, "n j/↓ /"},
		{"storyline and URL", inArc, "https://herald.example/a", nil, "] o"},
		{"everything", two, "https://herald.example/a", []string{"levy"}, "t f n o"},
		{"not a web URL", one, "javascript:alert(1)", nil, "j/↓ /"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := New(&common.Common{Keys: keys.Default(), Styles: styles.New(styles.Theme{NoColor: true})})
			m.SetSize(60, 20)
			one, two := 1, 2
			s := &archive.Story{ID: "a", Title: "Bridge levy", URL: tt.url, Threads: tt.threads, Paragraphs: []archive.Paragraph{
				{Index: 0, Text: "The levy passed.", Thread: &one},
				{Index: 1, Text: "The festival opens.", Thread: &two},
			}}
			if len(tt.threads) == 1 {
				s.Paragraphs[1].Thread = &one
			}
			m.SetStory(s, "", tt.terms)
			var got []string
			for _, b := range m.ShortHelp() {
				got = append(got, b.Help().Key)
			}
			if strings.Join(got, " ") != tt.want {
				t.Errorf("hints %q, want %q", strings.Join(got, " "), tt.want)
			}
		})
	}
}
