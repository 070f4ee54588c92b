package related

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/storyline/storyline/internal/archive"
	"github.com/storyline/storyline/tui/common"
	"github.com/storyline/storyline/tui/internal/fake"
	"github.com/storyline/storyline/tui/keys"
	"github.com/storyline/storyline/tui/styles"
)

func newPane() *Model {
	c := &common.Common{Backend: fake.New(), Keys: keys.Default(), Styles: styles.New(styles.Theme{NoColor: true})}
	m := New(c)
	m.SetSize(80, 10)
	return m
}

func run(m *Model, cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	switch msg := cmd().(type) {
	case tea.BatchMsg:
		for _, c := range msg {
			run(m, c)
		}
	case nil:
	default:
		run(m, m.Update(msg))
	}
}

func TestNeighbour(t *testing.T) {
	tests := []struct {
		thread, arc string
		d           int
		want        string
		reason      string
	}{
		{"d4e5f6a7b8c9#1", "arc-bridge", 1, "a1b2c3d4e5f6#1", ""},
		{"d4e5f6a7b8c9#2", "arc-bridge", -1, "b7e1c2d3a4f5#1", ""},
		{"b7e1c2d3a4f5#1", "arc-bridge", -1, "", "first story of this storyline"},
		{"a1b2c3d4e5f6#3", "arc-strike", 1, "", "last story of this storyline"},
		{"e5f6a7b8c9d0#1", "arc-strike", 1, "a1b2c3d4e5f6#3", ""},
		{"f00dbabe0001#1", "", 1, "", "this thread is in no storyline"},
	}
	for _, tt := range tests {
		t.Run(tt.thread, func(t *testing.T) {
			m := newPane()
			run(m, m.SetThread(tt.thread, tt.arc))
			e, reason, ok := m.Neighbour(tt.d)
			if ok != (tt.want != "") || e.Thread != tt.want || reason != tt.reason {
				t.Errorf("Neighbour(%d) = %q, %q, %v", tt.d, e.Thread, reason, ok)
			}
		})
	}
}

func TestNeighbourBeforeLoad(t *testing.T) {
	m := newPane()
	m.SetThread("d4e5f6a7b8c9#1", "arc-bridge") // Cmds not run
	if _, reason, ok := m.Neighbour(1); ok || reason != "storyline still loading" {
		t.Fatalf("got %q, %v", reason, ok)
	}
}

func TestStaleRelatedDropped(t *testing.T) {
	m := newPane()
	old := m.SetThread("d4e5f6a7b8c9#1", "arc-bridge")
	run(m, m.SetThread("c0ffee123456#1", "arc-strike"))
	run(m, old) // the first thread's answers arrive late
	for _, r := range m.items {
		if r.Story == "a1b2c3d4e5f6" && r.Thread != "a1b2c3d4e5f6#3" {
			t.Fatalf("stale related item %+v", r)
		}
	}
	if len(m.entries) == 0 || m.entries[0].Thread != "c0ffee123456#1" {
		t.Fatalf("storyline is not the strike's: %+v", m.entries)
	}
}

func TestOpenFromTimeline(t *testing.T) {
	m := newPane()
	run(m, m.SetThread("e5f6a7b8c9d0#1", "arc-strike"))
	m.SetMode(Timeline)
	if m.cursor != 1 {
		t.Fatalf("timeline cursor %d, want the current entry 1", m.cursor)
	}
	m.Move(1)
	msg := m.open()().(common.OpenStoryMsg)
	if msg.ID != "a1b2c3d4e5f6" || msg.Thread != "a1b2c3d4e5f6#3" {
		t.Fatalf("open %+v", msg)
	}
}

// TestTimelineFollowsReader checks that with the timeline open, a move of
// the reader to another thread of the storyline (] and [ step so) puts
// the cursor on that thread, rather than back at the top.
func TestTimelineFollowsReader(t *testing.T) {
	tests := []struct {
		from, to string
		want     int
	}{
		{"c0ffee123456#1", "e5f6a7b8c9d0#1", 1},
		{"e5f6a7b8c9d0#1", "a1b2c3d4e5f6#3", 2},
		{"a1b2c3d4e5f6#3", "c0ffee123456#1", 0},
	}
	for _, tt := range tests {
		t.Run(tt.to, func(t *testing.T) {
			m := newPane()
			run(m, m.SetThread(tt.from, "arc-strike"))
			m.SetMode(Timeline)
			run(m, m.SetThread(tt.to, "arc-strike"))
			if m.cursor != tt.want || m.entries[m.cursor].Thread != tt.to {
				t.Fatalf("cursor %d, want %d on %s", m.cursor, tt.want, tt.to)
			}
		})
	}
}

func TestTimelineNamesAStoryOnce(t *testing.T) {
	m := newPane()
	m.SetSize(100, 30)
	run(m, m.SetThread("d4e5f6a7b8c9#1", "arc-bridge")) // the story has two threads in this storyline
	m.SetMode(Timeline)
	out := m.View()
	if n := strings.Count(out, "Bridge levy: what households will pay"); n != 1 {
		t.Errorf("headline shown %d times, want once:\n%s", n, out)
	}
	if n := strings.Count(out, "same story, another thread"); n != 1 {
		t.Errorf("%d 'same story' rows, want 1:\n%s", n, out)
	}
}

