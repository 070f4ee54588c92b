package list

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"github.com/storyline/storyline/index"
	"github.com/storyline/storyline/internal/archive"
	"github.com/storyline/storyline/tui/common"
)

// SearchLimit is how many hits one search asks for.
const SearchLimit = 100

// callTimeout bounds every backend call of the pane.
const callTimeout = 10 * time.Second

// Model is the list/search pane.
type Model struct {
	c             *common.Common
	width, height int

	// Story list.
	stories []archive.StorySummary // without versions of others
	listed  int                    // stories loaded, versions included
	total   int                    // stories, versions included
	folded  int                    // of total, versions shown under another story
	loading bool
	// toBottom: G asked for the last story; pages load until it is in.
	toBottom bool
	pageReq  int
	listErr  string

	// Search.
	input     textinput.Model
	typing    bool
	query     string                // the query whose results are shown
	tag       int                   // revision of the input; results of others are stale
	result    *archive.SearchResult // its hits without versions of others
	fetched   int                   // hits the search returned, versions included
	searchErr string
	// errHint says how to mend a query that does not parse; advice
	// what to try when a query found nothing (index.Advice).
	errHint   string
	advice    []string
	searching bool
	limit     int // hits asked for; grows as the cursor nears the end
	order     archive.Order
	cancel    context.CancelFunc
	rest      int    // revision of the cursor; previews of older ones are dropped
	last      string // the last query run, for enter on an empty box

	cursor, offset int
}

// placeholder hints at the query syntax in an empty search box.
const placeholder = `words, "a phrase", actor:"Name", thread:, source:`

// New returns the pane; Init loads the first page.
func New(c *common.Common) *Model {
	ti := textinput.New()
	ti.Prompt = "/ "
	ti.Placeholder = placeholder
	m := &Model{c: c, input: ti, loading: true}
	m.Restyle()
	return m
}

// Restyle applies the current styles (after a theme change).
func (m *Model) Restyle() { m.input.SetStyles(m.c.InputStyles()) }

// Init loads the first page of stories.
func (m *Model) Init() tea.Cmd { return m.loadPage(0) }

func (m *Model) loadPage(offset int) tea.Cmd {
	n := PageSize
	if m.toBottom {
		n = bottomPage
	}
	return m.fetch(offset, n, false, "")
}

// bottomPage is how many stories one List call loads on the way to the
// last story (G): fewer calls than pages, each short enough to keep the
// screen alive on a large archive.
const bottomPage = 10 * PageSize

// fetch loads limit stories from offset. With reload, the answer replaces
// the stories loaded so far and the cursor goes back to the story with id
// keep, when there is one (Reload).
func (m *Model) fetch(offset, limit int, reload bool, keep string) tea.Cmd {
	m.pageReq++
	m.loading = true
	req, b := m.pageReq, m.c.Backend
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), callTimeout)
		defer cancel()
		items, total, err := b.List(ctx, offset, limit)
		folded := -1 // later pages leave the count as the first page set it
		if err == nil && offset == 0 {
			// The count walks the store's version index, so it is taken
			// with the first page (and on reload), not with every page.
			// A failed count only leaves the title counting versions.
			folded, _ = b.Folded(ctx)
		}
		return PageMsg{Req: req, Offset: offset, Items: items, Total: total, Folded: folded, Err: err, Reload: reload, Keep: keep}
	}
}

// Restart shows another archive's stories from the top.
func (m *Model) Restart() tea.Cmd {
	m.stories, m.listed, m.total, m.folded = nil, 0, 0, 0
	m.toBottom = false
	m.cursor, m.offset = 0, 0
	return m.loadPage(0)
}

// Reload fetches again what the pane shows, after the archive changed
// under it (an import ran while the browser was away): the stories loaded
// so far, from the newest, with the cursor kept on the same story; or the
// search, with its cursor kept.
func (m *Model) Reload() tea.Cmd {
	if m.Searching() {
		q := m.query
		if m.typing {
			q = m.input.Value()
		}
		return m.search(m.tag, q)
	}
	keep := ""
	if m.cursor < len(m.stories) {
		keep = m.stories[m.cursor].ID
	}
	return m.fetch(0, max(m.listed, PageSize), true, keep)
}

