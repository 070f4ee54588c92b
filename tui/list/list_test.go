package list

import (
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

func newList(b *fake.Backend) *Model {
	c := &common.Common{Backend: b, Keys: keys.Default(), Styles: styles.New(styles.Theme{NoColor: true})}
	m := New(c)
	m.SetSize(40, 20)
	return m
}

// run executes cmd (and batches) and feeds the messages back, skipping
// debounce ticks unless ticks is set.
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

func TestLazyPaging(t *testing.T) {
	b := fake.New().WithFiller(450)
	m := newList(b)
	run(m, m.Init())
	if len(m.stories) != PageSize || m.total != 456 {
		t.Fatalf("first page: %d of %d", len(m.stories), m.total)
	}
	run(m, m.Move(100))
	if len(m.stories) != PageSize {
		t.Fatalf("loaded early: %d", len(m.stories))
	}
	run(m, m.Move(90))
	if len(m.stories) != 2*PageSize {
		t.Fatalf("second page not loaded near the end: %d", len(m.stories))
	}
	run(m, m.Move(1000)) // to the end of what is loaded, loading the rest
	run(m, m.Move(1000))
	if len(m.stories) != 456 || m.cursor != 455 {
		t.Fatalf("end: %d loaded, cursor %d", len(m.stories), m.cursor)
	}
	if n := b.CallCount("List"); n != 3 {
		t.Errorf("%d List calls, want 3", n)
	}
}

func TestStalePageDropped(t *testing.T) {
	m := newList(fake.New())
	first := m.Init()
	second := m.loadPage(0) // a newer request for the same page
	run(m, first)
	if len(m.stories) != 0 {
		t.Fatal("stale page accepted")
	}
	run(m, second)
	if len(m.stories) == 0 {
		t.Fatal("current page dropped")
	}
}

func TestDebounce(t *testing.T) {
	b := fake.New()
	m := newList(b)
	m.StartSearch()
	for _, r := range "levy" {
		m.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	// Ticks of earlier keystrokes fire: nothing is searched.
	for tag := 1; tag < m.tag; tag++ {
		if cmd := m.Update(searchTickMsg{Tag: tag}); cmd != nil {
			t.Fatalf("stale tick %d started a search", tag)
		}
	}
	// A late result of an earlier revision is dropped.
	m.Update(ResultMsg{Tag: m.tag - 1, Query: "lev", Err: errString("late")})
	if m.searchErr != "" {
		t.Fatal("stale result shown")
	}
	// The last tick searches the whole query, once.
	run(m, m.Update(searchTickMsg{Tag: m.tag}))
	if n := b.CallCount("Search"); n != 1 {
		t.Fatalf("%d searches, want 1", n)
	}
	if m.query != "levy" || m.result == nil || m.result.Total != 3 {
		t.Fatalf("results for %q: %+v", m.query, m.result)
	}
}

type errString string

func (e errString) Error() string { return string(e) }

func TestSearchMore(t *testing.T) {
	b := fake.New().WithFiller(250)
	m := newList(b)
	run(m, m.SetQuery("nothing"))
	if len(m.result.Hits) != SearchLimit || m.result.Total != 250 {
		t.Fatalf("first hits: %d of %d", len(m.result.Hits), m.result.Total)
	}
	run(m, m.Move(SearchLimit-5))
	if len(m.result.Hits) != 2*SearchLimit {
		t.Fatalf("more hits not asked for near the end: %d", len(m.result.Hits))
	}
	if m.cursor != SearchLimit-5 {
		t.Errorf("cursor moved to %d", m.cursor)
	}
}

func TestOpenFromSearch(t *testing.T) {
	m := newList(fake.New())
	run(m, m.SetQuery("festival"))
	msg := m.open()()
	o, ok := msg.(common.OpenStoryMsg)
	if !ok || o.Thread != o.ID+"#2" || len(o.Terms) != 1 || o.Terms[0] != "festival" {
		t.Fatalf("open = %#v", msg)
	}
}

func TestSearchKeys(t *testing.T) {
	press := func(m *Model, code rune) {
		run(m, m.Update(tea.KeyPressMsg{Code: code}))
	}
	tests := []struct {
		name       string
		do         func(m *Model)
		wantQuery  string
		wantCursor int
		wantTyping bool
	}{
		{"slash starts an empty box", func(m *Model) {
			run(m, m.StartSearch())
		}, "", 0, true},
		{"enter on the empty box runs the last query", func(m *Model) {
			run(m, m.StartSearch())
			press(m, tea.KeyEnter)
		}, "nothing", 0, false},
		{"down from the box moves at once", func(m *Model) {
			run(m, m.StartSearch())
			press(m, tea.KeyEnter)
			run(m, m.EditSearch())
			press(m, tea.KeyDown)
		}, "nothing", 1, false},
		{"enter repeats the last query after esc left search", func(m *Model) {
			m.Cancel()
			run(m, m.StartSearch())
			press(m, tea.KeyEnter)
		}, "nothing", 0, false},
		{"up from the box stays on the first hit", func(m *Model) {
			run(m, m.EditSearch())
			press(m, tea.KeyUp)
		}, "nothing", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := newList(fake.New().WithFiller(30))
			run(m, m.SetQuery("nothing"))
			tt.do(m)
			if m.query != tt.wantQuery || m.cursor != tt.wantCursor || m.typing != tt.wantTyping {
				t.Errorf("query %q cursor %d typing %v; want %q %d %v",
					m.query, m.cursor, m.typing, tt.wantQuery, tt.wantCursor, tt.wantTyping)
			}
		})
	}
}

// A story's second line says what the input gave of it: date, its number
// of threads when several, source and category; the counts come before
// the names, so a narrow list clips a name rather than a count.
func TestStoryMetaLine(t *testing.T) {
	day := time.Date(2026, 11, 6, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name  string
		it    archive.StorySummary
		want  string
		width int
	}{
		{"all", archive.StorySummary{Title: "T", Published: &day, Source: "The Courier", Category: "business", Threads: 3}, "2026-11-06 · 3 threads · The Courier · business", 80},
		{"narrow", archive.StorySummary{Title: "T", Published: &day, Source: "The Courier", Threads: 4}, "2026-11-06 · 4 threads · The Co…", 34},
		{"versions", archive.StorySummary{Title: "T", Source: "Wire", Threads: 2, Versions: []string{"x"}}, "2 threads · 2 versions · Wire", 80},
		{"category only", archive.StorySummary{Title: "T", Category: "tech", Threads: 1}, "tech", 80},
		{"nothing", archive.StorySummary{Title: "T", Threads: 1}, "", 80},
		{"escape sequence", archive.StorySummary{Title: "T", Category: "sp\x1b[31mort"}, "sport", 80},
	}
	m := newList(fake.New())
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m.SetSize(tc.width, 20)
			lines := m.storyLines(tc.it, false)
			if strings.Contains(lines[1], "\x1b[31m") {
				t.Errorf("meta line %q passes the article's escape sequence", lines[1])
			}
			got := strings.TrimSpace(strings.TrimLeft(ansi.Strip(lines[1]), "▌ "))
			if got != tc.want {
				t.Errorf("meta line %q, want %q", got, tc.want)
			}
		})
	}
}