// TestArcSizeCountsStories checks the storyline's size names stories, not
// threads, and adds the thread count only when a story holds several.
func TestArcSizeCountsStories(t *testing.T) {
	tests := []struct {
		thread, arc string
		want        string
	}{
		{"d4e5f6a7b8c9#1", "arc-bridge", "Storyline · 3 stories · 4 threads"},
		{"a1b2c3d4e5f6#3", "arc-strike", "Storyline · 3 stories"},
	}
	for _, tt := range tests {
		t.Run(tt.arc, func(t *testing.T) {
			m := newPane()
			run(m, m.SetThread(tt.thread, tt.arc))
			m.SetMode(Timeline)
			if got := m.Title(); got != tt.want {
				t.Errorf("Title() = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestTimelineHintWithoutDates checks the timeline does not promise
// dates down the side when none of its stories has one.
func TestTimelineHintWithoutDates(t *testing.T) {
	day := time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name    string
		entries []archive.ArcEntry
		want    string
	}{
		{"dated", []archive.ArcEntry{{Thread: "a#1", Story: "a", Published: &day}, {Thread: "b#1", Story: "b"}}, "dates down the side"},
		{"undated", []archive.ArcEntry{{Thread: "a#1", Story: "a"}, {Thread: "b#1", Story: "b"}}, "carry no dates"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := newPane()
			m.SetMode(Timeline)
			m.thread, m.arc, m.entries = "a#1", "arc", tt.entries
			if v := m.View(); !strings.Contains(v, tt.want) {
				t.Errorf("timeline view lacks %q:\n%s", tt.want, v)
			}
		})
	}
}

// A storyline lists a version of a story above it only to its own reader.
func TestListedHidesVersions(t *testing.T) {
	all := []archive.ArcEntry{
		{Thread: "a#1", Story: "a", Versions: []string{"b"}},
		{Thread: "b#1", Story: "b", VersionOf: "a"},
		{Thread: "c#1", Story: "c"},
	}
	tests := []struct {
		thread string
		want   []string
	}{
		{"a#1", []string{"a#1", "c#1"}},
		{"c#1", []string{"a#1", "c#1"}},
		{"b#1", []string{"a#1", "b#1", "c#1"}},
	}
	for _, tt := range tests {
		var got []string
		for _, e := range listed(all, tt.thread) {
			got = append(got, e.Thread)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("reading %s: listed %v, want %v", tt.thread, got, tt.want)
		}
	}
	if listed(nil, "a#1") != nil {
		t.Error("a storyline not loaded yet must stay nil")
	}
}

// TestUndatedNoDateColumn: when no thread listed has a date, the strip,
// the list and the timeline draw no column of blank dates; with one
// date, they do.
func TestUndatedNoDateColumn(t *testing.T) {
	d := time.Date(2025, 3, 5, 0, 0, 0, 0, time.UTC)
	for _, dated := range []bool{false, true} {
		for _, mode := range []Mode{Strip, List, Timeline} {
			t.Run(fmt.Sprintf("%v_%d", dated, mode), func(t *testing.T) {
				m := newPane()
				m.SetSize(100, 12)
				m.thread, m.arc = "s1#1", "arc"
				m.items = []archive.Related{{Thread: "s2#1", Story: "s2", Title: "Second story", Label: "levy"}, {Thread: "s3#2", Story: "s3", Title: "Third story", Label: "levy vote"}}
				m.entries = []archive.ArcEntry{{Thread: "s1#1", Story: "s1", Title: "First story", Label: "levy"}, {Thread: "s2#1", Story: "s2", Title: "Second story", Label: "levy"}}
				if dated {
					m.items[1].Published, m.entries[1].Published = &d, &d
				}
				m.SetMode(mode)
				var want string
				switch {
				case mode == Timeline && dated:
					want = "           │ ▌levy" // under a column of dates
				case mode == Timeline:
					want = "│ ▌levy"
				case dated:
					want = "            ▌levy — Second story"
				default:
					want = "▌levy — Second story"
				}
				rows := strings.Split(ansi.Strip(m.View()), "\n")[1:]
				found := false
				for _, r := range rows {
					rest, sel := strings.CutPrefix(r, "▌ ") // the selection bar's two cells
					if !sel {
						rest = strings.TrimPrefix(r, "  ")
					}
					found = found || strings.HasPrefix(rest, want)
				}
				if !found {
					t.Errorf("no row starts %q:\n%s", want, strings.Join(rows, "\n"))
				}
			})
		}
	}
}

// The strip's head says where the story read stands in its storyline, so
// that ] and [ never lose the reader's place.
func TestArcPlace(t *testing.T) {
	tests := []struct {
		thread, arc string
		want        string
	}{
		{"b7e1c2d3a4f5#1", "arc-bridge", "storyline: story 1 of 3 · 4 threads · ] next"},
		{"d4e5f6a7b8c9#2", "arc-bridge", "storyline: story 2 of 3 · 4 threads · ] next"},
		{"a1b2c3d4e5f6#1", "arc-bridge", "storyline: story 3 of 3 · 4 threads · ] next"},
		{"e5f6a7b8c9d0#1", "arc-strike", "storyline: story 2 of 3 · ] next"},
		{"f00dbabe0001#1", "", "threads about the same matter in other stories"},
	}
	for _, tt := range tests {
		t.Run(tt.thread, func(t *testing.T) {
			m := newPane()
			m.SetSize(120, 10)
			run(m, m.SetThread(tt.thread, tt.arc))
			if head := strings.Split(ansi.Strip(m.View()), "\n")[0]; !strings.HasPrefix(head, tt.want) {
				t.Errorf("head %q, want %q…", head, tt.want)
			}
		})
	}
}
