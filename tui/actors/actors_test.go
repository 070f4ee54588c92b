package actors

import (
	"context"
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/storyline/storyline/internal/archive"
	"github.com/storyline/storyline/tui/common"
	"github.com/storyline/storyline/tui/internal/fake"
	"github.com/storyline/storyline/tui/keys"
	"github.com/storyline/storyline/tui/styles"
)

const roundup = "a1b2c3d4e5f6"

func newPane(t *testing.T) (*Model, *fake.Backend) {
	return newPaneWith(t, nil)
}

// newPaneWith is newPane with the story changed by edit before the pane
// gets it.
func newPaneWith(t *testing.T, edit func(*archive.Story)) (*Model, *fake.Backend) {
	b := fake.New()
	c := &common.Common{Backend: b, Keys: keys.Default(), Styles: styles.New(styles.Theme{NoColor: true})}
	m := New(c)
	m.SetSize(40, 30)
	s, err := b.Story(context.Background(), roundup)
	if err != nil {
		t.Fatal(err)
	}
	if edit != nil {
		edit(s)
	}
	if msg := m.SetStory(s)(); msg != nil {
		m.Update(msg)
	}
	return m, b
}

func names(m *Model) []string {
	var out []string
	for _, r := range m.rows {
		if r.heading != "" {
			out = append(out, "#"+r.heading)
		} else {
			out = append(out, r.name)
		}
	}
	return out
}

func TestGroupsAndThreadOrder(t *testing.T) {
	tests := []struct {
		thread string
		want   string
	}{
		{"", "#People Ines Duarte Lena Okafor Pieter Vos Tomas Brandt #Organisations Harbourview Council Nurses' Guild St Alder Hospital #Places Kell River Old Quay"},
		{roundup + "#2", "#People Pieter Vos Ines Duarte Lena Okafor Tomas Brandt #Organisations Harbourview Council Nurses' Guild St Alder Hospital #Places Kell River Old Quay"},
		{roundup + "#3", "#People Tomas Brandt Ines Duarte Lena Okafor Pieter Vos #Organisations Nurses' Guild St Alder Hospital Harbourview Council #Places Kell River Old Quay"},
	}
	for _, tt := range tests {
		t.Run(tt.thread, func(t *testing.T) {
			m, _ := newPane(t)
			m.SetThread(tt.thread)
			if got := strings.Join(names(m), " "); got != tt.want {
				t.Errorf("rows\n got %s\nwant %s", got, tt.want)
			}
		})
	}
}