// SetSize sets the content size (inside the frame).
func (m *Model) SetSize(w, h int) tea.Cmd {
	m.width, m.height = w, h
	m.input.SetWidth(max(w-3, 1))
	m.clampOffset()
	return nil
}

// Typing reports whether the search box has the keyboard.
func (m *Model) Typing() bool { return m.typing }

// Searching reports whether search results (not the story list) show.
func (m *Model) Searching() bool { return m.typing || m.query != "" || m.input.Value() != "" }

// Title is the pane's frame title.
func (m *Model) Title() string {
	if m.Searching() {
		if m.result != nil && m.query != "" {
			return fmt.Sprintf("Search · %d", m.found())
		}
		return "Search"
	}
	if m.total > 0 {
		t := fmt.Sprintf("Stories · %d", m.total-m.folded)
		if m.folded > 0 {
			// The rows count reports; say what else the archive holds.
			t += fmt.Sprintf(" (+%s)", common.Count(m.folded, "version", "versions"))
		}
		return t
	}
	return "Stories"
}

// Counts describes the pane for the status bar: the stories listed or
// found, and how long the search took ("" for the list), which a narrow
// bar drops first.
func (m *Model) Counts() (stories, took string) {
	if m.Searching() && m.result != nil {
		// Stories, as the list counts them: the reader counts its hits.
		return common.Count(m.found(), "story", "stories") + " found", fmt.Sprintf("%.0f ms", m.result.TookMS)
	}
	return common.Count(m.total-m.folded, "story", "stories"), ""
}

// found is how many stories the search found as the list shows them:
// its total less the versions folded under a hit above them (those of
// the hits fetched so far; all of them once every hit is).
func (m *Model) found() int {
	folded := max(m.fetched-len(m.result.Hits), 0)
	return max(int(m.result.Total)-folded, len(m.result.Hits))
}

// StartSearch gives an empty search box the keyboard: "/" starts a new
// search, as in less and vim, and enter on the empty box runs the last
// query again.
func (m *Model) StartSearch() tea.Cmd {
	if m.cancel != nil {
		m.cancel()
		m.cancel = nil
	}
	m.tag++
	m.input.SetValue("")
	m.input.Placeholder = placeholder
	if m.last != "" {
		m.input.Placeholder = "enter: " + m.last + " again"
	}
	m.query, m.result, m.searchErr, m.searching = "", nil, "", false
	return m.EditSearch()
}

// EditSearch gives the search box the keyboard with its query kept.
func (m *Model) EditSearch() tea.Cmd {
	m.typing = true
	m.cursor, m.offset = 0, 0
	return m.input.Focus()
}

// SetQuery puts q in the search box and runs it at once (no debounce).
func (m *Model) SetQuery(q string) tea.Cmd {
	m.input.SetValue(q)
	m.input.CursorEnd()
	m.input.Blur()
	m.typing = false
	m.tag++
	m.limit = SearchLimit
	m.cursor, m.offset = 0, 0
	return m.search(m.tag, q)
}

// Cancel leaves search and returns to the story list.
func (m *Model) Cancel() {
	if m.cancel != nil {
		m.cancel()
		m.cancel = nil
	}
	m.tag++
	m.typing = false
	m.input.Blur()
	m.input.SetValue("")
	m.query, m.result, m.searchErr, m.searching = "", nil, "", false
	m.cursor, m.offset = 0, 0
}

func (m *Model) search(tag int, q string) tea.Cmd {
	if m.cancel != nil {
		m.cancel()
	}
	if strings.TrimSpace(q) == "" {
		m.query, m.result, m.searchErr, m.searching = "", nil, "", false
		m.cancel = nil
		return nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), callTimeout)
	m.cancel = cancel
	m.searching = true
	if m.limit < SearchLimit {
		m.limit = SearchLimit
	}
	b, limit, order := m.c.Backend, m.limit, m.order
	return func() tea.Msg {
		defer cancel()
		res, err := b.SearchOrdered(ctx, q, limit, order)
		return ResultMsg{Tag: tag, Query: q, Result: res, Err: err}
	}
}

