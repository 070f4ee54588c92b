package bench

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/storyline/storyline/internal/article"
	"github.com/storyline/storyline/internal/demo"
)

// source is one real article text draws from.
type source struct {
	title string
	paras []string
}

// loadSources reads the articles synthetic text is drawn from: an article
// file (JSONL or any format storyline imports) or the demo archive.
func loadSources(from string) ([]source, error) {
	var arts []article.Article
	if from != "" {
		var err error
		arts, err = article.ParseFile(from)
		if err != nil && len(arts) == 0 {
			return nil, err
		}
	} else {
		for _, n := range demo.Names() {
			b, err := demo.Read(n)
			if err != nil {
				return nil, err
			}
			as, err := article.Parse(n, bytes.NewReader(b))
			if err != nil {
				return nil, err
			}
			arts = append(arts, as...)
		}
	}
	var out []source
	for _, a := range arts {
		s := source{title: a.Title}
		for _, p := range a.Paragraphs {
			if !p.Boilerplate {
				s.paras = append(s.paras, p.Text)
			}
		}
		if len(s.paras) > 0 {
			out = append(out, s)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no article text to draw from in %q", from)
	}
	return out, nil
}

// synth is one generated article.
type synth struct {
	ID        string    `json:"id"`
	Title     string    `json:"title"`
	Body      string    `json:"body"`
	URL       string    `json:"url"`
	Date      time.Time `json:"date"`
	Source    string    `json:"source"`
	paraCount int
}

// benchSpan is the time the synthetic articles' dates spread over.
const benchSpan = 2 * 365 * 24 * time.Hour

// generate draws n articles deterministically from srcs: most are one
// source's run of paragraphs, a third are round-ups of two or three
// sources' runs (as digests are), spread over two years of dates.
func generate(srcs []source, n int, seed uint64) []synth {
	r := rand.New(rand.NewPCG(seed, 0x5eed))
	start := time.Date(2024, 1, 1, 6, 0, 0, 0, time.UTC)
	// The step comes first: i times the whole span overflows a Duration
	// (about 292 years of nanoseconds) past a few hundred articles.
	step := benchSpan / time.Duration(max(n-1, 1))
	outlets := []string{"The Ledger", "The Courier", "Lobby Wire", "Coastal Evening Star"}
	out := make([]synth, n)
	for i := range out {
		k := 1
		if r.IntN(3) == 0 {
			k = 2 + r.IntN(2)
		}
		var paras []string
		var title string
		for j := 0; j < k; j++ {
			s := srcs[r.IntN(len(srcs))]
			if j == 0 {
				title = s.title
			}
			lo := 0
			hi := len(s.paras)
			if k > 1 {
				run := 2 + r.IntN(6)
				if run < hi {
					lo = r.IntN(hi - run + 1)
					hi = lo + run
				}
			}
			paras = append(paras, s.paras[lo:hi]...)
		}
		out[i] = synth{
			ID:        fmt.Sprintf("bench-%07d", i),
			Title:     title,
			Body:      strings.Join(paras, "\n\n"),
			URL:       fmt.Sprintf("https://bench.storyline.invalid/%d", i),
			Date:      start.Add(time.Duration(i) * step),
			Source:    outlets[r.IntN(len(outlets))],
			paraCount: len(paras),
		}
	}
	return out
}

// writeJSONL writes the articles into files of at most per lines in dir
// and returns the paths and the raw text size (titles and bodies).
func writeJSONL(dir string, arts []synth, per int) ([]string, int64, error) {
	var paths []string
	var raw int64
	for i := 0; i < len(arts); i += per {
		p := filepath.Join(dir, fmt.Sprintf("part-%05d.jsonl", i/per))
		f, err := os.Create(p)
		if err != nil {
			return nil, 0, err
		}
		w := bufio.NewWriter(f)
		enc := json.NewEncoder(w)
		for _, a := range arts[i:min(i+per, len(arts))] {
			raw += int64(len(a.Title) + len(a.Body))
			if err := enc.Encode(a); err != nil {
				f.Close()
				return nil, 0, err
			}
		}
		if err := w.Flush(); err != nil {
			f.Close()
			return nil, 0, err
		}
		if err := f.Close(); err != nil {
			return nil, 0, err
		}
		paths = append(paths, p)
	}
	return paths, raw, nil
}
