package reader

import (
	"fmt"
	"regexp"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/storyline/storyline/internal/archive"
	"github.com/storyline/storyline/internal/sanitize"
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
}

// New returns an empty reader.
func New(c *common.Common) *Model {
	return &Model{c: c, cache: map[renderKey][][]string{}, plain: map[renderKey][][]string{}, pending: map[renderKey]bool{}}
}

// Story returns the open story (nil when none).
func (m *Model) Story() *archive.Story { return m.story }

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
	m.title = sanitize.Line(s.Title)
	var meta []string
	if d := common.Date(s.Published); d != "" {
		meta = append(meta, d)
	}
	for _, f := range []string{s.Source, s.Byline} {
		if f = sanitize.Line(f); f != "" {
			meta = append(meta, f)
		}
	}
	m.meta = strings.Join(meta, " · ")
	m.url = sanitize.Line(s.URL)
	m.texts = make([]string, len(s.Paragraphs))
	m.furn = make([]bool, len(s.Paragraphs))
	m.pthread = make([]int, len(s.Paragraphs))
	for i, p := range s.Paragraphs {
		m.texts[i] = collapseSpace(sanitize.Text(p.Text))
		m.furn[i] = p.Boilerplate
		if p.Thread != nil {
			m.pthread[i] = *p.Thread
		}
	}
	m.threads = m.threads[:0]
	for i, t := range s.Threads {
		th := thread{num: i + 1, id: t.ID, label: sanitize.Line(t.Label), paras: t.Paragraphs}
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

// Update handles messages; keys arrive when the pane has focus, or from
// the root for the story-wide keys (threads, hits, focus mode).
func (m *Model) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case RenderedMsg:
		delete(m.pending, msg.key)
		if msg.Err != nil {
			return func() tea.Msg { return common.ErrMsg{Op: "render", Err: msg.Err} }
		}
		m.cache[msg.key] = msg.Paras
		if msg.key == m.key() {
			top := m.topPara()
			m.layout()
			if top >= 0 {
				m.scrollToPara(top)
			}
		}
	case tea.KeyPressMsg:
		return m.handleKey(msg)
	}
	return nil
}

func (m *Model) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.c.Keys
	body := m.bodyHeight()
	switch {
	case key.Matches(msg, k.Up):
		m.Scroll(-1)
	case key.Matches(msg, k.Down):
		m.Scroll(1)
	case key.Matches(msg, k.Top):
		m.Scroll(-len(m.lines))
	case key.Matches(msg, k.Bottom):
		m.Scroll(len(m.lines))
	case key.Matches(msg, k.HalfDown):
		m.Scroll(body / 2)
	case key.Matches(msg, k.HalfUp):
		m.Scroll(-body / 2)
	case key.Matches(msg, k.PageDown):
		m.Scroll(body)
	case key.Matches(msg, k.PageUp):
		m.Scroll(-body)
	default:
		return m.StoryKey(msg)
	}
	return nil
}

// StoryKey handles the story-wide keys, whichever pane has focus:
// threads, focus mode, furniture and search hits.
func (m *Model) StoryKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.c.Keys
	if m.story == nil {
		return nil
	}
	switch {
	case key.Matches(msg, k.NextThread):
		m.StepThread(1)
	case key.Matches(msg, k.PrevThread):
		m.StepThread(-1)
	case key.Matches(msg, k.JumpThread):
		n := int(msg.Code - '0')
		if len(msg.Text) == 1 && msg.Text[0] >= '1' && msg.Text[0] <= '9' {
			n = int(msg.Text[0] - '0')
		}
		if m.thread(n) == nil {
			return status(fmt.Sprintf("no thread %d", n), true)
		}
		m.GoThread(n)
	case key.Matches(msg, k.Focus):
		m.ToggleFocus()
	case key.Matches(msg, k.Boilerplate):
		m.furniture = !m.furniture
		top, atTop := m.topPara(), m.offset == 0
		m.layout()
		if !atTop {
			m.scrollToPara(top)
		}
		if m.furniture {
			return status("showing page furniture", false)
		}
		return status("page furniture hidden", false)
	case key.Matches(msg, k.NextHit):
		return m.StepHit(1)
	case key.Matches(msg, k.PrevHit):
		return m.StepHit(-1)
	}
	return nil
}

