package nlp

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// saved trains on the given files and returns the saved model's bytes.
func saved(t *testing.T, train string, opts TrainOptions) []byte {
	t.Helper()
	m, err := Train(train, "", opts, nil)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestTrainReproducible checks that training is a pure function of its
// inputs (no map order, clock or goroutine schedule leaks into the saved
// bytes), that Also reads its files as if they followed the training file,
// and that the seed and the unlabelled text do reach the weights.
func TestTrainReproducible(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	cut := strings.LastIndex(tinyCoNLL, "-DOCSTART-")
	all := write("all.conll", tinyCoNLL)
	first := write("first.conll", tinyCoNLL[:cut])
	second := write("second.conll", tinyCoNLL[cut:])
	news := write("news.txt", newsText)
	base := TrainOptions{Epochs: 4, Folds: 2, ClusterDepth: 4, Unlabelled: []string{news}, Version: "tiny"}
	want := saved(t, all, base)

	tests := []struct {
		name  string
		train string
		opts  func(o *TrainOptions)
		same  bool
	}{
		{"again", all, func(*TrainOptions) {}, true},
		{"also", first, func(o *TrainOptions) { o.Also = []string{second} }, true},
		{"also reversed", second, func(o *TrainOptions) { o.Also = []string{first} }, false},
		{"other seed", all, func(o *TrainOptions) { o.Seed = 2 }, false},
		{"no unlabelled text", all, func(o *TrainOptions) { o.Unlabelled = nil }, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := base
			tt.opts(&o)
			got := saved(t, tt.train, o)
			if bytes.Equal(got, want) != tt.same {
				t.Errorf("saved model equal to the reference: %v, want %v", !tt.same, tt.same)
			}
		})
	}
}
