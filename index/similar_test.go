package index

import (
	"slices"
	"testing"
)

func TestSimilarAndAlias(t *testing.T) {
	docs := []Doc{
		{ID: "q", Title: "Ferry fares frozen", Body: []string{"Ferry fares frozen", "The harbour board froze ferry fares for Kestrel Island."}, Actors: []string{"Ada Venn"}},
		{ID: "a", Title: "Ferry fares rise", Body: []string{"Ferry fares rise", "Kestrel Island ferry fares rise again, the harbour board said."}},
		{ID: "b", Title: "Museum reopens", Body: []string{"Museum reopens", "Visitors queued at the museum."}, Actors: []string{"Ada Venn"}},
		{ID: "c", Title: "Bridge repairs", Body: []string{"Bridge repairs", "The bridge shut for repairs."}},
	}
	one, err := OpenMem()
	if err != nil {
		t.Fatal(err)
	}
	defer one.Close()
	if err := one.Apply(docs, nil); err != nil {
		t.Fatal(err)
	}
	// The same documents over two shards behind an alias.
	s1, _ := OpenMem()
	s2, _ := OpenMem()
	defer s1.Close()
	defer s2.Close()
	if err := s1.Apply(docs[:2], nil); err != nil {
		t.Fatal(err)
	}
	if err := s2.Apply(docs[2:], nil); err != nil {
		t.Fatal(err)
	}
	clues := []Clue{{Text: "ferry", Weight: 2}, {Text: "Kestrel Island", Weight: 3}, {Text: "Ada Venn", Weight: 1, Actor: true}}
	tests := []struct {
		name    string
		x       *Index
		clues   []Clue
		exclude []string
		want    []string
	}{
		{"best first, the story itself left out", one, clues, []string{"q"}, []string{"a", "b"}},
		{"an actor clue alone", one, []Clue{{Text: "Ada Venn", Weight: 1, Actor: true}}, []string{"q"}, []string{"b"}},
		{"no usable clue", one, []Clue{{Text: "", Weight: 1}, {Text: "ferry", Weight: 0}}, nil, nil},
		{"through an alias of shards", Alias(s1, s2), clues, []string{"q"}, []string{"a", "b"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			hits, err := tc.x.Similar(tc.clues, tc.exclude, 10)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, h := range hits {
				got = append(got, h.ID)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("Similar = %v, want %v", got, tc.want)
			}
		})
	}
	// The alias searches like the one index.
	for _, q := range []string{"ferry", `"ferry fares"`, "museum", `actor:"Ada Venn"`} {
		r1, err1 := one.Search(q, 0, 10)
		r2, err2 := Alias(s1, s2).Search(q, 0, 10)
		if err1 != nil || err2 != nil || r1.Total != r2.Total {
			t.Errorf("%s: one index %v hits (%v), alias %v (%v)", q, r1, err1, r2, err2)
		}
	}
}