// rows returns how many items the list shows and how tall each is.
func (m *Model) itemHeight() int {
	if m.Searching() {
		return 3
	}
	return 2
}

func (m *Model) headerHeight() int {
	if m.Searching() {
		return 2
	}
	return 0
}

func (m *Model) visible() int {
	return max((m.height-m.headerHeight())/m.itemHeight(), 1)
}

func (m *Model) count() int {
	if m.Searching() {
		if m.result == nil {
			return 0
		}
		return len(m.result.Hits)
	}
	return len(m.stories)
}

func (m *Model) clampOffset() {
	m.cursor, m.offset = common.Window(m.cursor, m.offset, m.count(), m.visible())
}

// Move moves the cursor by d items, loading the next page near the end.
func (m *Model) Move(d int) tea.Cmd {
	m.toBottom = false // the user moved on
	old := m.cursor
	m.cursor += d
	m.clampOffset()
	var cmd tea.Cmd
	switch {
	case !m.Searching() && m.nearEnd():
		cmd = m.loadPage(m.listed)
	// Near the end of the hits, ask again for more of them.
	case m.Searching() && m.result != nil && !m.searching && m.query != "" &&
		uint64(m.fetched) < m.result.Total && m.fetched >= m.limit &&
		m.cursor >= len(m.result.Hits)-m.visible()*2:
		m.limit += SearchLimit
		cmd = m.search(m.tag, m.query)
	}
	if m.cursor != old {
		cmd = tea.Batch(cmd, m.previewLater())
	}
	return cmd
}

// previewLater shows the selected item in the reader once the cursor has
// rested on it for PreviewDelay, so that holding j does not load every
// story on the way.
func (m *Model) previewLater() tea.Cmd {
	m.rest++
	tag := m.rest
	return tea.Tick(PreviewDelay, func(time.Time) tea.Msg { return previewTickMsg{Tag: tag} })
}

// Click selects the item at content row y; a click on the selected item
// opens it.
func (m *Model) Click(y int) tea.Cmd {
	y -= m.headerHeight()
	if y < 0 {
		if m.Searching() {
			return m.EditSearch()
		}
		return nil
	}
	i := m.offset + y/m.itemHeight()
	if i >= m.count() {
		return nil
	}
	if i == m.cursor {
		return m.open()
	}
	return m.Move(i - m.cursor)
}

