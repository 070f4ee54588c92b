package tui

import (
	"bytes"
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"

	"github.com/storyline/storyline/tui/common"
	"github.com/storyline/storyline/tui/drive"
	"github.com/storyline/storyline/tui/internal/fake"
)

// syncBuffer is a bytes.Buffer safe for the renderer's goroutine.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestProgramSmoke runs the model in a real tea.Program (no terminal):
// Init's Cmds load and open a story, keys navigate, q quits.
func TestProgramSmoke(t *testing.T) {
	var out syncBuffer
	m := New(fake.New(), Options{Theme: "dark"})
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	p := tea.NewProgram(m, tea.WithContext(ctx), tea.WithInput(nil), tea.WithOutput(&out),
		tea.WithWindowSize(120, 40), tea.WithColorProfile(colorprofile.ANSI256), tea.WithoutSignals(),
		tea.WithFilter(probeFilter))
	done := make(chan error, 1)
	go func() { _, err := p.Run(); done <- err }()
	waitFor(t, p, func(st string) bool { return st != "" }, "the newest story to open")
	p.Send(common.OpenStoryMsg{ID: roundup})
	waitFor(t, p, func(st string) bool { return st == roundup+"#1" }, "the round-up to open")
	p.Send(drive.Key("t"))
	waitFor(t, p, func(st string) bool { return st == roundup+"#2" }, "thread 2")
	// The renderer draws at its frame rate: wait for the story to show.
	deadline := time.Now().Add(10 * time.Second)
	for !strings.Contains(out.String(), "Weekend briefing") && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if !strings.Contains(out.String(), "Weekend briefing") {
		t.Errorf("the story never reached the output (%d bytes)", len(out.String()))
	}
	p.Send(drive.Key("q"))
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-ctx.Done():
		t.Fatal("program did not quit")
	}
}

// probeMsg asks, from the program's own goroutine, for the reader's
// current thread.
type probeMsg struct{ reply chan string }

func probeFilter(tm tea.Model, msg tea.Msg) tea.Msg {
	if pm, ok := msg.(probeMsg); ok {
		id, _ := tm.(*Model).reader.CurrentThread()
		pm.reply <- id
		return nil
	}
	return msg
}

// waitFor probes the running program until cond holds for the reader's
// current thread.
func waitFor(t *testing.T, p *tea.Program, cond func(thread string) bool, what string) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		reply := make(chan string, 1)
		p.Send(probeMsg{reply})
		select {
		case st := <-reply:
			if cond(st) {
				return
			}
		case <-time.After(time.Second):
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatalf("timed out waiting for %s", what)
}
