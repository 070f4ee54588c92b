package reader

import (
	"fmt"
	"regexp"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/storyline/storyline/internal/archive"
	"github.com/storyline/storyline/tui/common"
)

// gutterWidth is the width of the thread gutter: bar, current mark,
// number (two cells), hit mark, space.
const gutterWidth = 6

// maxWrap caps the text width for readability on very wide panes.
const maxWrap = 100

// thread is a thread as the reader shows it.
type thread struct {
	num   int
	id    string
	label string
	paras []int
	arc   string
}

// Model is the reader pane.
type Model struct {
	c             *common.Common
	width, height int

	story   *archive.Story
	title   string
	meta    string
	url     string
	texts   []string // sanitised paragraph texts
	furn    []bool
	pthread []int // thread number per paragraph (0 = none)
	threads []thread

	cur       int // current thread number (0 = none)
	focus     bool
	furniture bool

	terms []string
	re    *regexp.Regexp
	hit   int // index into hitParas of the last jump

	cache   map[renderKey][][]string
	plain   map[renderKey][][]string
	pending map[renderKey]bool

	// Layout (rebuilt on every change of what is shown).
	header    []string
	lines     []string
	lineThr   []int // thread number per body line
	paraStart map[int]int
	jumpMax   int   // how far past the end a jump may leave the view
	hitParas  []int // paragraphs containing hits, in layout order
	offset    int

	emptyArchive bool // the archive has no story to open
}

// SetEmptyArchive says whether the archive has no story at all, so that
// the empty reader says how to import some instead of how to open one.
func (m *Model) SetEmptyArchive(empty bool) { m.emptyArchive = empty }

// New returns an empty reader.
func New(c *common.Common) *Model {
	return &Model{c: c, cache: map[renderKey][][]string{}, plain: map[renderKey][][]string{}, pending: map[renderKey]bool{}}
}

// Story returns the open story (nil when none).
func (m *Model) Story() *archive.Story { return m.story }

// Terms returns the search terms the story is highlighted with.
func (m *Model) Terms() []string { return m.terms }

// URL returns the open story's sanitised URL.
func (m *Model) URL() string { return m.url }

// CurrentThread returns the current thread's id and arc ("" when none).
func (m *Model) CurrentThread() (id, arc string) {
	if t := m.thread(m.cur); t != nil {
		return t.id, t.arc
	}
	return "", ""
}

// Focused reports whether focus mode is on.
func (m *Model) Focused() bool { return m.focus }

func (m *Model) thread(n int) *thread {
	if n < 1 || n > len(m.threads) {
		return nil
	}
	return &m.threads[n-1]
}

// SetStory shows a story, landing on thread landID (or the first hit
// when terms are given, else the top) with terms highlighted.
func (m *Model) SetStory(s *archive.Story, landID string, terms []string) tea.Cmd {
	m.story = s
	m.title = common.Line(s.Title)
	var meta []string
	if d := common.Date(s.Published); d != "" {
		meta = append(meta, d)
	}
	for _, f := range []string{s.Source, s.Byline} {
		if f = common.Line(f); f != "" {
			meta = append(meta, f)
		}
	}
	if n := len(s.Versions); n > 0 {
		meta = append(meta, common.Count(n+1, "version", "versions"))
	}
	m.meta = strings.Join(meta, " · ")
	m.url = common.Line(s.URL)
	m.texts = make([]string, len(s.Paragraphs))
	m.furn = make([]bool, len(s.Paragraphs))
	m.pthread = make([]int, len(s.Paragraphs))
	for i, p := range s.Paragraphs {
		m.texts[i] = collapseSpace(common.Text(p.Text))
		m.furn[i] = p.Boilerplate
		if p.Thread != nil {
			m.pthread[i] = *p.Thread
		}
	}
	m.threads = m.threads[:0]
	for i, t := range s.Threads {
		th := thread{num: i + 1, id: t.ID, label: common.Line(t.Label), paras: t.Paragraphs}
		if n := common.ThreadNum(t.ID); n > 0 {
			th.num = n
		}
		if t.Arc != nil {
			th.arc = *t.Arc
		}
		m.threads = append(m.threads, th)
	}
	m.terms = terms
	m.re = termsRegexp(terms)
	m.focus = false
	m.hit = -1
	m.cache = map[renderKey][][]string{}
	m.plain = map[renderKey][][]string{}
	m.pending = map[renderKey]bool{}
	m.cur = 0
	if len(m.threads) > 0 {
		m.cur = 1
	}
	for _, t := range m.threads {
		if t.id == landID {
			m.cur = t.num
		}
	}
	m.offset = 0
	m.layout()
	if len(m.hitParas) > 0 {
		m.hit = 0
		m.scrollToPara(m.hitParas[0])
		if t := m.pthread[m.hitParas[0]]; t > 0 {
			m.cur = t
		}
	} else if landID != "" {
		m.scrollToThread(m.cur)
	}
	m.layout()
	return m.renderCmd()
}

func collapseSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// textWidth is the wrap width of paragraph text.
func (m *Model) textWidth() int {
	return max(min(m.width-gutterWidth, maxWrap), 10)
}

func (m *Model) key() renderKey {
	theme := "dark"
	switch {
	case m.c.Styles.Theme.NoColor:
		theme = "plain"
	case !m.c.Styles.Theme.Dark:
		theme = "light"
	}
	id := ""
	if m.story != nil {
		id = m.story.ID
	}
	return renderKey{story: id, width: m.textWidth(), terms: strings.Join(m.terms, "\x00"), theme: theme}
}

// renderCmd asks for a glamour rendering of the current story at the
// current width, unless it is cached or on its way.
func (m *Model) renderCmd() tea.Cmd {
	if m.story == nil || m.width <= 0 {
		return nil
	}
	k := m.key()
	if _, ok := m.cache[k]; ok || m.pending[k] {
		return nil
	}
	m.pending[k] = true
	style := m.c.Styles.Glamour()
	texts, furn, re := m.texts, m.furn, m.re
	return func() tea.Msg {
		paras, err := renderGlamour(style, k.width, texts, furn, re)
		return RenderedMsg{key: k, Paras: paras, Err: err}
	}
}

// Restyle re-renders after a theme change.
func (m *Model) Restyle() tea.Cmd {
	m.layout()
	return m.renderCmd()
}

// SetSize sets the content size and re-renders for a new width.
func (m *Model) SetSize(w, h int) tea.Cmd {
	m.width, m.height = w, h
	top := m.topPara()
	m.layout()
	if top >= 0 {
		m.scrollToPara(top)
	}
	return m.renderCmd()
}

// topPara is the paragraph at the top of the view, -1 when none.
func (m *Model) topPara() int {
	best := -1
	for p, l := range m.paraStart {
		if l <= m.offset && (best < 0 || l > m.paraStart[best]) {
			best = p
		}
	}
	return best
}

// Title is the pane's frame title.
func (m *Model) Title() string {
	if m.story == nil {
		return "Reader"
	}
	if m.focus {
		return fmt.Sprintf("Reader · focus: thread %d", m.cur)
	}
	return "Reader"
}

// Position describes where the reader is, for the status bar, in parts
// that a narrow bar drops apart: the thread ("thread 1/4"), the search
// hits in the story ("3 hits") and how far down it is ("59%"), each ""
// when there is nothing to say.
func (m *Model) Position() (thread, hits, scroll string) {
	if m.story == nil {
		return "", "", ""
	}
	thread = fmt.Sprintf("thread %d/%d", m.cur, len(m.threads))
	if len(m.hitParas) > 0 {
		hits = common.Count(len(m.hitParas), "hit", "hits")
	}
	body := m.bodyHeight()
	if len(m.lines) > body {
		scroll = fmt.Sprintf("%d%%", min(100, (m.offset+body)*100/len(m.lines)))
	}
	return thread, hits, scroll
}

// ShortHelp lists the pane's main keys that do something for the story
// shown: threads to step through, search hits, a storyline, a URL ("n
// next hit" with no search, or "] next in storyline" for a thread in
// none, only answered that there was nothing to go to).
func (m *Model) ShortHelp() []key.Binding {
	k := m.c.Keys
	var hs []key.Binding
	if len(m.threads) > 1 {
		hs = append(hs, k.NextThread, k.Focus)
	}
	if len(m.hitParas) > 0 {
		hs = append(hs, k.NextHit)
	}
	if _, arc := m.CurrentThread(); arc != "" {
		hs = append(hs, k.NextStory)
	}
	if strings.HasPrefix(m.url, "http://") || strings.HasPrefix(m.url, "https://") {
		hs = append(hs, k.OpenURL)
	}
	if len(hs) < 2 {
		hs = append(hs, k.Down, k.Search)
	}
	return hs
}