func status(s string, err bool) tea.Cmd {
	return func() tea.Msg { return common.StatusMsg{Text: s, Err: err} }
}

// StepThread moves to the next (d=1) or previous (d=-1) thread.
func (m *Model) StepThread(d int) {
	if len(m.threads) == 0 {
		return
	}
	i := 0
	for j, t := range m.threads {
		if t.num == m.cur {
			i = j
		}
	}
	i = (i + d + len(m.threads)) % len(m.threads)
	m.GoThread(m.threads[i].num)
}

// GoThread makes thread n current and scrolls to its first paragraph.
func (m *Model) GoThread(n int) {
	if m.thread(n) == nil {
		return
	}
	m.cur = n
	m.layout()
	if m.focus {
		m.offset = 0
		return
	}
	m.scrollToThread(n)
}

// ToggleFocus switches focus mode (only the current thread shows).
func (m *Model) ToggleFocus() {
	if m.cur == 0 {
		return
	}
	m.focus = !m.focus
	m.layout()
	if m.focus {
		m.offset = 0
	} else {
		m.scrollToThread(m.cur)
	}
}

// StepHit jumps to the next or previous paragraph with a search hit.
func (m *Model) StepHit(d int) tea.Cmd {
	if len(m.hitParas) == 0 {
		return status("no search hits in this story", false)
	}
	m.hit = (m.hit + d + len(m.hitParas)) % len(m.hitParas)
	p := m.hitParas[m.hit]
	m.scrollToPara(p)
	if t := m.pthread[p]; t > 0 && !m.focus && t != m.cur {
		m.cur = t
		m.layout()
	}
	return status(fmt.Sprintf("hit %d of %d", m.hit+1, len(m.hitParas)), false)
}

func (m *Model) scrollToThread(n int) {
	t := m.thread(n)
	if t == nil {
		return
	}
	for _, p := range t.paras {
		if _, ok := m.paraStart[p]; ok {
			m.scrollToPara(p)
			return
		}
	}
}

// scrollToPara puts paragraph p at the top of the view, even near the
// end of the story (the view may then scroll past the end until the user
// scrolls back up).
func (m *Model) scrollToPara(p int) {
	if l, ok := m.paraStart[p]; ok {
		m.offset = l
		m.jumpMax = l
		m.clamp()
	}
}

// Scroll moves the view by d lines; the current thread follows the
// paragraph at the top (outside focus mode).
func (m *Model) Scroll(d int) {
	m.offset += d
	m.clamp()
	if m.focus || len(m.lineThr) == 0 {
		return
	}
	if t := m.lineThr[min(m.offset, len(m.lineThr)-1)]; t > 0 && t != m.cur {
		m.cur = t
		m.layout()
	}
}

func (m *Model) bodyHeight() int { return max(m.height-len(m.header), 1) }

func (m *Model) clamp() {
	limit := max(len(m.lines)-m.bodyHeight(), 0)
	if m.jumpMax > limit {
		if m.offset <= limit {
			m.jumpMax = 0
		} else {
			limit = min(m.jumpMax, len(m.lines)-1)
		}
	}
	m.offset = max(min(m.offset, limit), 0)
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

// Position describes where the reader is, for the status bar.
func (m *Model) Position() string {
	if m.story == nil {
		return ""
	}
	s := fmt.Sprintf("thread %d/%d", m.cur, len(m.threads))
	if len(m.hitParas) > 0 {
		s += fmt.Sprintf(" · %d hits", len(m.hitParas))
	}
	body := m.bodyHeight()
	if len(m.lines) > body {
		s += fmt.Sprintf(" · %d%%", min(100, (m.offset+body)*100/len(m.lines)))
	}
	return s
}

// ShortHelp lists the pane's main keys.
func (m *Model) ShortHelp() []key.Binding {
	k := m.c.Keys
	return []key.Binding{k.NextThread, k.Focus, k.NextHit, k.NextStory, k.OpenURL}
}

// Click makes the thread of the paragraph at content row y current.
func (m *Model) Click(y int) {
	i := y - len(m.header) + m.offset
	if y < len(m.header) || i < 0 || i >= len(m.lineThr) {
		return
	}
	if t := m.lineThr[i]; t > 0 && t != m.cur && !m.focus {
		m.cur = t
		m.layout()
	}
}
