package nlp

import (
	"fmt"
	"io"
	"os"
	"slices"
	"testing"

	"github.com/storyline/storyline/internal/devdata"
)

// embeddedRecipe returns the inputs of the embedded model, the defaults of
// `storyline train ner`: the training file, the further training files and
// the unlabelled text. It skips t when the data is absent.
func embeddedRecipe(t *testing.T) (string, TrainOptions) {
	train := devdata.Path(t, "conll2003/eng.train")
	return train, TrainOptions{
		Also:       []string{devdata.Path(t, "conll2003/eng.testa")},
		Unlabelled: []string{devdata.Path(t, "bbc-news/bbc-news.jsonl"), devdata.Path(t, "ecbplus-stories/ecbplus-stories.jsonl")},
	}
}

// TestEmbeddedLexiconReproduces rebuilds the word clusters and case
// statistics from the embedded model's inputs and compares them with the
// embedded ones. A change to the tokenizer or to the cluster code that
// alters them means a retrain no longer gives the embedded weights. It costs
// a few seconds; the full check is TestEmbeddedModelReproduces.
func TestEmbeddedLexiconReproduces(t *testing.T) {
	train, opts := embeddedRecipe(t)
	var docs []CoNLLDocument
	for _, p := range append([]string{train}, opts.Also...) {
		d, err := readCoNLLFile(p)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d...)
	}
	corpus, err := lexiconCorpus(docs, opts.Unlabelled)
	if err != nil {
		t.Fatal(err)
	}
	m := DefaultModel()
	cases := caseStatistics(corpus)
	lex := induceClusters(corpus, 12, io.Discard)
	for _, c := range []struct {
		name      string
		got, want map[string]string
	}{
		{"cluster paths", lex, m.lex},
		{"case buckets", stringMap(cases), stringMap(m.cases)},
	} {
		if diff := mapDiff(c.got, c.want); diff != "" {
			t.Errorf("%s rebuilt from the training inputs differ from the embedded model's (%s): the documented command no longer reproduces model/ner.bin.gz; retrain and bump ModelVersion", c.name, diff)
		}
	}
}

// stringMap turns a case-bucket map into a string map for mapDiff.
func stringMap(m map[string]uint8) map[string]string {
	out := make(map[string]string, len(m))
	for k, v := range m {
		out[k] = string(rune('0' + v))
	}
	return out
}

// mapDiff describes how got differs from want, "" when equal.
func mapDiff(got, want map[string]string) string {
	var changed []string
	for k, v := range want {
		if g, ok := got[k]; !ok || g != v {
			changed = append(changed, k)
		}
	}
	extra := 0
	for k := range got {
		if _, ok := want[k]; !ok {
			extra++
		}
	}
	if len(changed) == 0 && extra == 0 {
		return ""
	}
	slices.Sort(changed)
	return fmt.Sprintf("%d of %d entries missing or changed, e.g. %q; %d new", len(changed), len(want), changed[:min(5, len(changed))], extra)
}

// TestEmbeddedModelReproduces retrains with the recipe of the embedded
// model and checks that the result is the embedded model byte for byte. It
// takes about 15 s of CPU, so it runs only with NLP_REPRO=1 (`storyline
// train ner --check` is the same check from the command line).
func TestEmbeddedModelReproduces(t *testing.T) {
	if os.Getenv("NLP_REPRO") == "" {
		t.Skip("set NLP_REPRO=1 to retrain the embedded model and compare (about 15 s)")
	}
	train, opts := embeddedRecipe(t)
	m, err := Train(train, "", opts, nil)
	if err != nil {
		t.Fatal(err)
	}
	same, err := m.MatchesEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	if !same {
		t.Error("retraining with the documented recipe does not reproduce model/ner.bin.gz: retrain (go run ./cmd/storyline train ner) and bump ModelVersion")
	}
}
