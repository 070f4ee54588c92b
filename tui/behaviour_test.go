package tui

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/storyline/storyline/internal/archive"
	"github.com/storyline/storyline/tui/common"
	"github.com/storyline/storyline/tui/config"
	"github.com/storyline/storyline/tui/drive"
	"github.com/storyline/storyline/tui/internal/fake"
	"github.com/storyline/storyline/tui/list"
)

func TestNewReadsNothing(t *testing.T) {
	h := plainHarness(t, 80, 24)
	b := h.b
	m := New(b, Options{NoColor: true, Theme: "dark"})
	before := b.CallCount("List") + b.CallCount("Story")
	_ = m.View()
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	_ = m.View()
	if after := b.CallCount("List") + b.CallCount("Story"); after != before {
		t.Fatalf("New/Update/View read the backend synchronously: %d calls", after-before)
	}
}

func TestThreadKeys(t *testing.T) {
	tests := []struct {
		keys []string
		want string
		msg  string // the status message, when one is due
	}{
		{nil, roundup + "#1", ""},
		{[]string{"t"}, roundup + "#2", ""},
		{[]string{"t", "t"}, roundup + "#3", ""},
		{[]string{"t", "t", "t"}, roundup + "#1", ""},
		{[]string{"T"}, roundup + "#3", ""},
		{[]string{"2"}, roundup + "#2", ""},
		{[]string{"3", "T"}, roundup + "#2", ""},
		{[]string{"9"}, roundup + "#1", "no thread 9: this story has 3 threads"}, // stays
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.keys, ","), func(t *testing.T) {
			h := plainHarness(t, 120, 40)
			h.open(roundup, "")
			h.keys(tt.keys...)
			if got := h.thread(); got != tt.want {
				t.Errorf("thread %s, want %s", got, tt.want)
			}
			if got := h.m.status.MessageText(); tt.msg != "" && got != tt.msg {
				t.Errorf("status %q, want %q", got, tt.msg)
			}
		})
	}
}

func TestThreadJumpScrollsToFirstParagraph(t *testing.T) {
	h := plainHarness(t, 80, 24)
	h.open(roundup, "")
	h.keys("3")
	out := h.plain()
	// Thread 3's first paragraph is in view, marked current (the view
	// does not scroll past the end of the story).
	mustContain(t, out, "▌▸3   At St Alder Hospital")
	mustContain(t, out, "▶3 St Alder")
}

func TestFocusMode(t *testing.T) {
	h := plainHarness(t, 120, 40)
	h.open(roundup, "")
	festival := "Organisers of the Kell river festival"
	mustContain(t, h.plain(), festival)
	h.keys("f")
	out := h.plain()
	mustNotContain(t, out, festival)
	mustContain(t, out, "focus: thread 1", "Work on the bridge")
	h.keys("t") // in focus mode, t switches the focused thread
	mustContain(t, h.plain(), festival)
	mustNotContain(t, h.plain(), "Work on the bridge")
	h.keys("esc")
	if h.m.reader.Focused() {
		t.Fatal("esc did not leave focus mode")
	}
}

func TestFurnitureToggle(t *testing.T) {
	h := plainHarness(t, 120, 40)
	h.open(roundup, "")
	mustNotContain(t, h.plain(), "View gallery")
	h.keys("b")
	mustContain(t, h.plain(), "View gallery")
	h.keys("G")
	mustContain(t, h.plain(), "Subscribe to the morning briefing")
}

func TestSearchOpensAtHit(t *testing.T) {
	h := plainHarness(t, 120, 40)
	h.keys("/")
	h.typeText("festival")
	h.keys("enter")
	if s := h.m.reader.Story(); s == nil || s.ID != roundup {
		t.Fatalf("enter did not open the hit story")
	}
	if got := h.thread(); got != roundup+"#2" {
		t.Errorf("landed on %s, want the first hit's thread #2", got)
	}
	h.keys("n")
	mustContain(t, h.m.status.MessageText(), "hit 2 of 2")
}

