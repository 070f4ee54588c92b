package related

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/storyline/storyline/internal/archive"
	"github.com/storyline/storyline/tui/common"
)

// Limit is how many related threads are asked for.
const Limit = 50

// RelatedMsg carries a thread's related threads.
type RelatedMsg struct {
	Req   int
	Items []archive.Related
	Err   error
}

// StorylineMsg carries an arc's timeline.
type StorylineMsg struct {
	Req     int
	Arc     string
	Entries []archive.ArcEntry
	Err     error
}

// Mode is what the pane shows.
type Mode int

// The pane's modes.
const (
	Strip    Mode = iota // the compact strip under the reader
	List                 // the full related list
	Timeline             // the storyline timeline
)

// Model is the related pane.
type Model struct {
	c             *common.Common
	width, height int
	mode          Mode

	thread, arc string
	items       []archive.Related
	all         []archive.ArcEntry // the storyline as loaded
	entries     []archive.ArcEntry // what it lists: all but versions of stories above
	relReq      int
	arcReq      int
	loading     bool
	err         string

	cursor, offset int
	focused        bool
}

// SetFocused tells the pane whether it has the keyboard (the strip shows
// its selection only then).
func (m *Model) SetFocused(f bool) { m.focused = f }

// New returns an empty pane.
func New(c *common.Common) *Model { return &Model{c: c} }

// SetSize sets the content size.
func (m *Model) SetSize(w, h int) tea.Cmd {
	m.width, m.height = w, h
	m.clamp()
	return nil
}

// SetMode switches between strip, list and timeline.
func (m *Model) SetMode(md Mode) {
	if md == m.mode {
		return
	}
	m.mode = md
	m.cursor, m.offset = 0, 0
	m.follow()
}

// follow puts the timeline's cursor on the thread being read, so that
// the storyline shows where the reader is (also after ] and [ stepped
// to another story with the timeline open).
func (m *Model) follow() {
	if m.mode == Timeline {
		for i, e := range m.entries {
			if e.Thread == m.thread {
				m.cursor = i
			}
		}
	}
	m.clamp()
}

// Mode returns the current mode.
func (m *Model) Mode() Mode { return m.mode }

// SetThread loads thread id's related threads and its arc's storyline.
func (m *Model) SetThread(id, arc string) tea.Cmd {
	if id == m.thread {
		return nil
	}
	m.thread = id
	m.items, m.err = nil, ""
	m.cursor, m.offset = 0, 0
	if id == "" {
		m.arc, m.all, m.entries = "", nil, nil
		return nil
	}
	m.relReq++
	m.loading = true
	req, b := m.relReq, m.c.Backend
	cmds := []tea.Cmd{func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		items, err := b.Related(ctx, id, Limit)
		return RelatedMsg{Req: req, Items: items, Err: err}
	}}
	if arc == m.arc {
		m.entries = listed(m.all, id)
		m.follow()
	} else {
		m.arc, m.all, m.entries = arc, nil, nil
		m.arcReq++
		if arc != "" {
			areq := m.arcReq
			cmds = append(cmds, func() tea.Msg {
				ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
				defer cancel()
				es, err := b.Storyline(ctx, arc)
				return StorylineMsg{Req: areq, Arc: arc, Entries: es, Err: err}
			})
		}
	}
	return tea.Batch(cmds...)
}

// Neighbour returns the storyline entry d steps from the current thread
// (d=1 next, d=-1 previous); ok is false when there is none or the
// storyline is not loaded yet, with a reason.
func (m *Model) Neighbour(d int) (e archive.ArcEntry, reason string, ok bool) {
	if m.arc == "" {
		return e, "this thread is in no storyline", false
	}
	if m.entries == nil {
		return e, "storyline still loading", false
	}
	cur := -1
	for i, en := range m.entries {
		if en.Thread == m.thread {
			cur = i
		}
	}
	if cur < 0 {
		return e, "thread not in its storyline", false
	}
	// Step over the entries of the same story (a story can hold several
	// threads of one storyline).
	story := m.entries[cur].Story
	for i := cur + d; i >= 0 && i < len(m.entries); i += d {
		if m.entries[i].Story != story {
			return m.entries[i], "", true
		}
	}
	if d < 0 {
		return e, "first story of this storyline", false
	}
	return e, "last story of this storyline", false
}

// Update handles the pane's data and keys.
func (m *Model) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case RelatedMsg:
		if msg.Req != m.relReq {
			return nil
		}
		m.loading = false
		if msg.Err != nil {
			m.err = msg.Err.Error()
			return nil
		}
		m.items = msg.Items
		m.clamp()
	case StorylineMsg:
		if msg.Req != m.arcReq {
			return nil
		}
		if msg.Err != nil {
			m.err = msg.Err.Error()
			return nil
		}
		m.all = msg.Entries
		m.entries = listed(m.all, m.thread)
		m.follow()
	case tea.KeyPressMsg:
		k := m.c.Keys
		switch {
		case key.Matches(msg, k.Up):
			m.Move(-1)
		case key.Matches(msg, k.Down):
			m.Move(1)
		case key.Matches(msg, k.Top):
			m.Move(-m.count())
		case key.Matches(msg, k.Bottom):
			m.Move(m.count())
		case key.Matches(msg, k.HalfDown, k.PageDown):
			m.Move(max(m.visible()/2, 1))
		case key.Matches(msg, k.HalfUp, k.PageUp):
			m.Move(-max(m.visible()/2, 1))
		case key.Matches(msg, k.Open):
			return m.open()
		}
	}
	return nil
}