// Update handles messages; keys only arrive when the pane has focus (or
// the search box has the keyboard).
func (m *Model) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case PageMsg:
		if msg.Req != m.pageReq {
			return nil
		}
		m.loading = false
		if msg.Err != nil {
			m.listErr = msg.Err.Error()
			return nil
		}
		m.listErr = ""
		m.total = msg.Total
		if msg.Folded >= 0 {
			m.folded = msg.Folded
		}
		m.folded = min(m.folded, m.total)
		switch {
		case msg.Reload:
			m.stories, m.listed = withoutStoryVersions(nil, msg.Items), len(msg.Items)
			if i := slices.IndexFunc(m.stories, func(s archive.StorySummary) bool { return s.ID == msg.Keep }); i >= 0 {
				m.offset += i - m.cursor
				m.cursor = i
			}
		case msg.Offset == m.listed:
			m.stories, m.listed = withoutStoryVersions(m.stories, msg.Items), m.listed+len(msg.Items)
		}
		if m.toBottom && !m.Searching() && len(m.stories) > 0 {
			// On to the last story loaded, and on loading until the last
			// of all is.
			m.cursor = len(m.stories) - 1
			if m.listed >= m.total || len(msg.Items) == 0 {
				m.toBottom = false
			}
			m.clampOffset()
			if m.toBottom {
				return m.loadPage(m.listed)
			}
			return m.previewLater()
		}
		m.clampOffset()
		// A page of hidden versions leaves the list short: go on.
		if m.nearEnd() {
			return m.loadPage(m.listed)
		}
		return nil
	case previewTickMsg:
		if msg.Tag != m.rest || m.typing {
			return nil // the cursor moved on, or the box has the keyboard
		}
		return m.selected(true)
	case searchTickMsg:
		if msg.Tag != m.tag {
			return nil
		}
		return m.search(msg.Tag, m.input.Value())
	case ResultMsg:
		if msg.Tag != m.tag {
			return nil // stale: the query changed since
		}
		m.searching = false
		// A new query's hits (not more hits of the same one) preview
		// the top hit in the reader, also while the box has the
		// keyboard: the reader follows the search as it is typed.
		fresh := msg.Query != m.query || m.result == nil
		m.query = msg.Query
		if q := strings.TrimSpace(msg.Query); q != "" {
			m.last = q
		}
		m.errHint, m.advice = "", nil
		if msg.Err != nil {
			m.searchErr = msg.Err.Error()
			var qe *index.QueryError
			if errors.As(msg.Err, &qe) {
				m.errHint = qe.Hint()
			}
			return nil
		}
		m.searchErr = ""
		m.result, m.fetched = withoutVersions(msg.Result)
		if m.result != nil && len(m.result.Hits) == 0 {
			m.advice = index.Advice(msg.Query)
		}
		if m.toBottom && !fresh && m.result != nil && len(m.result.Hits) > 0 {
			// G: on to the last hit, asking for the rest until it is in.
			m.cursor = len(m.result.Hits) - 1
			m.clampOffset()
			if uint64(m.fetched) < m.result.Total && m.fetched >= m.limit {
				m.limit += bottomHits
				return m.search(m.tag, m.query)
			}
			m.toBottom = false
			return m.previewLater()
		}
		m.toBottom = false
		m.clampOffset()
		if fresh && m.cursor == 0 && m.result != nil && len(m.result.Hits) > 0 {
			m.rest++ // a pending cursor preview is superseded
			return m.selected(true)
		}
		return nil
	case tea.KeyPressMsg:
		if m.typing {
			return m.typingKey(msg)
		}
		return m.key(msg)
	}
	return nil
}

func (m *Model) typingKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.c.Keys
	switch {
	case key.Matches(msg, k.Back):
		m.Cancel()
		return nil
	case key.Matches(msg, k.Open):
		if strings.TrimSpace(m.input.Value()) == "" && m.last != "" {
			m.input.SetValue(m.last)
			m.input.CursorEnd()
		}
		m.typing = false
		m.input.Blur()
		if m.query == m.input.Value() && m.result != nil && len(m.result.Hits) > 0 {
			return m.open()
		}
		m.tag++
		return m.search(m.tag, m.input.Value())
	case msg.Code == tea.KeyDown || msg.Code == tea.KeyUp:
		// The arrows leave the box for the hits and move at once, so
		// the first press is never lost.
		m.typing = false
		m.input.Blur()
		if msg.Code == tea.KeyDown {
			return m.Move(1)
		}
		return m.Move(-1)
	}
	before := m.input.Value()
	var cmd tea.Cmd
	m.input, cmd = m.input.Update(msg)
	if m.input.Value() == before {
		return cmd
	}
	m.tag++
	tag := m.tag
	m.limit = SearchLimit
	m.cursor, m.offset = 0, 0
	return tea.Batch(cmd, tea.Tick(debounceMS*time.Millisecond, func(time.Time) tea.Msg { return searchTickMsg{Tag: tag} }))
}

func (m *Model) key(msg tea.KeyPressMsg) tea.Cmd {
	k := m.c.Keys
	switch {
	case key.Matches(msg, k.Up):
		return m.Move(-1)
	case key.Matches(msg, k.Down):
		return m.Move(1)
	case key.Matches(msg, k.Top):
		return m.Move(-m.cursor)
	case key.Matches(msg, k.Bottom):
		return m.bottom()
	case key.Matches(msg, k.HalfDown):
		return m.Move(m.visible() / 2)
	case key.Matches(msg, k.HalfUp):
		return m.Move(-m.visible() / 2)
	case key.Matches(msg, k.PageDown):
		return m.Move(m.visible())
	case key.Matches(msg, k.PageUp):
		return m.Move(-m.visible())
	case key.Matches(msg, k.Open):
		return m.open()
	case key.Matches(msg, k.SortHits) && m.Searching():
		return m.cycleOrder()
	}
	return nil
}

