package thread

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/storyline/storyline/internal/actor"
	"github.com/storyline/storyline/internal/article"
)

// cvDoc is one gold round-up with its actors, prepared once.
type cvDoc struct {
	id     string
	paras  []article.Paragraph
	actors []actor.Actor
	gold   []int
}

// sharedDataDir walks up from the test's directory to find shared/data
// next to the repository.
func sharedDataDir(t *testing.T) string {
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		p := filepath.Join(dir, "..", "shared", "data")
		if st, err := os.Stat(p); err == nil && st.IsDir() {
			return p
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("shared/data not found next to the repository")
		}
		dir = parent
	}
}

func loadCV(t *testing.T, path string) ([]cvDoc, *DocFreq) {
	fh, err := os.Open(path)
	if err != nil {
		t.Skip("round-up data missing:", err)
	}
	defer fh.Close()
	sc := bufio.NewScanner(fh)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	df := NewDocFreq()
	var docs []cvDoc
	for sc.Scan() {
		var d struct {
			ID         string   `json:"id"`
			Paragraphs []string `json:"paragraphs"`
			Threads    []*int   `json:"threads"`
		}
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatal(err)
		}
		c := cvDoc{id: d.ID}
		for i, p := range d.Paragraphs {
			if d.Threads[i] != nil {
				c.paras = append(c.paras, article.Paragraph{Text: p})
				c.gold = append(c.gold, *d.Threads[i])
				df.Add(p)
			}
		}
		c.actors = actor.Extract(c.paras)
		docs = append(docs, c)
	}
	return docs, df
}

// predict splits d as storyline does, under opts with df's statistics,
// and returns the thread of every paragraph.
func (d cvDoc) predict(df *DocFreq, opts Options) []int {
	opts.Stats = df
	pred := make([]int, len(d.paras))
	for _, th := range first(splitWith(d.paras, d.actors, opts, false)) {
		for _, p := range th.Paragraphs {
			pred[p] = th.N - 1
		}
	}
	return pred
}

// cvScore returns per-document B3 precision and recall under opts.
func cvScore(docs []cvDoc, df *DocFreq, opts Options) (ps, rs []float64) {
	for _, d := range docs {
		p, r := tuneB3(d.gold, d.predict(df, opts))
		ps = append(ps, p)
		rs = append(rs, r)
	}
	return ps, rs
}

// cvScoreF1 is the full-dev B3 F1 under opts.
func cvScoreF1(docs []cvDoc, df *DocFreq, opts Options) float64 {
	ps, rs := cvScore(docs, df, opts)
	return f1Of(ps, rs, -1)
}

func f1Of(ps, rs []float64, skip int) float64 {
	var P, R, n float64
	for i := range ps {
		if i == skip {
			continue
		}
		P += ps[i]
		R += rs[i]
		n++
	}
	P, R = P/n, R/n
	return 2 * P * R / (P + R)
}

// TestRoundupCV chooses among candidate option sets by leave-one-out
// cross-validation over the round-up developer set and prints the full-dev
// and the cross-validated B3 F1. It is a development tool: set
// THREAD_CV=1 to run it.
func TestRoundupCV(t *testing.T) {
	if os.Getenv("THREAD_CV") == "" {
		t.Skip("set THREAD_CV=1 to cross-validate on roundups-dev")
	}
	docs, df := loadCV(t, filepath.Join(sharedDataDir(t), "roundups-dev", "roundups-dev.jsonl"))
	cands := cvCandidates()
	defer func() { comesOff = false }()
	P := make([][]float64, len(cands))
	R := make([][]float64, len(cands))
	for c, o := range cands {
		if o.set != nil {
			o.set()
		}
		P[c], R[c] = cvScore(docs, df, o.opts)
		fmt.Printf("%-30s full-dev F1 %.4f\n", o.name, f1Of(P[c], R[c], -1))
		if os.Getenv("THREAD_CV_DOCS") != "" {
			for i := range docs {
				fmt.Printf("    %s P %.2f R %.2f\n", docs[i].id[len(docs[i].id)-3:], P[c][i], R[c][i])
			}
		}
	}
	// leave one out: pick the best candidate on the others, score the one left
	var lp, lr float64
	for i := range docs {
		best, bv := 0, -1.0
		for c := range cands {
			if v := f1Of(P[c], R[c], i); v > bv {
				best, bv = c, v
			}
		}
		lp += P[best][i]
		lr += R[best][i]
		fmt.Printf("  %s: chose %s (P %.2f R %.2f)\n", docs[i].id, cands[best].name, P[best][i], R[best][i])
	}
	lp /= float64(len(docs))
	lr /= float64(len(docs))
	fmt.Printf("leave-one-out B3 F1 %.4f\n", 2*lp*lr/(lp+lr))
	// two folds (odd and even documents): choose on one, score the other
	var fp, fr float64
	for fold := 0; fold < 2; fold++ {
		best, bv := 0, -1.0
		for c := range cands {
			var p, r, k float64
			for i := range docs {
				if i%2 != fold {
					p += P[c][i]
					r += R[c][i]
					k++
				}
			}
			if v := 2 * p * r / (p + r); v > bv {
				best, bv = c, v
			}
		}
		fmt.Printf("  fold %d: chose %s\n", fold, cands[best].name)
		for i := range docs {
			if i%2 == fold {
				fp += P[best][i]
				fr += R[best][i]
			}
		}
	}
	fp /= float64(len(docs))
	fr /= float64(len(docs))
	fmt.Printf("two-fold B3 F1 %.4f\n", 2*fp*fr/(fp+fr))
	comesOff = false
	def := cvScoreF1(docs, df, Options{})
	fmt.Printf("defaults full-dev B3 F1 %.4f\n", def)
}

