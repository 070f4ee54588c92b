package eval

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"strings"

	"github.com/storyline/storyline/internal/actor"
	"github.com/storyline/storyline/internal/article"
	"github.com/storyline/storyline/internal/thread"
)

// SegmentResult is the JSON printed by `storyline eval segment`. Every
// figure is a macro average over documents; B³ F1 is the harmonic mean of
// the averaged precision and recall.
type SegmentResult struct {
	// Documents counts the documents scored: those with a unit left
	// once furniture is dropped.
	Documents           int     `json:"documents"`
	Pk                  float64 `json:"pk"`
	WindowDiff          float64 `json:"windowdiff"`
	B3Precision         float64 `json:"b3_precision"`
	B3Recall            float64 `json:"b3_recall"`
	B3F1                float64 `json:"b3_f1"`
	ThreadCountAccuracy float64 `json:"thread_count_accuracy"`
}

// SegDoc is one document to segment: its units (paragraphs or sentences)
// with a gold thread id each.
type SegDoc struct {
	ID        string
	Units     []string
	Gold      []int
	Sentences bool // units are sentences (Choi), not paragraphs
	// kept maps each unit to its position in the input's paragraph list
	// (furniture dropped), so predictions can be written aligned with it.
	kept  []int
	total int
}

// Segmenter assigns a thread id to every unit of a document. stats holds
// document frequencies over every unit of the input file.
type Segmenter func(doc SegDoc, stats thread.Stats) []int

// DefaultSegmenter is the storyline thread splitter exactly as import
// runs it: paragraphs get their actors (named-entity model and actor
// resolution) before they are split. Sentence units (Choi) use the
// sentence segmenter alone.
func DefaultSegmenter(doc SegDoc, stats thread.Stats) []int {
	if doc.Sentences {
		return thread.SegmentUnits(doc.Units, thread.SentenceOptions(stats))
	}
	paras := make([]article.Paragraph, len(doc.Units))
	for i, u := range doc.Units {
		paras[i] = article.Paragraph{Text: u}
	}
	out := make([]int, len(doc.Units))
	for _, t := range thread.Split(paras, actor.Extract(paras), stats) {
		for _, p := range t.Paragraphs {
			out[p] = t.N - 1
		}
	}
	return out
}

