package link

import (
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
)

func TestFeaturize(t *testing.T) {
	d := ThreadDoc{
		ID: "s#1", Story: "s",
		Text: `The mayor of Port Elwen, Dana Ruiz, said the 2022 flood cost 3.5 million. Ruiz wants a new sea wall.
In 2022 the river rose fast, and the sea wall plan was delayed. The council meets Port Elwen traders on Monday.`,
		Actors: []string{"person:Dana Ruiz", "org:Elwen Council", "person:Dana Ruiz"},
	}
	f := Featurize(d)
	terms := map[string]TermWeight{}
	for _, tw := range f.Terms {
		terms[tw.Term] = tw
	}
	tests := []struct {
		name string
		term string
		want bool
	}{
		{"name phrase", "n:dana ruiz", true},
		{"place phrase", "n:port elwen", true},
		{"actor name", "n:elwen council", true},
		{"stemmed content word", "flood", true},
		{"number", "3.5", true},
		{"year", "2022", true},
		{"stop word", "the", false},
		{"day name", "monday", false},
		{"sentence-initial function word phrase", "n:in", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, ok := terms[tc.term]; ok != tc.want {
				t.Errorf("term %q present=%v, want %v (terms %v)", tc.term, ok, tc.want, f.Terms)
			}
		})
	}
	if f.Year != 2022 {
		t.Errorf("year %d, want 2022", f.Year)
	}
	if got := terms["n:dana ruiz"].Display(); got != "Dana Ruiz" {
		t.Errorf("display %q", got)
	}
	if !slices.Equal(f.Actors, []string{"org:Elwen Council", "person:Dana Ruiz"}) {
		t.Errorf("actors %v", f.Actors)
	}
	if terms["n:dana ruiz"].Weight <= terms["flood"].Weight {
		t.Errorf("names should weigh more than plain words: %v", f.Terms)
	}
}

func TestFeaturizeCompact(t *testing.T) {
	var b strings.Builder
	for i := range 300 {
		b.WriteString("word")
		b.WriteString(strings.Repeat("x", i%50))
		b.WriteString(" alpha beta gamma. ")
	}
	f := Featurize(ThreadDoc{ID: "x#1", Story: "x", Text: b.String()})
	if len(f.Terms) != MaxTerms {
		t.Errorf("%d terms, want %d", len(f.Terms), MaxTerms)
	}
	if !slices.IsSortedFunc(f.Terms, func(a, b TermWeight) int { return strings.Compare(a.Term, b.Term) }) {
		t.Error("terms not sorted")
	}
	if got := Featurize(ThreadDoc{ID: "e#1", Story: "e"}); len(got.Terms) != 0 || got.Year != 0 {
		t.Errorf("empty text gave %+v", got)
	}
}

// TestFeaturizeConcurrent featurises the fixtures from several goroutines
// at once (Featurize reuses pooled scratch) and wants what one gives alone.
func TestFeaturizeConcurrent(t *testing.T) {
	var docs []ThreadDoc
	for _, s := range corpus() {
		for n := range s.threads {
			docs = append(docs, s.doc(n+1))
		}
	}
	want := make([]Features, len(docs))
	for i, d := range docs {
		want[i] = Featurize(d)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 4)
	for g := range 4 {
		wg.Go(func() {
			for k := range 3 * len(docs) {
				i := (k + 5*g) % len(docs)
				if got := Featurize(docs[i]); !reflect.DeepEqual(got, want[i]) {
					errs <- docs[i].ID
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for id := range errs {
		t.Errorf("%s: features differ when featurised concurrently", id)
	}
}

func TestFeaturizeActorSurface(t *testing.T) {
	tests := []struct {
		name  string
		names []string
		want  string
	}{
		{"folded key only", nil, "elwen council"},
		{"name as written", []string{"Elwen Council"}, "Elwen Council"},
		{"empty name falls back to the key", []string{""}, "elwen council"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			// Actor keys are folded (actor.Key); the text never names the
			// council in full, so its surface comes from the actor alone.
			d := ThreadDoc{ID: "s#1", Story: "s", Text: "The council said the wall would be rebuilt.",
				Actors: []string{"org:elwen council"}, ActorNames: tc.names}
			for _, tw := range Featurize(d).Terms {
				if tw.Term == "n:elwen council" {
					if got := tw.Display(); got != tc.want {
						t.Errorf("display %q, want %q", got, tc.want)
					}
					return
				}
			}
			t.Fatal("no actor term")
		})
	}
}

func TestFeaturizeTitleCapitals(t *testing.T) {
	tests := []struct {
		name, title, term, want string
	}{
		{"a name in a sentence-case title", "Flood claims, Halvard's past fine and a march", "halvard", "Halvard"},
		{"a word in a title-case headline", "Flood Claims Rise Again As Rivers Burst", "claim", "claims"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := ThreadDoc{ID: "s#2", Story: "s", Title: tc.title,
				Text: "Families hit by the flood say the claims process is slow. Insurers expect more claims this week."}
			for _, tw := range Featurize(d).Terms {
				if tw.Term == tc.term {
					if got := tw.Display(); got != tc.want {
						t.Errorf("display %q, want %q", got, tc.want)
					}
					return
				}
			}
			t.Fatalf("no term %q", tc.term)
		})
	}
}
