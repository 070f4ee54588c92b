package tui

import (
	"bytes"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"

	"github.com/storyline/storyline/tui/common"
	"github.com/storyline/storyline/tui/drive"
	"github.com/storyline/storyline/tui/internal/fake"
)

// Story ids of the fake backend's demo content.
const (
	roundup  = "a1b2c3d4e5f6" // three threads, the first interleaved
	levy     = "d4e5f6a7b8c9" // two threads of the bridge storyline
	deal     = "e5f6a7b8c9d0" // last but one of the strike storyline
	hostile  = "f00dbabe0001"
	strikeV  = "c0ffee123456"
	levyOpen = "b7e1c2d3a4f5"
)

// harness is a root model on the fake backend driven synchronously.
type harness struct {
	t *testing.T
	b *fake.Backend
	m *Model
}

func newHarness(t testing.TB, w, h int, opts Options) *harness {
	return newHarnessOn(t, fake.New(), w, h, opts)
}

// newHarnessOn is newHarness on backend b.
func newHarnessOn(t testing.TB, b *fake.Backend, w, h int, opts Options) *harness {
	if opts.Theme == "" {
		opts.Theme = "dark"
	}
	m := New(b, opts)
	hs := &harness{b: b, m: m}
	if tt, ok := t.(*testing.T); ok {
		hs.t = tt
	}
	drive.Run(m, m.Init(), 0)
	hs.send(tea.WindowSizeMsg{Width: w, Height: h})
	return hs
}

// plainHarness is the setting of the goldens: no colour.
func plainHarness(t testing.TB, w, h int) *harness {
	return newHarness(t, w, h, Options{NoColor: true, ConfigPath: "$XDG_CONFIG_HOME/storyline/config.toml"})
}

func (h *harness) send(msgs ...tea.Msg) { drive.Send(h.m, msgs...) }

func (h *harness) keys(names ...string) { h.send(drive.Keys(names...)...) }

func (h *harness) typeText(s string) { h.send(drive.Type(s)...) }

func (h *harness) open(id, thread string) {
	h.send(common.OpenStoryMsg{ID: id, Thread: thread})
}

// plain renders through the NoTTY colour profile: no escape sequences.
func (h *harness) plain() string {
	var buf bytes.Buffer
	w := &colorprofile.Writer{Forward: &buf, Profile: colorprofile.NoTTY}
	_, _ = w.WriteString(h.m.Render())
	return buf.String()
}

func (h *harness) thread() string {
	id, _ := h.m.reader.CurrentThread()
	return id
}

func mustContain(t *testing.T, out string, want ...string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(out, w) {
			t.Errorf("output lacks %q:\n%s", w, out)
		}
	}
}

func mustNotContain(t *testing.T, out string, bad ...string) {
	t.Helper()
	for _, b := range bad {
		if strings.Contains(out, b) {
			t.Errorf("output contains %q:\n%s", b, out)
		}
	}
}
