package eval_test

import (
	"math"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/eval"
)

// actorLine builds one ECB+-shaped line; offsets are in characters.
const actorFile = `{"id":"a1","title":"T","body":"Marta Quillon joined Brackwater Rovers. Police said Quillon was “happy”. Ms Quillon met the police.","actors":[` +
	`{"type":"HUMAN_PART_PER","start":0,"end":13,"text":"Marta Quillon","instance":"q"},` +
	`{"type":"HUMAN_PART_ORG","start":21,"end":38,"text":"Brackwater Rovers","instance":"r"},` +
	`{"type":"HUMAN_PART_ORG","start":40,"end":46,"text":"Police","instance":"p"},` +
	`{"type":"HUMAN_PART_PER","start":52,"end":59,"text":"Quillon","instance":"q"},` +
	`{"type":"HUMAN_PART_PER","start":73,"end":83,"text":"Ms Quillon","instance":"q"}],` +
	`"sentences":[{"start":0,"end":39,"annotated":true},{"start":40,"end":72,"annotated":false},{"start":73,"end":99,"annotated":true}]}
{"id":"a2","title":"U","body":"Quillon and Dovecote Ltd.","actors":[{"type":"HUMAN_PART_PER","start":0,"end":7,"text":"Quillon","instance":"q"}]}
`

func TestReadActorArticles(t *testing.T) {
	arts, err := eval.ReadActorArticles(strings.NewReader(actorFile))
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 2 || len(arts[0].Mentions) != 5 || len(arts[0].Annotated) != 2 || arts[1].Annotated != nil {
		t.Fatalf("unexpected %+v", arts)
	}
	// The fifth mention follows a curly quote (three bytes, one character).
	m := arts[0].Mentions[4]
	if arts[0].Body[m.Start:m.End] != "Ms Quillon" {
		t.Fatalf("character offsets not turned into byte offsets: %q", arts[0].Body[m.Start:m.End])
	}
	bad := []struct{ name, in, want string }{
		{"wrong span", `{"id":"x","body":"Ann Lee","actors":[{"type":"HUMAN_PART_PER","start":1,"end":7,"text":"Ann Lee"}]}`, "do not hold its text"},
		{"outside", `{"id":"x","body":"Ann","actors":[{"type":"HUMAN_PART_PER","start":0,"end":9,"text":"Ann"}]}`, "outside the body"},
		{"no actors", `{"id":"x","body":"Ann"}`, `no "actors" list`},
		{"not json", `{"id":`, "line 1"},
	}
	for _, tc := range bad {
		t.Run(tc.name, func(t *testing.T) {
			_, err := eval.ReadActorArticles(strings.NewReader(tc.in))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err %v, want it to say %q", err, tc.want)
			}
		})
	}
}

func TestScoreActors(t *testing.T) {
	arts, err := eval.ReadActorArticles(strings.NewReader(actorFile))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		pred map[string][]eval.PredictedActor
		// found, kind right, full name (the article's longest name, less
		// honorifics), predicted (people and organisations in annotated
		// sentences; a2 has no sentences, so all of it counts), correct
		counts [5]int
		cross  float64 // cross-document B³ F1
	}{
		{"all right", map[string][]eval.PredictedActor{
			"a1": {{ID: "person:marta quillon", Name: "Marta Quillon", Kind: "person", Aliases: []string{"Quillon", "Ms Quillon"}}, {Name: "Brackwater Rovers", Kind: "org"}},
			"a2": {{ID: "person:marta quillon", Name: "Quillon", Kind: "person"}, {Name: "Dovecote Ltd", Kind: "org"}},
		}, [5]int{3, 3, 3, 4, 3}, 1},
		{"surname only, club as a place, split across articles", map[string][]eval.PredictedActor{
			"a1": {{Name: "Quillon", Kind: "person"}, {Name: "Brackwater Rovers", Kind: "place"}},
			"a2": {{Name: "Quillon", Kind: "org"}},
		}, [5]int{3, 1, 2, 2, 2}, 1},
		{"split across articles", map[string][]eval.PredictedActor{
			"a1": {{Name: "Marta Quillon", Kind: "person"}, {Name: "Brackwater Rovers", Kind: "org"}},
			"a2": {{Name: "Quillon", Kind: "person"}},
		}, [5]int{3, 3, 3, 3, 3}, 0.8},
		{"nothing", map[string][]eval.PredictedActor{}, [5]int{0, 0, 0, 0, 0}, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := eval.ScoreActors(arts, tc.pred, true)
			// "Police" opens a sentence and the file writes "police": no name.
			if r.Gold != 3 {
				t.Fatalf("gold %d, want 3 (Quillon in both articles, Brackwater Rovers)", r.Gold)
			}
			got := [5]int{r.Found, r.KindRight, r.FullName, r.Predicted, r.Correct}
			if got != tc.counts {
				t.Fatalf("found, kind right, full name, predicted, correct = %v, want %v (docs %+v)", got, tc.counts, r.Docs)
			}
			if math.Abs(r.CrossDocF1-tc.cross) > 1e-9 {
				t.Fatalf("cross-document F1 %v, want %v", r.CrossDocF1, tc.cross)
			}
		})
	}
}