func (m *Model) count() int {
	if m.mode == Timeline {
		return len(m.entries)
	}
	return len(m.items)
}

func (m *Model) itemHeight() int {
	switch m.mode {
	case List:
		return 2
	case Timeline:
		return 3
	}
	return 1
}

func (m *Model) visible() int { return max((m.height-1)/m.itemHeight(), 1) }

// Move moves the cursor by d rows.
func (m *Model) Move(d int) {
	m.cursor += d
	m.clamp()
}

func (m *Model) clamp() {
	m.cursor, m.offset = common.Window(m.cursor, m.offset, m.count(), m.visible())
}

// Click selects the row at content line y; clicking the selected row
// opens it.
func (m *Model) Click(y int) tea.Cmd {
	i := m.offset + (y-1)/m.itemHeight()
	if y < 1 || i >= m.count() {
		return nil
	}
	if i == m.cursor {
		return m.open()
	}
	m.cursor = i
	m.clamp()
	return nil
}

func (m *Model) open() tea.Cmd {
	var o common.OpenStoryMsg
	switch {
	case m.mode == Timeline && m.cursor < len(m.entries):
		o = common.OpenStoryMsg{ID: m.entries[m.cursor].Story, Thread: m.entries[m.cursor].Thread}
	case m.mode != Timeline && m.cursor < len(m.items):
		o = common.OpenStoryMsg{ID: m.items[m.cursor].Story, Thread: m.items[m.cursor].Thread}
	default:
		return nil
	}
	return func() tea.Msg { return o }
}

// Position says where the cursor stands among the rows listed, for the
// status bar: "related 2 of 9", or "entry 4 of 12" in a timeline.
func (m *Model) Position() string {
	n := m.count()
	if n == 0 || m.mode == Strip {
		return ""
	}
	noun := "related"
	if m.mode == Timeline {
		noun = "entry"
	}
	return fmt.Sprintf("%s %d of %d", noun, m.cursor+1, n)
}

// Title is the pane's frame title.
func (m *Model) Title() string {
	switch m.mode {
	case Timeline:
		return "Storyline · " + m.arcSize()
	case List:
		return fmt.Sprintf("Related threads · %d", len(m.items))
	}
	return "Related"
}

// arcSize says how many stories the storyline runs over and, when some
// story holds more than one of its threads, how many threads.
func (m *Model) arcSize() string {
	stories := map[string]bool{}
	for _, e := range m.entries {
		stories[e.Story] = true
	}
	n := common.Count(len(stories), "story", "stories")
	if len(m.entries) > len(stories) {
		n += " · " + common.Count(len(m.entries), "thread", "threads")
	}
	return n
}

// arcPlace says where the thread's story stands in its storyline and how
// long that is: "story 3 of 12", with the threads when some story holds
// more than one ("story 3 of 12 · 13 threads"); arcSize when the thread
// is not among the entries.
func (m *Model) arcPlace() string {
	var order []string
	at := -1
	for _, e := range m.entries {
		if !slices.Contains(order, e.Story) {
			order = append(order, e.Story)
		}
		if e.Thread == m.thread {
			at = slices.Index(order, e.Story)
		}
	}
	if at < 0 {
		return m.arcSize()
	}
	n := fmt.Sprintf("story %d of %d", at+1, len(order))
	if len(m.entries) > len(order) {
		n += " · " + common.Count(len(m.entries), "thread", "threads")
	}
	return n
}

// ShortHelp lists the pane's main keys.
func (m *Model) ShortHelp() []key.Binding {
	k := m.c.Keys
	return []key.Binding{k.Open, k.NextStory, k.PrevStory, k.Related, k.Timeline}
}

// View renders the pane's content in its mode.
func (m *Model) View() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	s := m.c.Styles
	var lines []string
	switch {
	case m.thread == "":
		lines = append(lines, s.Dim.Render("No thread selected."))
	case m.err != "":
		lines = append(lines, s.Error.Render(common.Clip("error: "+common.Line(m.err), m.width)))
	case m.mode == Timeline:
		lines = m.timeline()
	default:
		lines = m.list()
	}
	for i := range lines {
		lines[i] = common.Clip(lines[i], m.width)
	}
	return common.Lines(lines, m.height)
}

func (m *Model) bar(sel bool) string {
	if sel {
		return m.c.Styles.SelectedBar.Render("▌") + " "
	}
	return "  "
}

