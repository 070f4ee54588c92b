package index

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite golden files")

// TestMappingGolden pins the mapping: a change here must come with a
// SchemaVersion bump, or old indexes would be read with the new mapping.
func TestMappingGolden(t *testing.T) {
	b, err := json.MarshalIndent(NewMapping(), "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "mapping.golden.json")
	if *update {
		if err := os.WriteFile(golden, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if string(want) != string(b) {
		t.Fatalf("mapping changed: bump SchemaVersion and run go test ./index -update")
	}
	if err := NewMapping().Validate(); err != nil {
		t.Fatal(err)
	}
}

func TestValidate(t *testing.T) {
	tests := []struct {
		q  string
		ok bool
	}{
		{"", true},
		{"customs union", true},
		{`"customs union" +vote -strike`, true},
		{`actor:"Rachel Reeves"`, true},
		{`published:>"2026-01-01"`, true},
		{`title:"unclosed`, false},
	}
	for _, tt := range tests {
		err := Validate(tt.q)
		if (err == nil) != tt.ok {
			t.Errorf("Validate(%q) = %v, want ok=%v", tt.q, err, tt.ok)
		}
	}
}

func TestSearchMarksAndPositions(t *testing.T) {
	x, err := OpenMem()
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	docs := []Doc{
		{ID: "a", Title: "Ferry fares frozen", Body: []string{"Ferry fares frozen", "The council froze fares.", "Meanwhile the museum reopened after repairs."}, Threads: []string{"ferry fares", "museum reopening"}, Actors: []string{"Ada Venn"}, Published: time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)},
		{ID: "b", Title: "Museum reopens", Body: []string{"Museum reopens", "Visitors queued at the museum."}, Published: time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC)},
	}
	if err := x.Apply(docs, nil); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, q   string
		wantFirst string
		wantPos   []int
	}{
		{"body word maps to paragraph", "repairs", "a", []int{2}},
		{"actor field", `actor:"Ada Venn"`, "a", nil},
		{"date range", `published:<"2026-02-15" museum`, "b", []int{0, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := x.Search(tt.q, 0, 10)
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Hits) == 0 || res.Hits[0].ID != tt.wantFirst {
				t.Fatalf("hits %+v", res.Hits)
			}
			h := res.Hits[0]
			if tt.wantPos != nil && !equal(h.BodyPositions, tt.wantPos) {
				t.Errorf("positions %v, want %v", h.BodyPositions, tt.wantPos)
			}
			if tt.wantPos != nil && (len(h.Fragments) == 0 || !strings.Contains(h.Fragments[0], MarkStart)) {
				t.Errorf("fragments carry no highlight marks: %q", h.Fragments)
			}
		})
	}
}

func equal(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