func TestSearchDropsStaleResults(t *testing.T) {
	h := plainHarness(t, 120, 40)
	h.keys("/")
	// Keystrokes whose Cmds are not run: the debounce ticks never fire.
	for _, r := range "lev" {
		h.m.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	searches := h.b.CallCount("Search")
	// A result for an older revision of the query arrives late.
	h.send(list.ResultMsg{Tag: 1, Query: "l", Result: nil})
	h.send(list.ResultMsg{Tag: 2, Query: "le", Err: errString("boom")})
	out := h.plain()
	mustNotContain(t, out, "boom")
	// The pending debounce runs one search only, for the whole query.
	h.typeText("y")
	if n := h.b.CallCount("Search") - searches; n != 1 {
		t.Errorf("%d searches after typing, want 1 (debounced)", n)
	}
	mustContain(t, h.plain(), "Bridge levy: what households will pay")
}

type errString string

func (e errString) Error() string { return string(e) }

func TestSearchEscBacksOut(t *testing.T) {
	h := plainHarness(t, 120, 40)
	h.keys("/")
	h.typeText("levy")
	h.keys("esc")
	if h.m.list.Searching() || h.m.list.Typing() {
		t.Fatal("esc left search on")
	}
	mustContain(t, h.plain(), "Stories · 6")
}

func TestEnterOnActorSearches(t *testing.T) {
	h := plainHarness(t, 160, 48)
	h.open(roundup, "")
	h.keys("2", "a") // thread 2: Pieter Vos first
	before := h.b.CallCount("Search")
	h.keys("enter")
	if h.b.CallCount("Search") == before {
		t.Fatal("enter on an actor ran no search")
	}
	out := h.plain()
	mustContain(t, out, `/ name:"Pieter Vos"`, "Search · 1")
	if h.m.focus != paneList {
		t.Error("search results are not focused")
	}
}

func TestStorylineNextLandsOnThread(t *testing.T) {
	tests := []struct {
		name, story, key string
		wantStory        string
		wantThread       string
	}{
		{"next strike story", deal, "]", roundup, roundup + "#3"},
		{"previous strike story", deal, "[", strikeV, strikeV + "#1"},
		{"next skips same story", levy, "]", roundup, roundup + "#1"},
		{"previous bridge story", levy, "[", levyOpen, levyOpen + "#1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := plainHarness(t, 120, 40)
			h.open(tt.story, "")
			h.keys(tt.key)
			if s := h.m.reader.Story(); s == nil || s.ID != tt.wantStory {
				t.Fatalf("opened %v, want %s", s, tt.wantStory)
			}
			if got := h.thread(); got != tt.wantThread {
				t.Errorf("landed on %s, want %s", got, tt.wantThread)
			}
		})
	}
}

func TestStorylineEnd(t *testing.T) {
	h := plainHarness(t, 120, 40)
	h.open(roundup, roundup+"#3")
	h.keys("]")
	if h.m.reader.Story().ID != roundup {
		t.Fatal("] past the last story moved")
	}
	mustContain(t, h.m.status.MessageText(), "last story")
}

func TestFocusCycle(t *testing.T) {
	h := plainHarness(t, 160, 48)
	h.keys("esc")
	want := []pane{paneReader, paneActors, paneRelated, paneList}
	for _, p := range want {
		h.keys("tab")
		if h.m.focus != p {
			t.Fatalf("focus %v, want %v", h.m.focus, p)
		}
	}
	h.keys("shift+tab")
	if h.m.focus != paneRelated {
		t.Fatalf("shift+tab: focus %v", h.m.focus)
	}
}

func TestNarrowShowsFocusedPane(t *testing.T) {
	h := plainHarness(t, 80, 24)
	h.open(roundup, "")
	for _, tc := range []struct {
		key, title string
	}{{"tab", "Actors · 9"}, {"shift+tab", "Reader"}, {"l", "Stories · 6"}} {
		h.keys(tc.key)
		mustContain(t, h.plain(), "┃"+tc.title)
	}
}

// TestShortTerminalHidesStrip checks that a short terminal gives the
// related strip's rows to the reader until the strip has focus.
func TestShortTerminalHidesStrip(t *testing.T) {
	tests := []struct {
		w, h  int
		keys  []string
		strip bool
	}{
		{60, 15, nil, false},
		{120, 19, nil, false},
		{120, 20, nil, true},
		{60, 15, []string{"tab", "tab"}, true}, // reader → actors → related
		{60, 15, []string{"tab", "tab", "tab"}, false},
		{80, 24, nil, true},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%dx%d_%s", tt.w, tt.h, strings.Join(tt.keys, ",")), func(t *testing.T) {
			h := plainHarness(t, tt.w, tt.h)
			h.open(roundup, "")
			h.keys(tt.keys...)
			out := h.plain()
			checkBox(t, out, tt.w, tt.h)
			if got := strings.Contains(out, "Related · thread"); got != tt.strip {
				t.Errorf("strip shown %v, want %v:\n%s", got, tt.strip, out)
			}
		})
	}
}