func (m *Model) list() []string {
	s := m.c.Styles
	head := s.Dim.Render("threads about the same matter in other stories")
	if m.arc != "" && len(m.entries) > 1 {
		head = s.Dim.Render("storyline: " + m.arcPlace() + " · ] next · [ previous · s timeline")
	}
	lines := []string{head}
	if len(m.items) == 0 {
		if m.loading {
			return append(lines, s.Dim.Render("loading…"))
		}
		return append(lines, s.Dim.Render("no related threads: no other story shares enough names and words"))
	}
	// A column of dates only when some thread has one: undated archives
	// (many datasets) would lose twelve columns of every row to blanks.
	dated := slices.ContainsFunc(m.items, func(r archive.Related) bool { return r.Published != nil })
	for i := m.offset; i < len(m.items) && len(lines) < m.height; i++ {
		r := m.items[i]
		sel := i == m.cursor && m.mode != Strip || i == m.cursor && m.focused
		n := common.ThreadNum(r.Thread)
		title := common.Line(r.Title)
		if sel {
			title = s.Selected.Render(title)
		} else {
			title = s.Title.Render(title)
		}
		reasons := r.Why
		version := len(reasons) > 0 && reasons[0] == archive.AnotherVersion
		if version {
			reasons = reasons[1:]
			title += s.Dim.Render("  (" + archive.AnotherVersion + ")")
		}
		date, indent := "", " " // the details start under the label
		if dated {
			date, indent = s.Date.Render(fmt.Sprintf("%-10s", common.Date(r.Published)))+"  ", strings.Repeat(" ", 12)
		}
		line := m.bar(sel) + date +
			s.Thread(n, false).Render("▌") + s.Accent.Render(common.Line(r.Label)) + s.Dim.Render(" — ") + title
		lines = append(lines, line)
		if m.mode == List {
			var why []string
			for _, w := range reasons {
				why = append(why, common.Line(w))
			}
			det := fmt.Sprintf("score %.2f", r.Score)
			if len(why) > 0 {
				det += " · shared: " + strings.Join(why, ", ")
			}
			lines = append(lines, m.bar(sel)+indent+s.Dim.Render(det))
		}
	}
	return lines
}

func (m *Model) timeline() []string {
	s := m.c.Styles
	hint := "dates down the side · enter opens · ] [ step through"
	if len(m.entries) > 0 && !slices.ContainsFunc(m.entries, func(e archive.ArcEntry) bool { return e.Published != nil }) {
		hint = "its stories carry no dates · enter opens · ] [ step through"
	}
	lines := []string{s.Dim.Render(hint)}
	dated := slices.ContainsFunc(m.entries, func(e archive.ArcEntry) bool { return e.Published != nil })
	if len(m.entries) == 0 {
		if m.arc == "" {
			return append(lines, s.Dim.Render("this thread is in no storyline"))
		}
		return append(lines, s.Dim.Render("loading…"))
	}
	for i := m.offset; i < len(m.entries) && len(lines) < m.height; i++ {
		e := m.entries[i]
		sel := i == m.cursor
		here := e.Thread == m.thread
		dot := s.Faint.Render("○")
		if here {
			dot = s.Accent.Render("●")
		}
		title, date, style := common.Line(e.Title), common.Date(e.Published), s.Title
		// Another thread of the story just above: say so instead of
		// repeating its date and headline (unless that is scrolled away).
		if i > m.offset && m.entries[i-1].Story == e.Story {
			title, date, style = "same story, another thread", "", s.Dim
		}
		if sel {
			style = s.Selected
		}
		title = style.Render(title)
		if n := len(e.Versions); n > 0 { // only a story's first entry has them
			title += s.Dim.Render("  · " + common.Count(n+1, "version", "versions"))
		}
		if here {
			title += s.Dim.Render("  (reading)")
		}
		n := common.ThreadNum(e.Thread)
		var actors []string
		for _, a := range e.NewActors {
			actors = append(actors, common.Line(a))
		}
		enter := ""
		if len(actors) > 0 {
			enter = s.Dim.Render("  + " + strings.Join(actors, ", "))
		}
		// The dates down the side, when the storyline has any.
		when, pad := "", ""
		if dated {
			when, pad = s.Date.Render(fmt.Sprintf("%-10s", date))+" ", strings.Repeat(" ", 11)
		}
		lines = append(lines,
			m.bar(sel)+when+dot+" "+title,
			m.bar(sel)+pad+s.Faint.Render("│")+" "+s.Thread(n, false).Render("▌"+common.Line(e.Label))+enter,
			m.bar(false)+pad+s.Faint.Render("│"))
	}
	return lines
}

// listed returns the entries of a storyline a reader of thread sees: all
// but those whose story is a version of a story above (ArcEntry.VersionOf),
// keeping the story being read even when it is one. A nil storyline
// (not loaded yet) stays nil.
func listed(all []archive.ArcEntry, thread string) []archive.ArcEntry {
	if all == nil {
		return nil
	}
	story := thread
	if i := strings.LastIndexByte(thread, '#'); i >= 0 {
		story = thread[:i]
	}
	out := make([]archive.ArcEntry, 0, len(all))
	for _, e := range all {
		if e.VersionOf == "" || e.Story == story {
			out = append(out, e)
		}
	}
	return out
}
