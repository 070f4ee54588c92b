package bench

import (
	"context"
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"
	"time"
	"unicode"

	tea "charm.land/bubbletea/v2"

	"github.com/storyline/storyline/internal/archive"
	"github.com/storyline/storyline/tui"
)

// BrowseResult is what the browse phase measures.
type BrowseResult struct {
	FirstFrameMS float64 `json:"first_frame_ms"`
	KeyP50MS     float64 `json:"key_p50_ms"`
	KeyP99MS     float64 `json:"key_p99_ms"`
	SearchP50MS  float64 `json:"search_p50_ms"`
	SearchP99MS  float64 `json:"search_p99_ms"`
	Queries      int     `json:"queries"`
	RelatedP50MS float64 `json:"related_p50_ms"`
	RelatedP99MS float64 `json:"related_p99_ms"`
	RSSMB        float64 `json:"rss_mb"`
	AnonMB       float64 `json:"rss_anon_mb"`
	FileMB       float64 `json:"rss_file_mb"`
}

// Browse opens the archive in dir read-only as the TUI does and measures
// the first frame, navigation keys and a fixed query-string mix.
func Browse(ctx context.Context, dir string) (*BrowseResult, error) {
	tui.TuneMemory()
	stop := residentPeaks()
	res := &BrowseResult{}
	// The newest story's title, read beforehand, tells when the first
	// frame shows the list.
	newest, err := newestTitle(ctx, dir)
	if err != nil {
		return nil, err
	}
	start := time.Now()
	a, err := archive.Open(dir, archive.Options{ReadOnly: true})
	if err != nil {
		return nil, err
	}
	defer a.Close()
	tm := tui.New(a, tui.Options{NoColor: true})
	var m tea.Model = tm
	m, _ = m.Update(tea.WindowSizeMsg{Width: 160, Height: 48})
	m, shown := firstFrame(m, tm.Init(), newest, 30*time.Second)
	res.FirstFrameMS = ms(time.Since(start))
	if !shown {
		return nil, fmt.Errorf("no frame showed the newest story %q within 30 s", newest)
	}

	// Open the newest story, then time navigation keys: Update + View.
	m, cmd := step(m, key(tea.KeyEnter, ""))
	m = settle(m, cmd)
	keys := []tea.KeyPressMsg{key('j', "j"), key('j', "j"), key('k', "k"), key('t', "t"), key('j', "j"), key('G', "G"), key('g', "g")}
	var lat []float64
	for i := 0; i < 400; i++ {
		k := keys[i%len(keys)]
		t0 := time.Now()
		var cmd tea.Cmd
		m, cmd = m.Update(k)
		_ = m.View()
		lat = append(lat, ms(time.Since(t0)))
		m = settle(m, cmd)
	}
	res.KeyP50MS, res.KeyP99MS = pct(lat, 50), pct(lat, 99)

	// A fixed query-string mix with highlighting, through the archive as
	// the TUI and CLI run it.
	qs, err := queryMix(ctx, a)
	if err != nil {
		return nil, err
	}
	lat = lat[:0]
	for round := 0; round < 3; round++ {
		for _, q := range qs {
			t0 := time.Now()
			if _, err := a.Search(ctx, q, 20); err != nil {
				return nil, fmt.Errorf("query %q: %w", q, err)
			}
			lat = append(lat, ms(time.Since(t0)))
		}
	}
	res.SearchP50MS, res.SearchP99MS, res.Queries = pct(lat, 50), pct(lat, 99), len(lat)

	// Related threads of the first thread of 100 stories spread over the
	// archive, as the reader's related strip asks for them.
	lat = lat[:0]
	_, total, err := a.List(ctx, 0, 1)
	if err != nil {
		return nil, err
	}
	for i := 0; i < 100 && total > 0; i++ {
		rows, _, err := a.List(ctx, i*total/100, 1)
		if err != nil || len(rows) == 0 {
			continue
		}
		t0 := time.Now()
		if _, err := a.Related(ctx, archive.ThreadID(rows[0].ID, 1), 10); err != nil {
			return nil, fmt.Errorf("related: %w", err)
		}
		lat = append(lat, ms(time.Since(t0)))
	}
	res.RelatedP50MS, res.RelatedP99MS = pct(lat, 50), pct(lat, 99)
	res.RSSMB = peakRSSMB()
	res.AnonMB, res.FileMB = stop()
	return res, nil
}