func TestResize(t *testing.T) {
	h := plainHarness(t, 160, 48)
	h.open(roundup, "")
	for _, sz := range [][2]int{{80, 24}, {120, 40}, {100, 30}, {60, 20}, {60, 15}, {160, 48}} {
		h.send(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
		checkBox(t, h.plain(), sz[0], sz[1])
	}
}

func TestMouse(t *testing.T) {
	h := plainHarness(t, 160, 48)
	h.keys("esc")
	// Click the second story of the list (rows: title 0, meta 1, ...).
	r := h.m.rects[paneList]
	h.send(tea.MouseClickMsg{X: r.x + 3, Y: r.y + 2 + 2, Button: tea.MouseLeft})
	h.send(tea.MouseClickMsg{X: r.x + 3, Y: r.y + 2 + 2, Button: tea.MouseLeft})
	if s := h.m.reader.Story(); s == nil || s.ID != deal {
		t.Fatalf("double click did not open the second story: %v", s)
	}
	rr := h.m.rects[paneReader]
	h.send(tea.MouseClickMsg{X: rr.x + 5, Y: rr.y + 5, Button: tea.MouseLeft})
	if h.m.focus != paneReader {
		t.Fatal("click did not focus the reader")
	}
	h.send(tea.MouseWheelMsg{X: r.x + 3, Y: r.y + 5, Button: tea.MouseWheelDown})
	if h.m.list.Title() == "" {
		t.Fatal("no list")
	}
}

func TestOpenAndCopyURL(t *testing.T) {
	var opened []string
	h := newHarness(t, 120, 40, Options{NoColor: true, Opener: func(u string) error { opened = append(opened, u); return nil }})
	h.open(roundup, "")
	h.keys("o")
	if len(opened) != 1 || opened[0] != "https://herald.example/tuesday-briefing" {
		t.Fatalf("opened %v", opened)
	}
	h.keys("y")
	mustContain(t, h.m.status.MessageText(), "copied https://herald.example/tuesday-briefing")
	h.open(hostile, "")
	opened = nil
	h.keys("o")
	if len(opened) != 1 || strings.ContainsAny(opened[0], "\x1b\x07") {
		t.Fatalf("hostile URL opened as %q", opened)
	}
}

// TestHelpOverlay checks that help lists every key at every width: the
// key columns wrap onto more rows on a narrow terminal instead of being
// cut away behind an ellipsis.
func TestHelpOverlay(t *testing.T) {
	for _, sz := range [][2]int{{160, 48}, {120, 40}, {80, 40}, {60, 50}, {40, 70}} {
		t.Run(fmt.Sprintf("%dx%d", sz[0], sz[1]), func(t *testing.T) {
			h := plainHarness(t, sz[0], sz[1])
			h.keys("?")
			out := h.plain()
			k := h.m.c.Keys
			for _, group := range k.FullHelp() {
				for _, b := range group {
					mustContain(t, out, b.Help().Key, b.Help().Desc)
				}
			}
			body := out[:strings.LastIndexByte(out, '\n')] // without the status bar
			mustNotContain(t, body, " …")                  // the help model's mark of cut columns
			h.keys("esc")
			mustNotContain(t, h.plain(), "Help · keys")
		})
	}
}

// TestHelpScrolls: on a short terminal every scrolling key moves the
// help: a line, half a page, a page (space is page down), to either end;
// g and G did nothing, and a page moved one line.
func TestHelpScrolls(t *testing.T) {
	const end = "esc or ? closes this help" // the help's last line
	tests := []struct {
		keys   []string
		offset int  // -1: not checked
		atEnd  bool // the last line shows
	}{
		{[]string{"j"}, 1, false},
		{[]string{"j", "k", "k"}, 0, false},
		{[]string{"space"}, 11, false},
		{[]string{"ctrl+d"}, 5, false},
		{[]string{"G"}, -1, true},
		{[]string{"G", "g"}, 0, false},
		{[]string{"G", "ctrl+u"}, -1, false},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.keys, ","), func(t *testing.T) {
			h := plainHarness(t, 60, 15)
			h.keys("?")
			h.keys(tt.keys...)
			out := h.plain()
			if tt.offset >= 0 && h.m.helpOffset != tt.offset {
				t.Errorf("offset %d, want %d", h.m.helpOffset, tt.offset)
			}
			if got := strings.Contains(out, end); got != tt.atEnd {
				t.Errorf("last line shown %v, want %v:\n%s", got, tt.atEnd, out)
			}
		})
	}
}