// cycleOrder ranks the hits the next way (relevance, newest first,
// oldest first) and runs the search again from its top hit.
func (m *Model) cycleOrder() tea.Cmd {
	m.order = (m.order + 1) % 3
	q := m.query
	if q == "" {
		q = m.input.Value()
	}
	m.tag++
	m.result = nil // the new top hit is previewed
	m.cursor, m.offset = 0, 0
	m.limit = SearchLimit
	return m.search(m.tag, q)
}

// Order is how the hits are ranked.
func (m *Model) Order() archive.Order { return m.order }

// open opens the selected story (at its first matching thread and with
// the hit terms when searching), and drops any pending preview.
func (m *Model) open() tea.Cmd {
	m.rest++
	return m.selected(false)
}

// selected asks the root to show the selected story: opened for reading,
// or as a preview that leaves the keyboard with the list.
func (m *Model) selected(preview bool) tea.Cmd {
	var o common.OpenStoryMsg
	switch {
	case m.Searching():
		if m.result == nil || m.cursor >= len(m.result.Hits) {
			return nil
		}
		h := m.result.Hits[m.cursor]
		o = common.OpenStoryMsg{ID: h.ID, Terms: common.CleanTerms(h.Terms)}
		if len(o.Terms) == 0 { // a backend that only marks fragments
			o.Terms = common.MarkedTerms(h.Fragments)
		}
		if len(h.Threads) > 0 {
			o.Thread = h.Threads[0]
		}
	case m.cursor < len(m.stories):
		o = common.OpenStoryMsg{ID: m.stories[m.cursor].ID}
	default:
		return nil
	}
	o.Preview = preview
	return func() tea.Msg { return o }
}

// ShortHelp lists the pane's main keys.
func (m *Model) ShortHelp() []key.Binding {
	k := m.c.Keys
	if m.typing {
		return []key.Binding{k.Open, k.Back}
	}
	if m.Searching() {
		return []key.Binding{k.Open, k.SortHits, k.Up, k.Down, k.Search}
	}
	return []key.Binding{k.Up, k.Down, k.Open, k.Search}
}

// bottom moves to the last story (G): of those loaded at once, and to
// the last of the archive as the pages still to load come in.
func (m *Model) bottom() tea.Cmd {
	if m.Searching() {
		more := m.result != nil && m.query != "" && uint64(m.fetched) < m.result.Total && m.fetched >= m.limit
		cmd := m.Move(m.count()) // which may ask for more already
		if more {
			m.toBottom = true
			if !m.searching {
				// Move asked for no more (it asks near the end only).
				m.limit += bottomHits
				cmd = tea.Batch(cmd, m.search(m.tag, m.query))
			}
		}
		return cmd
	}
	cmd := m.Move(m.count())
	if m.listed < m.total {
		m.toBottom = true
		if !m.loading {
			cmd = tea.Batch(cmd, m.loadPage(m.listed))
		}
	}
	return cmd
}

// bottomHits is how many more hits each search asks for on the way to the
// last hit (G).
const bottomHits = 10 * SearchLimit

// nearEnd reports whether the story list should load its next page: the
// cursor is within two screens of the end of what is loaded and more
// stories remain.
func (m *Model) nearEnd() bool {
	return !m.loading && m.listed < m.total && m.cursor >= len(m.stories)-m.visible()*2
}

// withoutStoryVersions appends to stories the items that are not versions
// of another story (the list shows them under it).
func withoutStoryVersions(stories, items []archive.StorySummary) []archive.StorySummary {
	for _, it := range items {
		if it.VersionOf == "" {
			stories = append(stories, it)
		}
	}
	return stories
}

// withoutVersions returns res without the hits that are versions of a
// hit ranked above them (the list shows those under it), and how many
// hits res had.
func withoutVersions(res *archive.SearchResult) (*archive.SearchResult, int) {
	if res == nil {
		return nil, 0
	}
	out := *res
	out.Hits = make([]archive.SearchHit, 0, len(res.Hits))
	for _, h := range res.Hits {
		if h.VersionOf == "" {
			out.Hits = append(out.Hits, h)
		}
	}
	return &out, len(res.Hits)
}
