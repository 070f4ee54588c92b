package link

import "testing"

// namesakeDocs are two threads whose one shared rare word is a surname:
// of one person in the first, of another in the second (sharing no
// other matter), or of the same person under a short given name.
func namesakeDocs(firstActor, secondActor string) []ThreadDoc {
	return []ThreadDoc{
		{ID: "ns1#1", Story: "ns1", Title: "Farm shop row for Vantrell",
			Text: `Broadcaster Jeremy Vantrell is in a row with his parish council over the farm shop he opened on his land. Councillors say Vantrell has broken planning rules and must close the car park.
Vantrell said the shop sold only what the farm grew.`,
			Actors: []string{firstActor}},
		{ID: "ns2#1", Story: "ns2", Title: "Vantrell family sues producer",
			Text: `The family of the late actress Lena Vantrell has filed a new lawsuit against the music producer convicted of her death. Vantrell's mother said the court case would go on.
A lawyer for the producer said Vantrell's family had no claim.`,
			Actors: []string{secondActor}},
	}
}

func TestNamesakesStayApart(t *testing.T) {
	tests := []struct {
		name          string
		first, second string
		together      bool
	}{
		{"same surname, other person", "person:jeremy vantrell", "person:lena vantrell", false},
		{"same person", "person:jeremy vantrell", "person:jeremy vantrell", true},
		{"short given name", "person:jeremy vantrell", "person:jez vantrell", true},
		{"surname alone", "person:jeremy vantrell", "person:vantrell", true},
		{"an initial before the given name", "person:j jeremy vantrell", "person:jeremy vantrell", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			l := New()
			for _, d := range namesakeDocs(tc.first, tc.second) {
				l.Add([]Features{Featurize(d)})
			}
			a, b := l.ArcOf("ns1#1"), l.ArcOf("ns2#1")
			if got := a != "" && a == b; got != tc.together {
				t.Errorf("arcs %q and %q: together %v, want %v", a, b, got, tc.together)
			}
		})
	}
}

func TestSameFirst(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"jeremy", "jeremy", true},
		{"mo", "maurice", true},
		{"j", "john", true},
		{"bill", "william", true},
		{"william", "bill", true},
		{"peggy", "maggie", true},  // both Margaret
		{"kit", "catherine", true}, // one of the names Kit stands for
		{"gus", "zoe", false},
		{"mr", "lana", true},
		{"jeremy", "lana", false},
		{"gordon", "wes", false},
	}
	for _, tc := range tests {
		if got := sameFirst(tc.a, tc.b); got != tc.want {
			t.Errorf("sameFirst(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
