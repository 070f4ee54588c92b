package tui

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/storyline/storyline/tui/internal/fake"
)

// scenario is a state of the demo archive's TUI reached by keys.
type scenario struct {
	name  string
	setup func(h *harness)
}

// scenarios put the TUI in each of its views; goldens pin the screens at
// three sizes (plain profile, ASCII glamour style).
var scenarios = []scenario{
	{"list", func(h *harness) { h.keys("esc") }},
	{"reader", func(h *harness) { h.open(roundup, "") }},
	{"reader_thread3", func(h *harness) { h.open(roundup, ""); h.keys("3") }},
	{"focus", func(h *harness) { h.open(roundup, ""); h.keys("t", "f") }},
	{"furniture", func(h *harness) { h.open(roundup, ""); h.keys("b") }},
	{"actors", func(h *harness) { h.open(roundup, ""); h.keys("2", "a") }},
	{"related", func(h *harness) { h.open(levy, ""); h.keys("tab", "tab") }},
	{"related_list", func(h *harness) { h.open(levy, ""); h.keys("r") }},
	{"search", func(h *harness) { h.keys("/"); h.typeText("levy") }},
	{"search_error", func(h *harness) { h.keys("/"); h.typeText(`"levy`) }},
	{"search_none", func(h *harness) { h.keys("/"); h.typeText("levvy") }},
	{"search_opened", func(h *harness) { h.keys("/"); h.typeText("nurses"); h.keys("enter") }},
	{"help", func(h *harness) { h.keys("?") }},
	{"timeline", func(h *harness) { h.open(deal, ""); h.keys("s") }},
	{"archive_actors", func(h *harness) { h.keys("A", "tab") }},
}

var sizes = [][2]int{{80, 24}, {120, 40}, {160, 48}}

func TestGolden(t *testing.T) {
	for _, sc := range scenarios {
		for _, sz := range sizes {
			runScenario(t, sc, sz)
		}
	}
}

// narrowScenarios are the views a tiny terminal (60×15) shows: the one
// pane, without the related strip, help, the timeline and the related list.
var narrowScenarios = []string{"reader", "help", "timeline", "related", "search", "search_none"}

func TestGoldenTiny(t *testing.T) {
	for _, sc := range scenarios {
		if !slices.Contains(narrowScenarios, sc.name) {
			continue
		}
		t.Run(sc.name+"_60x15", func(t *testing.T) {
			h := plainHarness(t, 60, 15)
			sc.setup(h)
			out := h.plain()
			checkBox(t, out, 60, 15)
			golden.RequireEqual(t, out)
		})
	}
}

// checkBox asserts the screen is exactly w×h cells.
func checkBox(t *testing.T, out string, w, h int) {
	t.Helper()
	lines := strings.Split(out, "\n")
	if len(lines) != h {
		t.Errorf("%d lines, want %d", len(lines), h)
	}
	for i, l := range lines {
		if lw := ansi.StringWidth(l); lw > w {
			t.Errorf("line %d is %d cells wide, want ≤ %d: %q", i, lw, w, l)
		}
		// Text clipped short of a pane's border wastes the cells left.
		if strings.Contains(l, "…  ┃") || strings.Contains(l, "…  │") {
			t.Errorf("line %d is clipped before the border: %q", i, l)
		}
	}
}

// TestGoldenVersions pins the story list of an archive holding versions
// of one report: the title counts the rows shown and the versions apart.
func TestGoldenVersions(t *testing.T) {
	b := fake.New().WithVersions(map[string]string{strikeV: deal})
	h := newHarnessOn(t, b, 80, 24, Options{NoColor: true, ConfigPath: "$XDG_CONFIG_HOME/storyline/config.toml"})
	h.keys("esc")
	out := h.plain()
	checkBox(t, out, 80, 24)
	golden.RequireEqual(t, out)
}

// TestGoldenNarrow pins the demo at 40 columns and fewer, where the status
// bar keeps the mode, "demo", the thread and ? help, dropping the rest.
func TestGoldenNarrow(t *testing.T) {
	for _, sc := range scenarios {
		if !slices.Contains([]string{"list", "reader", "search", "timeline"}, sc.name) {
			continue
		}
		for _, sz := range [][2]int{{40, 15}, {30, 12}} {
			runScenario(t, sc, sz)
		}
	}
}

// runScenario renders one scenario at one size, without colour, checks
// the frame fills the terminal, and compares it with its golden file.
func runScenario(t *testing.T, sc scenario, sz [2]int) {
	t.Run(fmt.Sprintf("%s_%dx%d", sc.name, sz[0], sz[1]), func(t *testing.T) {
		h := plainHarness(t, sz[0], sz[1])
		sc.setup(h)
		out := h.plain()
		checkBox(t, out, sz[0], sz[1])
		golden.RequireEqual(t, out)
	})
}