// queryMix builds a fixed mix of queries from the archive's own titles:
// single words, two-word phrases, +must -not, a title field, a date range.
func queryMix(ctx context.Context, a *archive.Archive) ([]string, error) {
	rows, _, err := a.List(ctx, 0, 400)
	if err != nil {
		return nil, err
	}
	r := rand.New(rand.NewPCG(42, 7))
	var words []string
	for _, row := range rows {
		for _, w := range strings.FieldsFunc(row.Title, func(c rune) bool { return !unicode.IsLetter(c) }) {
			if len(w) >= 5 {
				words = append(words, strings.ToLower(w))
			}
		}
	}
	if len(words) < 4 {
		return nil, fmt.Errorf("too few title words for a query mix")
	}
	pick := func() string { return words[r.IntN(len(words))] }
	var qs []string
	for i := 0; i < 25; i++ {
		qs = append(qs, pick())
		qs = append(qs, pick()+" "+pick())
		qs = append(qs, fmt.Sprintf("%q", pick()+" "+pick()))
		qs = append(qs, "+"+pick()+" -"+pick())
		qs = append(qs, "title:"+pick())
		qs = append(qs, `published:>"2025-01-01" `+pick())
	}
	return qs, nil
}

// newestTitle returns the first words of the newest story's title.
func newestTitle(ctx context.Context, dir string) (string, error) {
	a, err := archive.Open(dir, archive.Options{ReadOnly: true})
	if err != nil {
		return "", err
	}
	defer a.Close()
	rows, _, err := a.List(ctx, 0, 1)
	if err != nil || len(rows) == 0 {
		return "", fmt.Errorf("archive has no stories: %v", err)
	}
	return firstWords(rows[0].Title), nil
}

func firstWords(s string) string {
	f := strings.Fields(s)
	if len(f) > 2 {
		f = f[:2]
	}
	return strings.Join(f, " ")
}

func key(code rune, text string) tea.KeyPressMsg {
	return tea.KeyPressMsg{Code: code, Text: text}
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// pct returns the p-th percentile of xs.
func pct(xs []float64, p float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	i := int(float64(len(s)-1) * p / 100)
	return s[i]
}

// step updates m with msg and returns the model and its command.
func step(m tea.Model, msg tea.Msg) (tea.Model, tea.Cmd) { return m.Update(msg) }

// firstFrame runs the model as a program does, each command in its own
// goroutine and each message fed to Update as it arrives, until a rendered
// frame contains want (true) or the deadline passes (false). A command
// that waits, like a tick, holds nothing up; on a loaded machine a slow
// first page is waited for, not abandoned. Messages still to come are
// dropped.
func firstFrame(m tea.Model, init tea.Cmd, want string, deadline time.Duration) (tea.Model, bool) {
	msgs := make(chan tea.Msg)
	done := make(chan struct{})
	defer close(done)
	var launch func(tea.Cmd)
	launch = func(cmd tea.Cmd) {
		if cmd == nil {
			return
		}
		go func() {
			msg := cmd()
			if b, ok := msg.(tea.BatchMsg); ok {
				for _, c := range b {
					launch(c)
				}
				return
			}
			if _, ok := msg.(tea.QuitMsg); ok || msg == nil {
				return
			}
			select {
			case msgs <- msg:
			case <-done:
			}
		}()
	}
	launch(init)
	timeout := time.After(deadline)
	for !strings.Contains(m.View().Content, want) {
		select {
		case msg := <-msgs:
			var c tea.Cmd
			m, c = m.Update(msg)
			launch(c)
		case <-timeout:
			return m, false
		}
	}
	return m, true
}

// settle runs cmd and everything it leads to, feeding messages back to m,
// until nothing is left (commands that wait, like ticks, are abandoned).
func settle(m tea.Model, cmd tea.Cmd) tea.Model {
	queue := run(cmd)
	for n := 0; len(queue) > 0 && n < 200; n++ {
		msg := queue[0]
		queue = queue[1:]
		var c tea.Cmd
		m, c = m.Update(msg)
		queue = append(queue, run(c)...)
	}
	return m
}

func run(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	ch := make(chan tea.Msg, 1)
	go func() { ch <- cmd() }()
	select {
	case msg := <-ch:
		if msg == nil {
			return nil
		}
		if b, ok := msg.(tea.BatchMsg); ok {
			var out []tea.Msg
			for _, c := range b {
				out = append(out, run(c)...)
			}
			return out
		}
		if _, ok := msg.(tea.QuitMsg); ok {
			return nil
		}
		return []tea.Msg{msg}
	case <-time.After(250 * time.Millisecond):
		return nil
	}
}
