package actor

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/storyline/storyline/internal/devdata"
	"github.com/storyline/storyline/internal/nlp"
)

func TestEvalPeopleRoundupsDev(t *testing.T) {
	path := devdata.Path(t, "roundups-dev/roundups-dev.jsonl")
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	docs, err := ReadPeopleDocs(f)
	if err != nil {
		t.Fatal(err)
	}
	sc := EvalPeople(docs, nerSource(t))
	for _, d := range sc.Docs {
		t.Logf("%s recall %.2f (%d/%d) precision %.2f (%d/%d) missed %q spurious %q",
			d.ID, d.Recall, d.Found, d.Gold, d.Precision, d.Correct, d.Predicted, d.Missed, d.Spurious)
	}
	t.Logf("model %s: recall %.3f (%d/%d), precision %.3f (%d/%d)",
		nlp.ModelVersion, sc.Recall, sc.Found, sc.Gold, sc.Precision, sc.Correct, sc.Predicted)
	// Floors well under the measured figures (recall about 0.95,
	// precision about 0.78 with tagger ap-2026-11-28-1), so that a change
	// of tagger does not trip them but a broken resolver does.
	if sc.Recall < 0.85 {
		t.Errorf("recall %.3f below the 0.85 floor", sc.Recall)
	}
	if sc.Precision < 0.65 {
		t.Errorf("precision %.3f below the 0.65 floor", sc.Precision)
	}
}

// nerSource returns nlp.Entities, or, when $ACTOR_NER_CACHE names a file,
// its answers cached in that file (written on first use), so that changes
// here can be compared on fixed tagger output while the model evolves.
func nerSource(t testing.TB) EntityFunc {
	path := os.Getenv("ACTOR_NER_CACHE")
	if path == "" {
		return nlp.Entities
	}
	cache := make(map[string][]nlp.Entity)
	if b, err := os.ReadFile(path); err == nil {
		if err := json.Unmarshal(b, &cache); err != nil {
			t.Fatal(err)
		}
	}
	dirty := false
	t.Cleanup(func() {
		if !dirty {
			return
		}
		b, err := json.Marshal(cache)
		if err == nil {
			err = os.WriteFile(path, b, 0o644)
		}
		if err != nil {
			t.Error(err)
		}
	})
	return func(text string) []nlp.Entity {
		if es, ok := cache[text]; ok {
			return es
		}
		es := nlp.Entities(text)
		cache[text] = es
		dirty = true
		return es
	}
}