// ReadSegDocs reads gold JSONL (paragraphs with gold threads; null marks
// furniture and is dropped) or Choi JSONL (segments of sentences).
func ReadSegDocs(r io.Reader) ([]SegDoc, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	var docs []SegDoc
	line := 0
	for sc.Scan() {
		line++
		b := strings.TrimSpace(sc.Text())
		if b == "" {
			continue
		}
		var raw struct {
			ID         looseID    `json:"id"`
			Paragraphs []string   `json:"paragraphs"`
			Threads    []*looseID `json:"threads"`
			Segments   [][]string `json:"segments"`
		}
		if err := json.Unmarshal([]byte(b), &raw); err != nil {
			return nil, fmt.Errorf("segment: line %d: %w (threads are ids per paragraph: numbers or strings, null for furniture)", line, err)
		}
		d := SegDoc{ID: string(raw.ID)}
		switch {
		case raw.Segments != nil:
			d.Sentences = true
			for s, seg := range raw.Segments {
				for _, u := range seg {
					d.kept = append(d.kept, len(d.Units))
					d.Units = append(d.Units, u)
					d.Gold = append(d.Gold, s)
				}
			}
			d.total = len(d.Units)
		case raw.Paragraphs != nil:
			if len(raw.Threads) != len(raw.Paragraphs) {
				return nil, fmt.Errorf("segment: line %d: %d paragraphs but %d threads", line, len(raw.Paragraphs), len(raw.Threads))
			}
			num := map[looseID]int{} // gold ids, numbered as they first appear
			for i, p := range raw.Paragraphs {
				if raw.Threads[i] == nil {
					continue
				}
				n, ok := num[*raw.Threads[i]]
				if !ok {
					n = len(num)
					num[*raw.Threads[i]] = n
				}
				d.kept = append(d.kept, i)
				d.Units = append(d.Units, article.TidyParagraph(p)) // as an import would
				d.Gold = append(d.Gold, n)
			}
			d.total = len(raw.Paragraphs)
		default:
			return nil, fmt.Errorf("segment: line %d: neither paragraphs nor segments", line)
		}
		docs = append(docs, d)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(docs) == 0 {
		return nil, errors.New("segment: no documents")
	}
	return docs, nil
}

// Segment reads gold or Choi JSONL from r, segments every document with
// seg (DefaultSegmenter when nil) and scores it. When predictions is not
// nil it receives one `{"id","predicted"}` line per document in input
// order; predicted is aligned with the input's paragraphs (null for
// furniture) or, for Choi input, with its sentences.
func Segment(r io.Reader, seg Segmenter, predictions io.Writer) (*SegmentResult, error) {
	docs, err := ReadSegDocs(r)
	if err != nil {
		return nil, err
	}
	if seg == nil {
		seg = DefaultSegmenter
	}
	df := thread.NewDocFreq()
	for _, d := range docs {
		for _, u := range d.Units {
			df.Add(u)
		}
	}
	var enc *json.Encoder
	var bw *bufio.Writer
	if predictions != nil {
		bw = bufio.NewWriter(predictions)
		enc = json.NewEncoder(bw)
	}
	var sc scorer
	for _, d := range docs {
		pred := seg(d, df)
		if len(pred) != len(d.Units) {
			return nil, fmt.Errorf("segment: %s: %d predictions for %d units", d.ID, len(pred), len(d.Units))
		}
		sc.add(d.Gold, pred)
		if enc != nil {
			out := make([]*int, d.total)
			for i, k := range d.kept {
				v := pred[i]
				out[k] = &v
			}
			if err := enc.Encode(struct {
				ID        string `json:"id"`
				Predicted []*int `json:"predicted"`
			}{d.ID, out}); err != nil {
				return nil, err
			}
		}
	}
	if bw != nil {
		if err := bw.Flush(); err != nil {
			return nil, err
		}
	}
	return sc.result(), nil
}

// scorer accumulates per-document metrics.
type scorer struct {
	docs, pkDocs        int
	pk, wd, p, r, count float64
}

// add scores one document. A document with no units left (all furniture,
// or empty) has nothing to score and is not counted, rather than counting
// as a document scored zero.
func (s *scorer) add(gold, pred []int) {
	if len(gold) == 0 {
		return
	}
	s.docs++
	if pk, wd, ok := PkWindowDiff(gold, pred); ok {
		s.pk += pk
		s.wd += wd
		s.pkDocs++
	}
	p, r := B3(gold, pred)
	s.p += p
	s.r += r
	if distinct(gold) == distinct(pred) {
		s.count++
	}
}

func (s *scorer) result() *SegmentResult {
	res := &SegmentResult{Documents: s.docs}
	if s.pkDocs > 0 {
		res.Pk = s.pk / float64(s.pkDocs)
		res.WindowDiff = s.wd / float64(s.pkDocs)
	}
	if s.docs > 0 {
		n := float64(s.docs)
		res.B3Precision = s.p / n
		res.B3Recall = s.r / n
		res.ThreadCountAccuracy = s.count / n
		if res.B3Precision+res.B3Recall > 0 {
			res.B3F1 = 2 * res.B3Precision * res.B3Recall / (res.B3Precision + res.B3Recall)
		}
	}
	return res
}

// PkWindowDiff returns Pk and WindowDiff of pred against gold, where a
// boundary lies between consecutive units with different thread ids and
// k is half the mean gold segment length (at least 1). ok is false when
// the document is too short to hold one window.
func PkWindowDiff(gold, pred []int) (pk, wd float64, ok bool) {
	n := len(gold)
	if n != len(pred) || n < 2 {
		return 0, 0, false
	}
	segs := 1
	for i := 1; i < n; i++ {
		if gold[i] != gold[i-1] {
			segs++
		}
	}
	k := int(math.Round(float64(n) / float64(segs) / 2))
	if k < 1 {
		k = 1
	}
	if k >= n {
		return 0, 0, false
	}
	gb := boundaryPrefix(gold)
	pb := boundaryPrefix(pred)
	var pkErr, wdErr int
	windows := n - k
	for i := 0; i < windows; i++ {
		g := gb[i+k] - gb[i]
		p := pb[i+k] - pb[i]
		if (g == 0) != (p == 0) {
			pkErr++
		}
		if g != p {
			wdErr++
		}
	}
	return float64(pkErr) / float64(windows), float64(wdErr) / float64(windows), true
}

// boundaryPrefix returns c where c[i] counts boundaries between units
// 0..i (a boundary at j means ids[j-1] != ids[j]).
func boundaryPrefix(ids []int) []int {
	c := make([]int, len(ids))
	for i := 1; i < len(ids); i++ {
		c[i] = c[i-1]
		if ids[i] != ids[i-1] {
			c[i]++
		}
	}
	return c
}

// B3 returns B-cubed precision and recall of the clustering pred against
// gold (both a cluster id per unit).
func B3(gold, pred []int) (precision, recall float64) {
	n := len(gold)
	if n == 0 || n != len(pred) {
		return 0, 0
	}
	type pair struct{ g, p int }
	both := map[pair]int{}
	gs := map[int]int{}
	ps := map[int]int{}
	for i := range gold {
		both[pair{gold[i], pred[i]}]++
		gs[gold[i]]++
		ps[pred[i]]++
	}
	for i := range gold {
		c := float64(both[pair{gold[i], pred[i]}])
		precision += c / float64(ps[pred[i]])
		recall += c / float64(gs[gold[i]])
	}
	return precision / float64(n), recall / float64(n)
}

func distinct(ids []int) int {
	m := map[int]bool{}
	for _, v := range ids {
		m[v] = true
	}
	return len(m)
}

// looseID is an id given in JSON as a string or a number ("3" and 3 are
// the same id): gold files written by other tools use either.
type looseID string

// UnmarshalJSON implements json.Unmarshaler.
func (id *looseID) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err == nil {
		*id = looseID(s)
		return nil
	}
	var n json.Number
	if err := json.Unmarshal(b, &n); err != nil {
		return fmt.Errorf("id %s: want a string or a number", b)
	}
	*id = looseID(n.String())
	return nil
}
