package nlp

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// tinyCoNLL is a small training file written for this test (IOB1 tags).
const tinyCoNLL = `-DOCSTART- -X- O O

Anna NNP I-NP I-PER
Berg NNP I-NP I-PER
flew VBD I-VP O
to TO I-PP O
Oslo NNP I-NP I-LOC
. . O O

Acme NNP I-NP I-ORG
Corp NNP I-NP I-ORG
hired VBD I-VP O
Anna NNP I-NP I-PER
Berg NNP I-NP I-PER
in IN I-PP O
Oslo NNP I-NP I-LOC
. . O O

-DOCSTART- -X- O O

Carl NNP I-NP I-PER
Dahl NNP I-NP I-PER
left VBD I-VP O
Acme NNP I-NP I-ORG
Corp NNP I-NP I-ORG
for IN I-PP O
Bergen NNP I-NP I-LOC
. . O O

He PRP I-NP O
liked VBD I-VP O
Norwegian JJ I-NP I-MISC
food NN I-NP O
in IN I-PP O
Bergen NNP I-NP I-LOC
. . O O
`

func TestTrainTiny(t *testing.T) {
	path := filepath.Join(t.TempDir(), "tiny.conll")
	if err := os.WriteFile(path, []byte(tinyCoNLL), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, scheme := range []string{"bio", "bilou"} {
		t.Run(scheme, func(t *testing.T) {
			var log bytes.Buffer
			m, err := Train(path, path, TrainOptions{Epochs: 6, Scheme: scheme, Folds: 2, ClusterDepth: 3, Version: "tiny"}, &log)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(log.String(), "final dev F1") {
				t.Errorf("training log lacks the final F1:\n%s", log.String())
			}
			var buf bytes.Buffer
			if err := m.Save(&buf); err != nil {
				t.Fatal(err)
			}
			m2, err := Load(&buf)
			if err != nil {
				t.Fatal(err)
			}
			if m2.Version != "tiny" {
				t.Errorf("version %q after reload", m2.Version)
			}
			words := strings.Fields("Carl Dahl left Acme Corp for Bergen .")
			want := "B-PER I-PER O B-ORG I-ORG O B-LOC O"
			for _, mm := range []*Model{m, m2} {
				if got := strings.Join(mm.Tag(words), " "); got != want {
					t.Errorf("Tag = %s, want %s", got, want)
				}
			}
		})
	}
	if _, err := Train(path, "", TrainOptions{Scheme: "bioes"}, nil); err == nil {
		t.Error("an unknown tag scheme should fail")
	}
	if _, err := Train(filepath.Join(t.TempDir(), "missing"), "", TrainOptions{}, nil); err == nil {
		t.Error("training on a missing file should fail")
	}
}