func TestRebindFromConfig(t *testing.T) {
	cfg := config.Config{Keys: map[string][]string{"next_thread": {"x"}, "bogus": {"z"}}}
	h := newHarness(t, 120, 40, Options{NoColor: true, Config: cfg})
	mustContain(t, h.m.status.MessageText(), "unknown key actions bogus")
	h.open(roundup, "")
	h.keys("t")
	if h.thread() != roundup+"#1" {
		t.Fatalf("old key still bound: %s", h.thread())
	}
	h.keys("x")
	if h.thread() != roundup+"#2" {
		t.Fatalf("rebound key did nothing: %s", h.thread())
	}
}

func TestListCursorPreviews(t *testing.T) {
	h := plainHarness(t, 120, 40)
	h.keys("esc") // start: the reader has the keyboard; esc gives it to the list
	if h.m.focus != paneList {
		t.Fatalf("focus %v after esc, want the list", h.m.focus)
	}
	first := h.m.reader.Story()
	h.keys("j")
	s := h.m.reader.Story()
	if s == nil || first != nil && s.ID == first.ID {
		t.Fatal("the reader did not follow the list cursor")
	}
	if h.m.focus != paneList {
		t.Fatal("a preview took the keyboard from the list")
	}
	stories := h.b.CallCount("Story")
	h.keys("enter")
	if h.m.focus != paneReader {
		t.Error("enter did not give the reader the keyboard")
	}
	if h.b.CallCount("Story") != stories+1 || h.m.reader.Story().ID != s.ID {
		t.Error("enter did not open the previewed story")
	}
}

func TestSearchPreviewsTopHit(t *testing.T) {
	h := plainHarness(t, 120, 40)
	h.keys("/")
	h.typeText("concerts")
	if s := h.m.reader.Story(); s == nil || s.ID != roundup {
		t.Fatal("the reader did not preview the top hit while typing")
	}
	if !h.m.list.Typing() {
		t.Fatal("the preview took the keyboard from the search box")
	}
	if got := h.m.reader.Terms(); !slices.Contains(got, "concerts") {
		t.Errorf("preview highlights %q, want concerts", got)
	}
	// The same story under a longer query: highlights follow without a
	// new load.
	loads := h.b.CallCount("Story")
	h.typeText(" lighting")
	if got := h.m.reader.Terms(); !slices.Contains(got, "lighting") {
		t.Errorf("preview highlights %q after more typing, want lighting too", got)
	}
	if h.m.reader.Story().ID == roundup && h.b.CallCount("Story") != loads {
		t.Error("the same top hit was loaded again")
	}
}

// An import run while the browser is open: the browser steps aside (the
// status bar says why), then shows the archive again with the new story
// listed and the cursor and reader still on the story being read.
func TestArchiveAwayAndBack(t *testing.T) {
	h := plainHarness(t, 120, 40)
	h.keys("esc", "j", "j")
	read := h.m.reader.Story()
	if read == nil {
		t.Fatal("no story previewed")
	}
	note := "storyline import is updating the archive; browsing resumes when it ends"
	h.send(common.AwayMsg{Note: note})
	mustContain(t, h.plain(), note)
	h.keys("j", "k") // a key clears the message; the note stays
	mustContain(t, h.plain(), note)

	title := "Toll vote held over to Friday"
	h.b.AddNewest(title)
	stories := h.b.CallCount("Story")
	h.send(common.BackMsg{Info: h.b.Info()})
	out := h.plain()
	mustContain(t, out, title, "archive updated")
	if strings.Contains(out, note) {
		t.Errorf("the away note stayed after the archive came back:\n%s", out)
	}
	if h.b.CallCount("Story") != stories+1 || h.m.reader.Story().ID != read.ID {
		t.Errorf("the reader did not reload story %s", read.ID)
	}
	if h.m.focus != paneList {
		t.Errorf("reloading moved the focus to %v", h.m.focus)
	}
	h.keys("enter")
	if got := h.m.reader.Story().ID; got != read.ID {
		t.Errorf("the cursor moved to %s, want it kept on %s", got, read.ID)
	}
}

