package thread_test

import (
	"os"
	"testing"

	"github.com/storyline/storyline/internal/devdata"
	"github.com/storyline/storyline/internal/eval"
)

// TestChoiDev checks the sentence segmenter on the Choi (2000) developer
// samples: Pk stays under 0.11 (0.104 when written; 0.115 before the
// Dirichlet prior and block comparison).
func TestChoiDev(t *testing.T) {
	f, err := os.Open(devdata.Path(t, "choi-segmentation/choi-segmentation.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	res, err := eval.Segment(f, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d samples: Pk %.4f, WindowDiff %.4f", res.Documents, res.Pk, res.WindowDiff)
	if res.Documents < 200 {
		t.Errorf("%d samples read, want the developer file's 276", res.Documents)
	}
	if res.Pk >= 0.11 {
		t.Errorf("Pk %.4f, want under 0.11", res.Pk)
	}
}
