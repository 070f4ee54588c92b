package people

import (
	"fmt"
	"testing"

	"github.com/storyline/storyline/internal/archive"
	"github.com/storyline/storyline/tui/common"
	"github.com/storyline/storyline/tui/internal/fake"
	"github.com/storyline/storyline/tui/keys"
	"github.com/storyline/storyline/tui/styles"
)

// TestTitleCounts: the title counts the actors listed, except when the
// ranking was cut at Limit, where it says so instead of passing the cut
// off as the archive's count.
func TestTitleCounts(t *testing.T) {
	tests := []struct {
		people, places int
		filter         int // index into kinds
		match          string
		want           string
	}{
		{3, 2, 0, "", "Actors of the archive · 5 · tab: People"},
		{3, 2, 1, "", "People of the archive · 3 · tab: Organisations"},
		{0, 2, 1, "", "People of the archive · tab: Organisations"},
		{600, 400, 0, "", "Actors of the archive · the 1,000 most named · tab: People"},
		{600, 400, 1, "", "People of the archive · 600 among the 1,000 most named · tab: Organisations"},
		{3, 2, 0, "cla", "Actors of the archive · 5 · filter: cla · tab: People"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			c := &common.Common{Backend: fake.New(), Keys: keys.Default(), Styles: styles.New(styles.Theme{NoColor: true})}
			m := New(c)
			m.match = tt.match
			var as []archive.Actor
			for i := range tt.people {
				as = append(as, archive.Actor{Name: fmt.Sprint("P", i), Kind: "person"})
			}
			for i := range tt.places {
				as = append(as, archive.Actor{Name: fmt.Sprint("L", i), Kind: "place"})
			}
			m.Update(LoadedMsg{Req: m.req, Actors: as})
			m.filter = tt.filter
			m.refilter()
			if got := m.Title(); got != tt.want {
				t.Errorf("Title() = %q, want %q", got, tt.want)
			}
		})
	}
	if got := thousands(1234567); got != "1,234,567" {
		t.Errorf("thousands = %q", got)
	}
}
