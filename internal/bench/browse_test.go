package bench

import (
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
)

// loadedMsg is what fakeModel's slow load answers.
type loadedMsg struct{}

// fakeModel shows "ready" once its load has answered.
type fakeModel struct{ ready bool }

func (m fakeModel) Init() tea.Cmd { return nil }

func (m fakeModel) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if _, ok := msg.(loadedMsg); ok {
		m.ready = true
	}
	return m, nil
}

func (m fakeModel) View() tea.View {
	if m.ready {
		return tea.NewView("list: ready")
	}
	return tea.NewView("loading")
}

// TestFirstFrame checks that the first frame waits for a slow load (the
// harness once gave up on any command slower than 250 ms, so a loaded
// machine failed the bench) and that a tick does not hold it up.
func TestFirstFrame(t *testing.T) {
	tick := func() tea.Msg { time.Sleep(5 * time.Second); return nil }
	load := func(d time.Duration) tea.Cmd {
		return func() tea.Msg { time.Sleep(d); return loadedMsg{} }
	}
	tests := []struct {
		name      string
		init      tea.Cmd
		deadline  time.Duration
		wantShown bool
	}{
		{"slow load after a tick", tea.Batch(tick, load(400*time.Millisecond)), 3 * time.Second, true},
		{"nested batch", tea.Batch(tea.Batch(load(10*time.Millisecond)), tick), 3 * time.Second, true},
		{"load past the deadline", load(2 * time.Second), 200 * time.Millisecond, false},
		{"nothing to run", nil, 100 * time.Millisecond, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t0 := time.Now()
			_, shown := firstFrame(fakeModel{}, tt.init, "ready", tt.deadline)
			if shown != tt.wantShown {
				t.Fatalf("shown = %v, want %v", shown, tt.wantShown)
			}
			if took := time.Since(t0); took > tt.deadline+time.Second {
				t.Fatalf("took %v with a deadline of %v", took, tt.deadline)
			}
		})
	}
}