type cvCand struct {
	name string
	opts Options
	set  func() // when not nil, sets package state for the candidate
}

// cvCandidates lists the option sets compared by TestRoundupCV: a grid
// over the parameters of the round-up rules (sub-head columns, quotation
// continuity, market items), the defaults among them; THREAD_CV_GRID=cue
// compares the cue-run rule's settings (and the rule off), =gap the
// boundary model's threshold and pulls, =lists the list rules (each
// subset of them off), =comes the "comes as/after" cue (on, off).
func cvCandidates() []cvCand {
	var out []cvCand
	if os.Getenv("THREAD_CV_GRID") == "cue" {
		out = append(out, cvCand{name: "cues off", opts: Options{CueApart: -1}})
		for _, k := range []int{2, 3} {
			for _, ca := range []float64{0.05, 0.1, 0.15, 0.2, 0.3, 0.4} {
				for _, cf := range []float64{-1, 0.5, 1, 1.5} {
					out = append(out, cvCand{name: fmt.Sprintf("cues %d apart %.2f floor %.1f", k, ca, cf), opts: Options{RoundupCues: k, CueApart: ca, CueFloor: cf}})
				}
			}
		}
		return out
	}
	if os.Getenv("THREAD_CV_GRID") == "comes" {
		return []cvCand{
			{"comes cue on", Options{}, func() { comesOff = false }},
			{"comes cue off", Options{}, func() { comesOff = true }},
		}
	}
	if os.Getenv("THREAD_CV_GRID") == "lists" {
		for off := 0; off < 8; off++ {
			out = append(out, cvCand{name: fmt.Sprintf("lists off %03b", off), opts: Options{ListsOff: off}})
		}
		return out
	}
	if os.Getenv("THREAD_CV_GRID") == "gap" {
		for _, g := range []float64{-6, -5, -4, -3, -2} {
			for _, aa := range []float64{0.01, 0.02, 0.05} {
				for _, nb := range []float64{1.5, 2.5, 3.5} {
					out = append(out, cvCand{name: fmt.Sprintf("gap %.0f adj %.2f boost %.1f", g, aa, nb), opts: Options{GapThreshold: g, AttachAdjacent: aa, NameBoost: nb}})
				}
			}
		}
		return out
	}
	for _, nb := range []float64{1.5, 2, 2.5} {
		for _, h := range []float64{2, 3, 4, 6} {
			for _, q := range []float64{2, 4, 6} {
				for _, qm := range []float64{0.15, 0.25, 0.4} {
					for _, ia := range []float64{0.1, 0.3, 0.6} {
						out = append(out, cvCand{
							name: fmt.Sprintf("boost %.1f headed %.0f quote %.0f margin %.2f apart %.1f", nb, h, q, qm, ia),
							opts: Options{NameBoost: nb, Headed: h, Quote: q, QuoteMargin: qm, ItemApart: ia},
						})
					}
				}
			}
		}
	}
	return out
}