// Back goes through the stories read, each on the thread it was left at;
// stories only previewed by the list cursor are not part of the way back.
func TestJumpBack(t *testing.T) {
	h := plainHarness(t, 120, 40)
	h.open(levy, levy+"#2")
	h.send(common.OpenStoryMsg{ID: deal, Thread: deal + "#1"}) // a related jump
	h.keys("]")                                                // next in storyline
	if got := h.m.reader.Story().ID; got != roundup {
		t.Fatalf("] opened %s, want %s", got, roundup)
	}
	h.keys("esc", "j", "j") // the list previews two stories
	h.keys("enter")
	read := h.m.reader.Story().ID
	steps := []struct{ key, story, thread string }{
		{"backspace", roundup, roundup + "#3"},
		{"ctrl+o", deal, deal + "#1"},
		{"backspace", levy, levy + "#2"},
	}
	for _, st := range steps {
		h.keys(st.key)
		if got := h.m.reader.Story().ID; got != st.story {
			t.Fatalf("%s from %s opened %s, want %s", st.key, read, got, st.story)
		}
		if got := h.thread(); got != st.thread {
			t.Errorf("%s landed on %s, want %s", st.key, got, st.thread)
		}
		read = st.story
	}
	// Last, the story the browser opened at start, which the reader
	// showed with the focus: it was read too.
	h.keys("backspace")
	if got := h.m.reader.Story().ID; got != roundup {
		t.Errorf("back from the first story read opened %s, want the one opened at start, %s", got, roundup)
	}
	h.keys("backspace")
	if h.m.reader.Story().ID != roundup {
		t.Error("back with no history moved")
	}
	mustContain(t, h.m.status.MessageText(), "no story to go back to")
}

// A search typed over the story opened at start, then a hit opened:
// back returns to that first story.
func TestJumpBackToFirstStory(t *testing.T) {
	h := plainHarness(t, 120, 40)
	first := h.m.reader.Story().ID
	h.keys("/")
	h.typeText("levy")
	h.keys("down", "enter") // the second hit
	if got := h.m.reader.Story().ID; got == first {
		t.Fatalf("the search opened %s, the story already shown", got)
	}
	h.keys("backspace")
	if got := h.m.reader.Story().ID; got != first {
		t.Errorf("back opened %s, want the story opened at start, %s", got, first)
	}
}

// S ranks the hits by relevance, newest first or oldest first in turn,
// says which, and previews the new top hit.
func TestSortHits(t *testing.T) {
	h := plainHarness(t, 120, 40)
	h.keys("/")
	h.typeText("levy") // three stories
	first := func() string {
		if h.m.list.Searching() && h.m.reader.Story() != nil {
			return h.m.reader.Story().ID
		}
		return ""
	}
	byRelevance := first() // the reader previews the top hit as you type
	if byRelevance == "" {
		t.Fatal("no hit previewed")
	}
	h.keys("down") // to the hits
	steps := []struct {
		order archive.Order
		note  string
	}{
		{archive.NewestFirst, "newest first"},
		{archive.OldestFirst, "oldest first"},
		{archive.ByRelevance, ""},
	}
	var tops []string
	for _, st := range steps {
		h.keys("S")
		if h.m.list.Order() != st.order {
			t.Fatalf("S gave order %v, want %v", h.m.list.Order(), st.order)
		}
		out := h.plain()
		if st.note != "" {
			mustContain(t, out, st.note)
		}
		tops = append(tops, first())
	}
	if tops[0] == tops[1] {
		t.Errorf("newest and oldest first preview the same top hit %s", tops[0])
	}
	if tops[2] != byRelevance {
		t.Errorf("back to relevance previews %s, want %s", tops[2], byRelevance)
	}
}

// On the demo, a first import makes the user's archive: the browser
// switches to it, says so, and shows its newest story, with no way back
// into the demo.
func TestSwitchFromDemo(t *testing.T) {
	h := plainHarness(t, 120, 40)
	h.open(levy, "")
	h.send(common.OpenStoryMsg{ID: deal})
	newest := h.b.AddNewest("Your first imported story")
	info := h.b.Info()
	info.Demo, info.Note, info.Path = false, "", "/home/reader/.local/share/storyline"
	h.send(common.BackMsg{Info: info})
	out := h.plain()
	mustContain(t, out, "your archive is ready", "Your first imported story")
	if strings.Contains(out, "demo ·") {
		t.Errorf("the status bar still says demo:\n%s", out)
	}
	if s := h.m.reader.Story(); s == nil || s.ID != newest {
		t.Errorf("the reader shows %v, want the newest story %s", s, newest)
	}
	h.keys("backspace")
	mustContain(t, h.m.status.MessageText(), "no story to go back to")
}

