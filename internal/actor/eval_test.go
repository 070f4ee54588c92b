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

// TestScoreDocMatching checks how predicted persons are scored: each gold
// person is matched once, by full name or any surface form; a second
// person matching only the same gold person is a duplicate, not correct.
func TestScoreDocMatching(t *testing.T) {
	gold := PeopleDoc{ID: "d", People: map[string][]string{
		"Mara Quist":  {"Quist", "Cllr Quist"},
		"Tom Ellery":  {"Ellery", "Tom"},
		"Ines Duarte": {"Duarte"},
	}}
	person := func(name string, aliases ...string) Actor {
		return Actor{Name: name, Kind: Person, Aliases: aliases}
	}
	tests := []struct {
		name                                 string
		actors                               []Actor
		found, correct, duplicates, spurious int
	}{
		{"all found once", []Actor{person("Mara Quist"), person("Tom Ellery", "Ellery"), person("Ines Duarte")}, 3, 3, 0, 0},
		{"a surface form is correct", []Actor{person("Quist")}, 0, 1, 0, 0},
		{"a variant beside its full name is a duplicate", []Actor{person("Tom"), person("Tom Ellery")}, 1, 1, 1, 0},
		{"an unknown name is spurious", []Actor{person("Harbour Board"), person("Mara Quist")}, 1, 1, 0, 1},
		{"organisations are not scored", []Actor{{Name: "Tom Ellery", Kind: Org}}, 0, 0, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds := scoreDoc(gold, tt.actors)
			if ds.Found != tt.found || ds.Correct != tt.correct || ds.Duplicates != tt.duplicates || len(ds.Spurious) != tt.spurious {
				t.Errorf("found %d correct %d duplicates %d spurious %v; want %d %d %d %d",
					ds.Found, ds.Correct, ds.Duplicates, ds.Spurious, tt.found, tt.correct, tt.duplicates, tt.spurious)
			}
			if ds.Correct+ds.Duplicates+len(ds.Spurious) != ds.Predicted {
				t.Errorf("correct + duplicates + spurious = %d, predicted %d", ds.Correct+ds.Duplicates+len(ds.Spurious), ds.Predicted)
			}
		})
	}
}