func TestViewShowsCountsAndEmphasis(t *testing.T) {
	m, b := newPane(t)
	m.SetThread(roundup + "#2")
	out := ansi.Strip(m.View())
	for _, want := range []string{"Pieter Vos •", "festival director · 2× · 1 story", "mayor · 4× · 2 stories", "Places"} {
		if !strings.Contains(out, want) {
			t.Errorf("view lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "Ines Duarte •") {
		t.Error("an actor outside the thread is marked")
	}
	if b.CallCount("ActorStories") != 1 {
		t.Error("counts not asked for once")
	}
}

func TestEnterSearches(t *testing.T) {
	m, _ := newPane(t)
	m.SetThread(roundup + "#2")
	m.Update(tea.KeyPressMsg{Code: 'j', Text: "j"})
	cmd := m.Update(tea.KeyPressMsg{Code: tea.KeyEnter})
	msg, ok := cmd().(common.SearchMsg)
	if !ok || msg.Query != `name:"Ines Duarte"` {
		t.Fatalf("enter gave %#v", msg)
	}
}

func TestStaleCountsDropped(t *testing.T) {
	m, _ := newPane(t)
	m.Update(CountsMsg{Req: m.req - 1, Counts: map[string]int{"Ines Duarte": 99}})
	if m.counts["Ines Duarte"] == 99 {
		t.Fatal("stale counts used")
	}
}

func TestQuery(t *testing.T) {
	for in, want := range map[string]string{
		"Ines Duarte":        `name:"Ines Duarte"`,
		`The "Quoted" Group`: `name:"The \"Quoted\" Group"`,
	} {
		if got := Query(in); got != want {
			t.Errorf("Query(%q) = %s, want %s", in, got, want)
		}
	}
}

// TestWrittenShortName: an actor shown under its storyline's full name
// says how the story wrote it, and enter searches both names.
func TestWrittenShortName(t *testing.T) {
	m, _ := newPaneWith(t, func(s *archive.Story) {
		for i := range s.Actors {
			if s.Actors[i].Name == "Lena Okafor" {
				s.Actors[i].Written = "Okafor"
			}
		}
	})
	if out := ansi.Strip(m.View()); !strings.Contains(out, "as Okafor ·") {
		t.Errorf("view does not say the story wrote Okafor:\n%s", out)
	}
	m.Update(tea.KeyPressMsg{Code: 'j', Text: "j"})
	msg, ok := m.Update(tea.KeyPressMsg{Code: tea.KeyEnter})().(common.SearchMsg)
	if want := `name:"Lena Okafor" name:"Okafor"`; !ok || msg.Query != want {
		t.Fatalf("enter gave %#v, want %s", msg, want)
	}
}

// TestLongNamesWrap: names wider than the pane wrap onto more lines
// instead of being clipped, so two names that share a long start stay
// told apart, and the cursor still moves over them and clicks still land.
func TestLongNamesWrap(t *testing.T) {
	const short, long = "Office of the Harbour Trade Envoy", "Office of the Harbour Trade Envoy's Advisory Panel"
	tests := []struct {
		width     int
		wantLines int // of the longer name
	}{
		{60, 1},
		{40, 2},
		{30, 3},
		{16, 3}, // clipped on the third line
	}
	for _, tt := range tests {
		m, _ := newPaneWith(t, func(s *archive.Story) {
			s.Actors = append(s.Actors,
				archive.Actor{Name: short, Kind: "org", Mentions: 1},
				archive.Actor{Name: long, Kind: "org", Mentions: 1})
		})
		m.SetSize(tt.width, 60)
		if got := len(m.nameLines(long)); got != tt.wantLines {
			t.Errorf("width %d: %d name lines, want %d", tt.width, got, tt.wantLines)
		}
		out := ansi.Strip(m.View())
		for _, l := range strings.Split(out, "\n") {
			if w := ansi.StringWidth(l); w > tt.width {
				t.Errorf("width %d: line %q is %d wide", tt.width, l, w)
			}
		}
		if tt.width >= 30 && !strings.Contains(strings.Join(strings.Fields(out), " "), "Envoy's Advisory Panel") {
			t.Errorf("width %d: the end of the long name is not shown:\n%s", tt.width, out)
		}
		// Walk to the last actor and back: the cursor stays in view.
		m.SetSize(tt.width, 8)
		m.Move(100)
		if r := m.rows[m.cursor]; r.actor == nil || m.linesBetween(m.offset, m.cursor+1) > 8 {
			t.Errorf("width %d: cursor row %d out of view (offset %d)", tt.width, m.cursor, m.offset)
		}
		if !strings.Contains(ansi.Strip(m.View()), "▌") {
			t.Errorf("width %d: the selected actor is not drawn", tt.width)
		}
	}
}

// TestWrapKeepsHyphenatedNames: a name wraps at spaces only, and the
// thread mark follows the name's last line.
func TestWrapKeepsHyphenatedNames(t *testing.T) {
	m, _ := newPane(t)
	m.SetSize(24, 30)
	tests := []struct {
		name string
		want []string
	}{
		{"Maren Holt-Fairweather", []string{"Maren", "Holt-Fairweather"}},
		{"Ines Duarte", []string{"Ines Duarte"}},
		{"Anneliese Brightwater-Kowalczyk", []string{"Anneliese", "Brightwater-Kowalcz…"}},
	}
	for _, tt := range tests {
		if got := m.nameLines(tt.name); strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("nameLines(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
	m, _ = newPaneWith(t, func(s *archive.Story) {
		for i := range s.Actors {
			if s.Actors[i].Name == "Pieter Vos" {
				s.Actors[i].Name = "Pieter Vos-Haverkampen"
			}
		}
	})
	m.SetSize(24, 30)
	m.SetThread(roundup + "#2")
	out := ansi.Strip(m.View())
	if !strings.Contains(out, "Vos-Haverkampen •") || strings.Contains(out, "Pieter •") {
		t.Errorf("the mark is not after the name's last line:\n%s", out)
	}
}

// TestDetailsWrapBetweenParts: an actor's details that do not fit put the
// counts on a line of their own rather than cutting the story count
// mid-number; the roles are clipped instead.
func TestDetailsWrapBetweenParts(t *testing.T) {
	tests := []struct {
		width int
		roles []string
		want  []string
	}{
		{40, []string{"Chancellor"}, []string{"Chancellor · 4× · 69 stories"}},
		{24, []string{"Chancellor"}, []string{"Chancellor", "4× · 69 stories"}},
		{24, nil, []string{"4× · 69 stories"}},
		{24, []string{"Chargers defensive lineman"}, []string{"Chargers defensive …", "4× · 69 stories"}},
		{24, []string{"City Attorney spokeswoman"}, []string{"City Attorney spoke…", "4× · 69 stories"}},
		{12, []string{"Chancellor"}, []string{"Chancel…", "4× · 69…"}},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%d_%v", tt.width, tt.roles), func(t *testing.T) {
			m, _ := newPane(t)
			m.SetSize(tt.width, 30)
			a := &archive.Actor{Name: "Gordon Brown", Kind: "person", Roles: tt.roles, Mentions: 4}
			m.counts = map[string]int{a.Name: 69}
			r := row{actor: a, name: a.Name, roles: strings.Join(tt.roles, ", ")}
			if got := m.detailLines(r); strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("detailLines = %q, want %q", got, tt.want)
			}
		})
	}
	// In the view, every line fits and the cursor's actor stays in view.
	m, _ := newPane(t)
	m.SetSize(24, 8)
	m.Move(100)
	out := ansi.Strip(m.View())
	for _, l := range strings.Split(out, "\n") {
		if ansi.StringWidth(l) > 24 {
			t.Errorf("line %q is wider than the pane", l)
		}
	}
	if !strings.Contains(out, "▌") {
		t.Errorf("the selected actor is out of view:\n%s", out)
	}
}