// Hits that are versions of a hit above them are not listed; the hit
// they belong to says how many versions there are, and paging on still
// counts every hit the search returned.
func TestVersionsFolded(t *testing.T) {
	day := time.Date(2026, 11, 6, 0, 0, 0, 0, time.UTC)
	m := newList(fake.New())
	run(m, m.StartSearch())
	res := &archive.SearchResult{Total: 3, Hits: []archive.SearchHit{
		{ID: "a", Title: "Bridge toll to rise", Published: &day, Versions: []string{"b"}},
		{ID: "b", Title: "Bridge toll to rise", VersionOf: "a"},
		{ID: "c", Title: "Petition reaches council"},
	}}
	m.Update(ResultMsg{Tag: m.tag, Query: "toll", Result: res})
	if m.count() != 2 || m.fetched != 3 {
		t.Fatalf("%d hits listed of %d fetched, want 2 of 3", m.count(), m.fetched)
	}
	if res.Hits[1].ID != "b" {
		t.Error("the backend's result was changed")
	}
	view := ansi.Strip(m.View())
	if strings.Count(view, "Bridge toll to rise") != 1 || !strings.Contains(view, "2026-11-06 · 2 versions") {
		t.Errorf("view:\n%s", view)
	}
	run(m, m.Move(1))
	if o, ok := m.selected(false)().(common.OpenStoryMsg); !ok || o.ID != "c" {
		t.Errorf("second row opens %#v, want story c", o)
	}
}

