package tui

import (
	"context"
	"time"

	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"

	"github.com/storyline/storyline/tui/actors"
	"github.com/storyline/storyline/tui/common"
	"github.com/storyline/storyline/tui/keys"
	"github.com/storyline/storyline/tui/list"
	"github.com/storyline/storyline/tui/people"
	"github.com/storyline/storyline/tui/reader"
	"github.com/storyline/storyline/tui/related"
	"github.com/storyline/storyline/tui/statusbar"
	"github.com/storyline/storyline/tui/styles"
)

// pane names a focusable pane, in focus-cycling order.
type pane int

const (
	paneList pane = iota
	paneReader
	paneActors
	paneRelated
	paneCount
)

var paneNames = [...]string{"LIST", "READER", "ACTORS", "RELATED"}

// overlay is a full-screen view over the panes.
type overlay int

const (
	overlayNone overlay = iota
	overlayHelp
	overlayRelated
	overlayTimeline
	overlayPeople // the archive's actors
)

// Model is the root model.
type Model struct {
	c    *common.Common
	opts Options

	list    *list.Model
	reader  *reader.Model
	actors  *actors.Model
	related *related.Model
	people  *people.Model
	status  *statusbar.Model
	help    help.Model

	width, height int
	focus         pane
	lastMain      pane // last focused of list, reader, actors
	overlay       overlay
	autoTheme     bool

	storyReq int
	opening  bool // a story load is in flight
	// reading is the story opened to read (not previewed); history the
	// stories read before it, for JumpBack (see leaving).
	reading string
	history []common.OpenStoryMsg
	// newest: open the first story of the next first page (after a
	// switch from the demo to the user's archive).
	newest     bool
	thread     string
	rects      map[pane]rect
	configErr  string
	helpOffset int
	quitting   bool
}

// New builds the root model. It reads nothing from the backend: the first
// page of stories and everything else is loaded by Cmds from Init.
func New(b common.Backend, opts Options) *Model {
	theme := opts.theme()
	km := keys.Default()
	var cfgErr string
	if len(opts.Config.Keys) > 0 {
		if err := km.Rebind(opts.Config.Keys); err != nil {
			cfgErr = "config: " + err.Error()
		}
	}
	c := &common.Common{
		Backend: b,
		Keys:    km,
		Styles:  styles.New(styles.Theme{Dark: theme != "light", NoColor: opts.noColor()}),
	}
	m := &Model{
		c:         c,
		opts:      opts,
		list:      list.New(c),
		reader:    reader.New(c),
		actors:    actors.New(c),
		related:   related.New(c),
		people:    people.New(c),
		status:    statusbar.New(c, b.Info()),
		help:      help.New(),
		focus:     paneList,
		lastMain:  paneList,
		autoTheme: theme == "auto" || theme == "",
		configErr: cfgErr,
		rects:     map[pane]rect{},
	}
	m.restyleHelp()
	if cfgErr != "" {
		m.status.Message(cfgErr, true)
	}
	return m
}

// Init loads the first page, runs the initial query and asks the
// terminal for its background colour.
func (m *Model) Init() tea.Cmd {
	cmds := []tea.Cmd{m.list.Init()}
	if m.opts.Query != "" {
		cmds = append(cmds, m.list.SetQuery(m.opts.Query))
	}
	if m.autoTheme && !m.c.Styles.Theme.NoColor {
		cmds = append(cmds, tea.RequestBackgroundColor)
	}
	return tea.Batch(cmds...)
}

// openStory loads a story in a Cmd; the answer carries the request id.
func (m *Model) openStory(o common.OpenStoryMsg) tea.Cmd {
	m.storyReq++
	m.opening = true
	req, b := m.storyReq, m.c.Backend
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		s, err := b.Story(ctx, o.ID)
		return common.StoryMsg{Req: req, Open: o, Story: s, Err: err}
	}
}

func (m *Model) setTheme(dark bool) tea.Cmd {
	t := m.c.Styles.Theme
	if t.Dark == dark {
		return nil
	}
	t.Dark = dark
	m.c.Styles = styles.New(t)
	m.list.Restyle()
	m.people.Restyle()
	m.restyleHelp()
	return m.reader.Restyle()
}

func (m *Model) restyleHelp() {
	s := m.c.Styles
	m.help.Styles.ShortKey = s.StatusKey
	m.help.Styles.ShortDesc = s.Dim
	m.help.Styles.ShortSeparator = s.Faint
	m.help.Styles.FullKey = s.StatusKey
	m.help.Styles.FullDesc = s.Text
	m.help.Styles.FullSeparator = s.Faint
	m.help.Styles.Ellipsis = s.Faint
}
