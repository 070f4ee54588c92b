package reader

import (
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