// Stories that are versions of a story listed above them are not listed;
// that story says how many versions there are. A page of nothing but
// versions loads the next one by itself, and paging counts every story.
func TestStoryVersionsFolded(t *testing.T) {
	b := fake.New().WithFiller(450)
	all, total, err := b.List(t.Context(), 0, 1000)
	if err != nil || total != 456 {
		t.Fatal(total, err)
	}
	of := map[string]string{}
	for _, s := range all[1 : PageSize+10] {
		of[s.ID] = all[0].ID
	}
	b.WithVersions(of)
	m := newList(b)
	m.SetSize(120, 20)
	run(m, m.Init())
	if len(m.stories) < m.visible()*2 || m.listed != 2*PageSize {
		t.Fatalf("after the first page of versions: %d listed of %d loaded", len(m.stories), m.listed)
	}
	if view := ansi.Strip(m.View()); !strings.Contains(view, common.Count(PageSize+10, "version", "versions")) {
		t.Errorf("the first story does not count its versions:\n%s", view)
	}
	run(m, m.Move(1000))
	run(m, m.Move(1000))
	run(m, m.Move(1000))
	if want := 456 - (PageSize + 9); len(m.stories) != want || m.listed != 456 {
		t.Fatalf("end: %d listed, want %d; %d loaded, want 456", len(m.stories), want, m.listed)
	}
	for _, s := range m.stories {
		if s.VersionOf != "" {
			t.Fatalf("version %s listed", s.ID)
		}
	}
	// Later pages do not count the versions again; the first page's count
	// stands.
	if m.folded != PageSize+9 {
		t.Errorf("after paging the title leaves out %d versions, want %d", m.folded, PageSize+9)
	}
	// Reloading keeps the count of every story loaded, versions included.
	run(m, m.Reload())
	if m.listed != 456 || len(m.stories) != 456-(PageSize+9) {
		t.Errorf("after reload: %d listed of %d loaded", len(m.stories), m.listed)
	}
}

// A hit's second line: its date (and versions), then its matching
// threads' labels, with no stray space before the first label of an
// undated hit.
func TestHitMetaLine(t *testing.T) {
	day := time.Date(2026, 11, 6, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		h    archive.SearchHit
		want string
	}{
		{"dated", archive.SearchHit{Title: "T", Published: &day, Threads: []string{"a#1"}, Labels: []string{"levy"}}, "2026-11-06 ▌levy"},
		{"undated", archive.SearchHit{Title: "T", Threads: []string{"a#1", "a#3"}, Labels: []string{"levy", "festival"}}, "▌levy ▌festival"},
		{"versions", archive.SearchHit{Title: "T", Versions: []string{"b"}, Threads: []string{"a#2"}, Labels: []string{"levy"}}, "2 versions ▌levy"},
	}
	m := newList(fake.New())
	m.SetSize(80, 20)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			line := ansi.Strip(m.hitLines(tc.h, false)[1])
			if got := strings.TrimPrefix(line, "  "); got != tc.want {
				t.Errorf("meta line %q, want %q", got, tc.want)
			}
		})
	}
}

// Ranked by date, hits none of which has a date say so: the order did not
// change for a reason.
func TestSortStatusWithoutDates(t *testing.T) {
	day := time.Date(2026, 11, 6, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name  string
		order archive.Order
		dates []*time.Time
		want  string
		bad   string
	}{
		{"relevance", archive.ByRelevance, []*time.Time{nil}, "2 stories", "first"},
		{"newest, dated", archive.NewestFirst, []*time.Time{&day, nil}, "newest first", "no hit has a date"},
		{"newest, undated", archive.NewestFirst, []*time.Time{nil, nil}, "newest first (no hit has a date)", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := newList(fake.New())
			m.SetSize(80, 20)
			m.order, m.query = tc.order, "levy"
			m.result = &archive.SearchResult{Total: 2}
			for _, d := range tc.dates {
				m.result.Hits = append(m.result.Hits, archive.SearchHit{Title: "T", Published: d})
			}
			got := ansi.Strip(m.searchStatus())
			if !strings.Contains(got, tc.want) || tc.bad != "" && strings.Contains(got, tc.bad) {
				t.Errorf("status %q, want %q without %q", got, tc.want, tc.bad)
			}
		})
	}
}

