package tui

import (
	"sort"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/storyline/storyline/tui/common"
	"github.com/storyline/storyline/tui/drive"
	"github.com/storyline/storyline/tui/internal/fake"
)

// navHarness opens a long five-thread round-up at 160×48, in colour.
func navHarness(tb testing.TB) *Model {
	b := fake.New()
	id := b.WithLongStory(60)
	m := New(b, Options{Theme: "dark"})
	drive.Run(m, m.Init(), 0)
	drive.Send(m, tea.WindowSizeMsg{Width: 160, Height: 48}, common.OpenStoryMsg{ID: id})
	drive.Send(m, drive.Key("tab")) // focus the reader
	if m.reader.Story() == nil || m.reader.Story().ID != id {
		tb.Fatal("long story not open")
	}
	return m
}

var navKeys = drive.Keys("j", "j", "k", "t", "j", "T", "ctrl+d", "k")

var tKeys = drive.Keys("t")

func BenchmarkThreadKey(b *testing.B) {
	m := navHarness(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		m.Update(tKeys[0])
		_ = m.View()
	}
}

// BenchmarkNavigate is one navigation key (j/k/t/T/ctrl+d) handled by
// Update and rendered by View, with a realistic story open.
func BenchmarkNavigate(b *testing.B) {
	m := navHarness(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		m.Update(navKeys[i%len(navKeys)])
		_ = m.View()
	}
}

// TestNavigateLatency checks the median key→View time stays well under
// the 5 ms budget (the bound here is loose for slow CI machines).
func TestNavigateLatency(t *testing.T) {
	if testing.Short() {
		t.Skip("timing test")
	}
	m := navHarness(t)
	var d []time.Duration
	for i := 0; i < 200; i++ {
		start := time.Now()
		m.Update(navKeys[i%len(navKeys)])
		_ = m.View()
		d = append(d, time.Since(start))
	}
	sort.Slice(d, func(i, j int) bool { return d[i] < d[j] })
	p50 := d[len(d)/2]
	t.Logf("key→View p50 %v, p90 %v", p50, d[len(d)*9/10])
	if p50 > 5*time.Millisecond {
		t.Errorf("key→View p50 %v > 5ms", p50)
	}
}

// TestFirstView checks the first frame needs no backend read.
func TestFirstView(t *testing.T) {
	b := fake.New()
	b.Delay = time.Hour // any synchronous read would hang the test
	start := time.Now()
	m := New(b, Options{Theme: "dark"})
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	_ = m.View()
	if el := time.Since(start); el > time.Second {
		t.Fatalf("first View took %v", el)
	}
}
