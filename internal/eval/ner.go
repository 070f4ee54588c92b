package eval

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"github.com/storyline/storyline/internal/nlp"
)

// NERResult is the outcome of `storyline eval ner`: exact-span scores in the
// manner of conlleval, overall and per entity type.
type NERResult struct {
	Precision float64                 `json:"precision"`
	Recall    float64                 `json:"recall"`
	F1        float64                 `json:"f1"`
	Types     map[string]NERTypeScore `json:"types"`
	Tokens    int                     `json:"tokens"`
	Seconds   float64                 `json:"seconds"`
}

// NERTypeScore holds the scores of one entity type; Support is the number
// of gold entities of that type.
type NERTypeScore struct {
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
	Support   int     `json:"support"`
}

// nerLine is one line of a CoNLL file as read, with its token index.
type nerLine struct {
	raw   string
	token int // index into the token stream, -1 for blank and -DOCSTART- lines
}

// NER reads a CoNLL-2003 column file (word first, gold tag last, IOB1 or
// IOB2; -DOCSTART- lines separate documents), tags each document with m
// (the embedded model when m is nil) and scores the predicted entities
// against the gold ones. When predictions is not nil it receives the input
// with one more column, the predicted IOB2 tag; blank and -DOCSTART- lines
// are copied unchanged.
func NER(r io.Reader, m *nlp.Model, predictions io.Writer) (*NERResult, error) {
	if m == nil {
		m = nlp.DefaultModel()
	}
	var (
		lines []nerLine
		words []string
		gold  []string
		docs  [][][2]int // per document, the token ranges of its sentences
		sent  = -1       // first token of the open sentence, -1 when none
		doc   [][2]int
	)
	endSentence := func() {
		if sent >= 0 {
			doc = append(doc, [2]int{sent, len(words)})
			sent = -1
		}
	}
	endDocument := func() {
		endSentence()
		if len(doc) > 0 {
			docs = append(docs, doc)
			doc = nil
		}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for n := 1; sc.Scan(); n++ {
		raw := strings.TrimRight(sc.Text(), "\r")
		f := strings.Fields(raw)
		switch {
		case len(f) == 0:
			endSentence()
			lines = append(lines, nerLine{raw, -1})
			continue
		case f[0] == "-DOCSTART-":
			endDocument()
			lines = append(lines, nerLine{raw, -1})
			continue
		case len(f) < 2:
			return nil, fmt.Errorf("line %d: want at least a word and a tag", n)
		}
		tag := f[len(f)-1]
		if !validTag(tag) {
			return nil, fmt.Errorf("line %d: bad tag %q", n, tag)
		}
		if sent < 0 {
			sent = len(words)
		}
		lines = append(lines, nerLine{raw, len(words)})
		words = append(words, f[0])
		gold = append(gold, tag)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	endDocument()

	start := time.Now()
	pred := make([]string, len(words))
	for _, d := range docs {
		sents := make([][]string, len(d))
		for i, rg := range d {
			sents[i] = words[rg[0]:rg[1]]
		}
		for i, tags := range m.TagDocument(sents) {
			copy(pred[d[i][0]:d[i][1]], tags)
		}
	}
	secs := time.Since(start).Seconds()

	var gs, ps [][]string
	for _, d := range docs {
		for _, rg := range d {
			gs = append(gs, gold[rg[0]:rg[1]])
			ps = append(ps, pred[rg[0]:rg[1]])
		}
	}
	res := ScoreNER(gs, ps)
	res.Seconds = secs
	if predictions != nil {
		bw := bufio.NewWriter(predictions)
		for _, l := range lines {
			bw.WriteString(l.raw)
			if l.token >= 0 {
				bw.WriteString(" ")
				bw.WriteString(pred[l.token])
			}
			bw.WriteString("\n")
		}
		if err := bw.Flush(); err != nil {
			return nil, err
		}
	}
	return res, nil
}

func validTag(t string) bool {
	return t == "O" || len(t) > 2 && (t[0] == 'B' || t[0] == 'I') && t[1] == '-'
}

// ScoreNER scores predicted against gold tags, sentence by sentence (both
// IOB1 or IOB2), counting an entity as correct only when its span and type
// both match exactly, as conlleval does.
func ScoreNER(gold, pred [][]string) *NERResult {
	type counts struct{ gold, pred, correct int }
	byType := map[string]*counts{}
	get := func(t string) *counts {
		c := byType[t]
		if c == nil {
			c = &counts{}
			byType[t] = c
		}
		return c
	}
	var all counts
	res := &NERResult{Types: map[string]NERTypeScore{}}
	for i := range gold {
		res.Tokens += len(gold[i])
		g := nlp.SpansFromIOB(gold[i])
		var p []nlp.Span
		if i < len(pred) {
			p = nlp.SpansFromIOB(pred[i])
		}
		inGold := make(map[nlp.Span]bool, len(g))
		for _, s := range g {
			inGold[s] = true
			get(s.Type).gold++
			all.gold++
		}
		for _, s := range p {
			get(s.Type).pred++
			all.pred++
			if inGold[s] {
				get(s.Type).correct++
				all.correct++
			}
		}
	}
	res.Precision, res.Recall, res.F1 = prf(all.correct, all.pred, all.gold)
	types := make([]string, 0, len(byType))
	for t := range byType {
		types = append(types, t)
	}
	sort.Strings(types)
	for _, t := range types {
		c := byType[t]
		var s NERTypeScore
		s.Precision, s.Recall, s.F1 = prf(c.correct, c.pred, c.gold)
		s.Support = c.gold
		res.Types[t] = s
	}
	return res
}

// prf returns precision, recall and F1, each 0 when undefined.
func prf(correct, predicted, gold int) (p, r, f float64) {
	if predicted > 0 {
		p = float64(correct) / float64(predicted)
	}
	if gold > 0 {
		r = float64(correct) / float64(gold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}