// The title and the status bar's counts say what the list shows: reports,
// each once, with the versions folded under them counted apart; a search
// counts its hits less the versions folded under a hit above them.
func TestCountsFoldVersions(t *testing.T) {
	day := time.Date(2026, 11, 6, 0, 0, 0, 0, time.UTC)
	hit := func(id, of string) archive.SearchHit {
		return archive.SearchHit{ID: id, Title: "Bridge toll " + id, Published: &day, VersionOf: of}
	}
	tests := []struct {
		name        string
		versionOf   map[string]string // for the story list
		result      *archive.SearchResult
		title, cnts string
	}{
		{"no versions", nil, nil, "Stories · 6", "6 stories"},
		{"one version", map[string]string{"c0ffee123456": "e5f6a7b8c9d0"}, nil, "Stories · 5 (+1 version)", "5 stories"},
		{"two versions", map[string]string{"c0ffee123456": "e5f6a7b8c9d0", "b7e1c2d3a4f5": "e5f6a7b8c9d0"}, nil, "Stories · 4 (+2 versions)", "4 stories"},
		{"search, every hit fetched", nil, &archive.SearchResult{Total: 3, TookMS: 2, Hits: []archive.SearchHit{hit("a", ""), hit("b", "a"), hit("c", "")}},
			"Search · 2", "2 stories found · 2 ms"},
		{"search, more hits than fetched", nil, &archive.SearchResult{Total: 250, TookMS: 2, Hits: []archive.SearchHit{hit("a", ""), hit("b", "a")}},
			"Search · 249", "249 stories found · 2 ms"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := fake.New()
			if tt.versionOf != nil {
				b.WithVersions(tt.versionOf)
			}
			m := newList(b)
			run(m, m.Init())
			if tt.result != nil {
				run(m, m.StartSearch())
				m.input.SetValue("toll")
				run(m, m.Update(ResultMsg{Tag: m.tag, Query: "toll", Result: tt.result}))
			}
			if got := m.Title(); got != tt.title {
				t.Errorf("title %q, want %q", got, tt.title)
			}
			if got, took := m.Counts(); strings.TrimSuffix(got+" · "+took, " · ") != tt.cnts {
				t.Errorf("counts %q, want %q", got, tt.cnts)
			}
		})
	}
}

// G goes to the last story of the archive, not of the pages loaded so far:
// the pages still to load come in and the cursor follows them; a move
// before they are in stays where the user put it.
func TestBottomLoadsTheRest(t *testing.T) {
	G := tea.KeyPressMsg{Code: 'G', Text: "G"}
	tests := []struct {
		name    string
		filler  int
		then    int // a move once G's first page is in (0: none)
		wantCur int
	}{
		{"one page", 0, 0, 5},
		{"three pages", 450, 0, 455},
		{"many pages", 5000, 0, 5005},
		{"moved away meanwhile", 450, -3, PageSize*2 - 1 - 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := newList(fake.New().WithFiller(tt.filler))
			run(m, m.Init())
			cmd := m.Update(G)
			if tt.then != 0 {
				// The first page G asked for arrives, then the user
				// moves before the rest does.
				msg := cmd()
				if b, ok := msg.(tea.BatchMsg); ok {
					for _, c := range b {
						if c != nil {
							if p, ok := c().(PageMsg); ok {
								msg = p
							}
						}
					}
				}
				next := m.Update(msg)
				run(m, m.Move(tt.then))
				run(m, next)
			} else {
				run(m, cmd)
			}
			if m.cursor != tt.wantCur {
				t.Errorf("cursor %d, want %d (%d of %d loaded)", m.cursor, tt.wantCur, m.listed, m.total)
			}
		})
	}
}

// G in search results goes to the last hit, asking for the hits not
// fetched yet (a search fetches 100 at first).
func TestBottomOfHits(t *testing.T) {
	G := tea.KeyPressMsg{Code: 'G', Text: "G"}
	tests := []struct {
		name    string
		filler  int
		wantCur int
	}{
		{"fewer than one fetch", 50, 49},
		{"several fetches", 450, 449},
		{"more than one step of G", 1500, 1499},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := newList(fake.New().WithFiller(tt.filler))
			run(m, m.Init())
			run(m, m.SetQuery("nothing much"))
			run(m, m.Update(G))
			if m.cursor != tt.wantCur || m.result == nil || len(m.result.Hits) != tt.filler {
				t.Errorf("cursor %d, want %d (%d hits of %d fetched)", m.cursor, tt.wantCur, len(m.result.Hits), tt.filler)
			}
		})
	}
}
