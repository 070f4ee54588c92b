package eval_test

import (
	"bytes"
	"math"
	"os"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/devdata"
	"github.com/storyline/storyline/internal/eval"
)

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestScoreNER(t *testing.T) {
	tests := []struct {
		name       string
		gold, pred [][]string
		p, r, f    float64
		types      map[string]eval.NERTypeScore
	}{
		{
			name: "perfect iob2",
			gold: [][]string{{"B-PER", "I-PER", "O", "B-LOC"}},
			pred: [][]string{{"B-PER", "I-PER", "O", "B-LOC"}},
			p:    1, r: 1, f: 1,
			types: map[string]eval.NERTypeScore{
				"PER": {Precision: 1, Recall: 1, F1: 1, Support: 1},
				"LOC": {Precision: 1, Recall: 1, F1: 1, Support: 1},
			},
		},
		{
			name: "iob1 gold against iob2 prediction",
			gold: [][]string{{"I-ORG", "I-ORG", "O", "I-PER"}},
			pred: [][]string{{"B-ORG", "I-ORG", "O", "B-PER"}},
			p:    1, r: 1, f: 1,
		},
		{
			name: "adjacent same-type entities in iob1 must not merge",
			gold: [][]string{{"I-PER", "B-PER", "I-PER"}}, // [0] and [1,3)
			pred: [][]string{{"B-PER", "I-PER", "I-PER"}}, // [0,3)
			p:    0, r: 0, f: 0,
			types: map[string]eval.NERTypeScore{"PER": {Support: 2}},
		},
		{
			name: "adjacent same-type entities found",
			gold: [][]string{{"I-LOC", "B-LOC", "O"}},
			pred: [][]string{{"B-LOC", "B-LOC", "O"}},
			p:    1, r: 1, f: 1,
		},
		{
			name: "wrong type and partial span",
			gold: [][]string{{"B-ORG", "I-ORG", "O", "B-PER", "I-PER"}, {"B-MISC"}},
			pred: [][]string{{"B-LOC", "I-LOC", "O", "B-PER", "O"}, {"B-MISC"}},
			// one correct (MISC) of 3 predicted and 3 gold
			p: 1.0 / 3, r: 1.0 / 3, f: 1.0 / 3,
			types: map[string]eval.NERTypeScore{
				"ORG":  {Support: 1},
				"LOC":  {Support: 0},
				"PER":  {Support: 1},
				"MISC": {Precision: 1, Recall: 1, F1: 1, Support: 1},
			},
		},
		{
			name: "entity at sentence end does not run into the next sentence",
			gold: [][]string{{"O", "I-PER"}, {"I-PER", "O"}},
			pred: [][]string{{"O", "B-PER"}, {"B-PER", "O"}},
			p:    1, r: 1, f: 1,
		},
		{
			name: "nothing predicted",
			gold: [][]string{{"B-PER"}},
			pred: [][]string{{"O"}},
			p:    0, r: 0, f: 0,
		},
		{
			name: "stray I- after another type starts a new entity",
			gold: [][]string{{"B-PER", "I-LOC"}},
			pred: [][]string{{"B-PER", "B-LOC"}},
			p:    1, r: 1, f: 1,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := eval.ScoreNER(tt.gold, tt.pred)
			if !near(res.Precision, tt.p) || !near(res.Recall, tt.r) || !near(res.F1, tt.f) {
				t.Errorf("P/R/F = %v/%v/%v, want %v/%v/%v", res.Precision, res.Recall, res.F1, tt.p, tt.r, tt.f)
			}
			for ty, want := range tt.types {
				got, ok := res.Types[ty]
				if !ok {
					t.Errorf("type %s missing from %v", ty, res.Types)
					continue
				}
				if !near(got.Precision, want.Precision) || !near(got.Recall, want.Recall) || !near(got.F1, want.F1) || got.Support != want.Support {
					t.Errorf("type %s = %+v, want %+v", ty, got, want)
				}
			}
		})
	}
}

// conllSample is a small CoNLL-2003 style document written for this test.
const conllSample = `-DOCSTART- -X- O O

Rachel NNP I-NP I-PER
Reeves NNP I-NP I-PER
visited VBD I-VP O
Leeds NNP I-NP I-LOC
. . O O

-DOCSTART- -X- O O

The DT I-NP O
Bank NNP I-NP I-ORG
of IN I-PP I-ORG
England NNP I-NP I-ORG
held VBD I-VP O
rates NNS I-NP O
. . O O
`

func TestNERPredictionsFile(t *testing.T) {
	var out bytes.Buffer
	res, err := eval.NER(strings.NewReader(conllSample), nil, &out)
	if err != nil {
		t.Fatal(err)
	}
	if res.Tokens != 12 {
		t.Errorf("tokens = %d, want 12", res.Tokens)
	}
	in := strings.Split(conllSample, "\n")
	got := strings.Split(out.String(), "\n")
	if len(got) != len(in) {
		t.Fatalf("predictions have %d lines, input %d:\n%s", len(got), len(in), out.String())
	}
	for i := range in {
		switch {
		case in[i] == "" || strings.HasPrefix(in[i], "-DOCSTART-"):
			if got[i] != in[i] {
				t.Errorf("line %d = %q, want it copied as %q", i+1, got[i], in[i])
			}
		default:
			tag := strings.TrimPrefix(got[i], in[i]+" ")
			if tag == got[i] || (tag != "O" && !strings.HasPrefix(tag, "B-") && !strings.HasPrefix(tag, "I-")) {
				t.Errorf("line %d = %q, want the input plus one IOB2 tag", i+1, got[i])
			}
		}
	}
	if _, err := eval.NER(strings.NewReader("word\n"), nil, nil); err == nil {
		t.Error("a line without a tag should be an error")
	}
	if _, err := eval.NER(strings.NewReader("word X-PER\n"), nil, nil); err == nil {
		t.Error("a malformed tag should be an error")
	}
}

// TestNERCoNLLDev asserts floors on the CoNLL-2003 development set
// (eng.testa), which the model was tuned on but not trained on.
func TestNERCoNLLDev(t *testing.T) {
	f, err := os.Open(devdata.Path(t, "conll2003/eng.testa"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	res, err := eval.NER(f, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("eng.testa: P %.4f R %.4f F1 %.4f, %d tokens in %.2fs", res.Precision, res.Recall, res.F1, res.Tokens, res.Seconds)
	for _, ty := range []string{"PER", "ORG", "LOC", "MISC"} {
		s := res.Types[ty]
		t.Logf("  %-4s P %.4f R %.4f F1 %.4f support %d", ty, s.Precision, s.Recall, s.F1, s.Support)
	}
	floors := map[string]float64{"": 0.915, "PER": 0.94, "LOC": 0.94, "ORG": 0.87, "MISC": 0.86}
	for ty, floor := range floors {
		f1 := res.F1
		if ty != "" {
			f1 = res.Types[ty].F1
		}
		if f1 < floor {
			t.Errorf("%s F1 %.4f below the floor %.3f", ty, f1, floor)
		}
	}
	if res.Tokens != 51362 {
		t.Errorf("tokens = %d, want 51362", res.Tokens)
	}
}