// A lists the archive's actors by the stories naming them; tab keeps one
// kind; enter searches for the selected actor's stories; esc closes.
func TestArchiveActors(t *testing.T) {
	h := plainHarness(t, 120, 40)
	h.keys("A")
	out := h.plain()
	mustContain(t, out, "Actors of the archive", "stories")
	h.keys("tab")
	out = h.plain()
	mustContain(t, out, "People of the archive")
	sel := h.m.people.Selected()
	if sel == nil || sel.Kind != "person" {
		t.Fatalf("after tab the first actor is %+v, want a person", sel)
	}
	h.keys("enter")
	if h.m.overlay != overlayNone {
		t.Error("enter left the actors view open")
	}
	if !h.m.list.Searching() || !strings.Contains(h.plain(), `name:"`+sel.Name+`"`) {
		t.Errorf("enter did not search for %s:\n%s", sel.Name, h.plain())
	}
	h.keys("A")
	h.keys("esc")
	if h.m.overlay != overlayNone {
		t.Error("esc did not close the actors view")
	}
}

// In the archive's actors, / filters the names from the whole archive:
// every actor left matches, the one looked for is among them, a filter
// matching nothing says so, esc drops the filter and a second esc closes.
func TestArchiveActorsFilter(t *testing.T) {
	h := plainHarness(t, 120, 40)
	h.keys("A")
	all := slices.Clone(h.m.people.Actors())
	if len(all) < 3 {
		t.Fatalf("the fake archive has %d actors, want several", len(all))
	}
	want := all[len(all)-1].Name
	words := strings.Fields(want)
	part := words[len(words)-1]
	part = part[:min(len(part), 4)]
	h.keys("/")
	h.typeText(part)
	got := h.m.people.Actors()
	if len(got) == 0 || len(got) >= len(all) && !allMatch(all, part) {
		t.Fatalf("filter %q kept %d of %d actors", part, len(got), len(all))
	}
	found := false
	for _, a := range got {
		if !archive.MatchesName(part, a.Name) {
			t.Errorf("filter %q kept %q", part, a.Name)
		}
		found = found || a.Name == want
	}
	if !found {
		t.Errorf("filter %q lost %q: %v", part, want, got)
	}
	mustContain(t, h.plain(), "filter: "+part)
	h.typeText("zzqx")
	mustContain(t, h.plain(), "No actor's name matches")
	h.keys("esc")
	if h.m.overlay != overlayPeople || h.m.people.Filtered() || len(h.m.people.Actors()) != len(all) {
		t.Errorf("esc in the filter: overlay %v, filtered %v, %d actors; want the whole list still open", h.m.overlay, h.m.people.Filtered(), len(h.m.people.Actors()))
	}
	h.keys("/")
	h.typeText(part)
	h.keys("enter", "esc")
	if h.m.overlay != overlayPeople || h.m.people.Filtered() {
		t.Error("esc after enter did not drop the filter first")
	}
	h.keys("esc")
	if h.m.overlay != overlayNone {
		t.Error("a second esc did not close the actors view")
	}
}

// allMatch reports whether every actor's name matches the filter.
func allMatch(as []archive.Actor, part string) bool {
	for _, a := range as {
		if !archive.MatchesName(part, a.Name) {
			return false
		}
	}
	return true
}

// TestEmptyArchive: an archive without stories says in the reader how to
// import some, instead of how to open the selected story.
func TestEmptyArchive(t *testing.T) {
	for _, sz := range [][2]int{{120, 40}, {80, 24}} {
		t.Run(fmt.Sprintf("%dx%d", sz[0], sz[1]), func(t *testing.T) {
			m := New(fake.NewEmpty(), Options{NoColor: true, Theme: "dark"})
			drive.Run(m, m.Init(), 0)
			drive.Send(m, tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
			m.setFocus(paneReader)
			m.layout()
			out := m.Render()
			checkBox(t, out, sz[0], sz[1])
			mustContain(t, out, "This archive has no stories yet.", "storyline import PATH")
			mustNotContain(t, out, "enter opens the selected story")
		})
	}
}
