package eval

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"sort"
	"strings"
)

// MixOptions controls Mix. Zero fields take the defaults of
// `storyline eval mix`.
type MixOptions struct {
	Seed         uint64 // random seed; the same seed gives the same output
	Count        int    // documents to build (default 100)
	Min          int    // fewest articles per document (default 2)
	Max          int    // most articles per document (default 4)
	SameCategory bool   // draw every article of a document from one category
	Interleave   bool   // split one article's run around another's
}

// MixDocument is one gold document written by Mix and read by Segment.
// Threads holds a gold thread id per paragraph; a nil entry marks
// furniture, which is dropped before segmenting and scoring.
type MixDocument struct {
	ID         string   `json:"id"`
	Title      string   `json:"title"`
	Paragraphs []string `json:"paragraphs"`
	Threads    []*int   `json:"threads"`
	Sources    []string `json:"sources,omitempty"`
}

// sourceArticle is one line of an article JSONL file.
// The id may be a string or a number; the text may be given as `body`,
// `text` or `content`, or as a `paragraphs` array.
type sourceArticle struct {
	ID         looseID  `json:"id"`
	Category   string   `json:"category"`
	Title      string   `json:"title"`
	Body       string   `json:"body"`
	Text       string   `json:"text"`
	Content    string   `json:"content"`
	Paragraphs []string `json:"paragraphs"`
	paras      []string
}

// paragraphs returns the article's paragraphs, from whichever field holds
// its text.
func (a *sourceArticle) paragraphs() []string {
	for _, body := range []string{a.Body, a.Text, a.Content} {
		if strings.TrimSpace(body) != "" {
			return splitParagraphs(body)
		}
	}
	var out []string
	for _, p := range a.Paragraphs {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// Mix builds round-up-like documents from an article JSONL read from r:
// each document takes 2–8 leading paragraphs of each of Min..Max distinct
// articles, in sequence (with Interleave, the first article's run is split
// around the second's). It writes one MixDocument per line to w.
func Mix(r io.Reader, w io.Writer, opts MixOptions) error {
	if opts.Count <= 0 {
		opts.Count = 100
	}
	if opts.Min <= 0 {
		opts.Min = 2
	}
	if opts.Max <= 0 {
		opts.Max = 4
	}
	if opts.Max < opts.Min {
		return fmt.Errorf("mix: --max %d is below --min %d", opts.Max, opts.Min)
	}
	if opts.Interleave && opts.Min < 2 {
		opts.Min = 2
	}
	arts, err := readArticles(r)
	if err != nil {
		return err
	}
	byCat := map[string][]*sourceArticle{}
	var cats []string
	for _, a := range arts {
		if _, ok := byCat[a.Category]; !ok {
			cats = append(cats, a.Category)
		}
		byCat[a.Category] = append(byCat[a.Category], a)
	}
	sort.Strings(cats)
	rng := rand.New(rand.NewPCG(opts.Seed, opts.Seed^0x5eed))
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for d := 0; d < opts.Count; d++ {
		pool := arts
		if opts.SameCategory {
			pool = byCat[cats[rng.IntN(len(cats))]]
		}
		k := opts.Min + rng.IntN(opts.Max-opts.Min+1)
		if k > len(pool) {
			return fmt.Errorf("mix: need %d articles, have %d", k, len(pool))
		}
		picked := rng.Perm(len(pool))[:k]
		doc := MixDocument{ID: fmt.Sprintf("mix-%d-%d", opts.Seed, d+1)}
		runs := make([][]string, k)
		var titles []string
		for i, p := range picked {
			a := pool[p]
			hi := min(8, len(a.paras))
			runs[i] = a.paras[:2+rng.IntN(hi-1)]
			doc.Sources = append(doc.Sources, string(a.ID))
			titles = append(titles, a.Title)
		}
		doc.Title = strings.Join(titles, " / ")
		add := func(thread int, paras []string) {
			for _, p := range paras {
				t := thread
				doc.Paragraphs = append(doc.Paragraphs, p)
				doc.Threads = append(doc.Threads, &t)
			}
		}
		if opts.Interleave {
			cut := 1 + rng.IntN(len(runs[0])-1)
			add(0, runs[0][:cut])
			add(1, runs[1])
			add(0, runs[0][cut:])
			for i := 2; i < k; i++ {
				add(i, runs[i])
			}
		} else {
			for i := range runs {
				add(i, runs[i])
			}
		}
		if err := enc.Encode(doc); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// readArticles reads an article JSONL, keeping articles with at least two
// paragraphs.
func readArticles(r io.Reader) ([]*sourceArticle, error) {
	var out []*sourceArticle
	err := eachJSONLine(r, "mix: ", func(_ int, a *sourceArticle) error {
		a.paras = a.paragraphs()
		if len(a.paras) >= 2 {
			out = append(out, a)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return nil, errors.New("mix: no article with two or more paragraphs")
	}
	return out, nil
}

// splitParagraphs splits a body on blank lines (on line breaks when it
// has no blank line), trimming each block.
func splitParagraphs(body string) []string {
	body = strings.TrimSpace(strings.ReplaceAll(body, "\r\n", "\n"))
	sep := "\n\n"
	if !strings.Contains(body, sep) {
		sep = "\n" // a body with no blank line puts a paragraph on each line
	}
	var out []string
	for _, p := range strings.Split(body, sep) {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
