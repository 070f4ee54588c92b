package index

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
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

func TestSearch(t *testing.T) {
	x, err := OpenMem()
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	docs := []Doc{
		{ID: "a", Title: "Ferry fares frozen", Body: []string{"Ferry fares frozen", "The council froze fares.", "Meanwhile the museum reopened after repairs."}, Threads: []string{"ferry fares", "museum reopening"}, Actors: []string{"Ada Venn"}, Published: time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)},
		{ID: "b", Title: "Museum reopens", Body: []string{"Museum reopens", "Visitors queued at the museum."}, Source: "Harbour Times", Published: time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC)},
	}
	if err := x.Apply(docs, nil); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, q string
		want    []string
	}{
		{"stemmed body word", "repair", []string{"a"}},
		{"title boost", "museum", []string{"b", "a"}},
		{"actor field", `actor:"Ada Venn"`, []string{"a"}},
		{"thread field", `thread:reopening`, []string{"a"}},
		{"source field", `source:harbour`, []string{"b"}},
		{"date range", `+published:<"2026-02-15" museum`, []string{"b"}},
		{"phrase", `"council froze"`, []string{"a"}},
		{"must not", `museum -ferry`, []string{"b"}},
		{"empty lists newest first", "", []string{"a", "b"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := hitIDs(t, x, tt.q); got != strings.Join(tt.want, " ") {
				t.Fatalf("query %q: got %v, want %v", tt.q, got, tt.want)
			}
		})
	}
}

func TestHighlighter(t *testing.T) {
	tests := []struct {
		name, q, text, want string
	}{
		{"stems", "repairs", "The bridge was repaired last year.", "The bridge was \x02repaired\x03 last year."},
		{"phrase terms", `"ferry fares"`, "Ferry fares rose; fares fell.", "\x02Ferry fares\x03 rose; \x02fares\x03 fell."},
		{"must-not not marked", "museum -ferry", "The ferry to the museum.", "The ferry to the \x02museum\x03."},
		{"prefix", "refer*", "A referendum was called.", "A \x02referendum\x03 was called."},
		{"actor name in text", `actor:"Ada Venn"`, "Councillor Ada Venn spoke.", "Councillor \x02Ada Venn\x03 spoke."},
		{"other fields only", `source:courier`, "Nothing to mark.", ""},
		// A fuzzy word marks the words it found, not only itself.
		{"fuzzy", "budjet~", "The budget and the budgets; not the bucket list.", "The \x02budget\x03 and the \x02budgets\x03; not the bucket list."},
		{"fuzzy one edit", "ferri~", "The ferry and the fairy.", "The \x02ferry\x03 and the fairy."},
		{"fuzzy two edits", "ferri~2", "The ferry and the fairy.", "The \x02ferry\x03 and the \x02fairy\x03."},
		{"fuzzy field", `title:budjet~`, "The budget.", "The \x02budget\x03."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h, err := NewHighlighter(tt.q)
			if err != nil {
				t.Fatal(err)
			}
			if got := Fragment(tt.text, h.Spans(tt.text), 200); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
	h, _ := NewHighlighter("thread:reopening")
	if !h.MatchesThread("museum reopening") || h.MatchesThread("ferry fares") {
		t.Error("thread label matching")
	}
	long := strings.Repeat("word ", 100) + "target " + strings.Repeat("word ", 100)
	h, _ = NewHighlighter("target")
	f := Fragment(long, h.Spans(long), 80)
	if !strings.HasPrefix(f, "…word") || !strings.HasSuffix(f, "…") || !strings.Contains(f, MarkStart+"target"+MarkEnd) || len(f) > 100 {
		t.Errorf("long fragment: %q", f)
	}
}

func TestWithinEdits(t *testing.T) {
	tests := []struct {
		a, b string
		max  int
		want bool
	}{
		{"budget", "budget", 0, true},
		{"budjet", "budget", 1, true},
		{"budjet", "budget", 0, false},
		{"brwn", "brown", 1, true},
		{"ferri", "fairi", 1, false},
		{"ferri", "fairi", 2, true},
		{"a", "abcd", 2, false},
		{"café", "cafe", 1, true},
		{"", "ab", 2, true},
	}
	for _, tt := range tests {
		if got := withinEdits(tt.a, tt.b, tt.max); got != tt.want {
			t.Errorf("withinEdits(%q, %q, %d) = %v, want %v", tt.a, tt.b, tt.max, got, tt.want)
		}
	}
}

func TestSeveralWordsRankTogether(t *testing.T) {
	x, err := OpenMem()
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	filler := " The minister spoke to reporters after the meeting and said talks would continue next week."
	docs := []Doc{
		{ID: "strike", Body: []string{"Union leaders said the union would strike. Union members backed the union, and the union's chief praised the union vote." + filler}},
		{ID: "apart", Body: []string{"Customs officers seized goods at the port." + filler + " Separately, a union official spoke about pay."}},
		{ID: "phrase", Body: []string{"MPs voted on joining a customs union." + filler + filler}},
	}
	for i := 0; i < 20; i++ {
		docs = append(docs, Doc{ID: fmt.Sprintf("other%d", i), Body: []string{"Rain is expected across the north." + filler}})
	}
	if err := x.Apply(docs, nil); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		q    string
		want []string
	}{
		{"customs union", []string{"phrase", "apart", "strike"}},
		{"union customs", []string{"apart", "phrase", "strike"}},
	}
	for _, tt := range tests {
		if got := hitIDs(t, x, tt.q); got != strings.Join(tt.want, " ") {
			t.Errorf("%q ranks %v, want %v", tt.q, got, tt.want)
		}
	}
}

// hitIDs runs q and returns the ids of its hits in rank order.
func hitIDs(t *testing.T, x *Index, q string) string {
	t.Helper()
	res, err := x.Search(q, 0, 10)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, h := range res.Hits {
		got = append(got, h.ID)
	}
	return strings.Join(got, " ")
}

func TestSearchOrders(t *testing.T) {
	x, err := OpenMem()
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	day := func(m int) time.Time { return time.Date(2026, time.Month(m), 1, 0, 0, 0, 0, time.UTC) }
	docs := []Doc{
		{ID: "march", Body: []string{"Harbour toll vote put off."}, Published: day(3)},
		{ID: "feb", Body: []string{"Harbour toll rise. The harbour board met on the harbour toll."}, Published: day(2)},
		{ID: "undated", Body: []string{"Harbour notes: harbour, harbour and harbour again."}},
		{ID: "april", Body: []string{"Toll set: the harbour board decided."}, Published: day(4)},
	}
	if err := x.Apply(docs, nil); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		order Order
		want  string
	}{
		{NewestFirst, "april march feb undated"},
		{OldestFirst, "feb march april undated"},
	}
	for _, tt := range tests {
		t.Run(tt.order.String(), func(t *testing.T) {
			res, err := x.SearchOrdered("harbour", 0, 10, tt.order)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, h := range res.Hits {
				got = append(got, h.ID)
			}
			if strings.Join(got, " ") != tt.want {
				t.Errorf("%s: %v, want %s", tt.order, got, tt.want)
			}
		})
	}
	// By relevance the story that says harbour most comes first, whatever
	// its date.
	if got := hitIDs(t, x, "harbour"); !strings.HasPrefix(got, "undated") {
		t.Errorf("by relevance: %s, want undated first", got)
	}
}

func TestParseOrder(t *testing.T) {
	tests := []struct {
		in      string
		want    Order
		wantErr bool
	}{
		{"", ByRelevance, false},
		{"relevance", ByRelevance, false},
		{"newest", NewestFirst, false},
		{"oldest", OldestFirst, false},
		{"latest", ByRelevance, true},
	}
	for _, tt := range tests {
		got, err := ParseOrder(tt.in)
		if got != tt.want || (err != nil) != tt.wantErr {
			t.Errorf("ParseOrder(%q) = %v, %v; want %v, error %v", tt.in, got, err, tt.want, tt.wantErr)
		}
	}
}

func TestSearchTiesByID(t *testing.T) {
	// Copies of one story, indexed in two batches in reverse order of
	// their ids, score alike: they come back in the order of their ids,
	// not in the order bleve's segments hold them. (On disk: the
	// in-memory index keeps documents in id order anyway.)
	x, err := Open(t.TempDir(), false)
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	body := []string{"Ferry fares rise again on the island route."}
	for _, batch := range [][]string{{"d", "c"}, {"b", "a"}} {
		var docs []Doc
		for _, id := range batch {
			docs = append(docs, Doc{ID: id, Body: body})
		}
		if err := x.Apply(docs, nil); err != nil {
			t.Fatal(err)
		}
	}
	if err := x.Apply([]Doc{{ID: "e", Body: []string{"Ferry fares: the ferry company says ferry fares must rise."}}}, nil); err != nil {
		t.Fatal(err)
	}
	res, err := x.Search("ferry", 0, 10)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, h := range res.Hits {
		got = append(got, h.ID)
	}
	if want := "e a b c d"; strings.Join(got, " ") != want {
		t.Errorf("hits %v, want %s", got, want)
	}
}

func TestByScoreThenID(t *testing.T) {
	tests := []struct {
		name string
		in   []Hit
		want string
	}{
		{"empty", nil, ""},
		{"scores decide", []Hit{{"a", 1}, {"b", 3}, {"c", 2}}, "b c a"},
		{"ties by id", []Hit{{"z", 2}, {"m", 2}, {"a", 1}, {"q", 2}}, "m q z a"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			byScoreThenID(tt.in)
			var got []string
			for _, h := range tt.in {
				got = append(got, h.ID)
			}
			if strings.Join(got, " ") != tt.want {
				t.Errorf("got %v, want %s", got, tt.want)
			}
		})
	}
}

// TestNameField checks that name: matches an actor's whole name in any
// letter case, where actor: matches any actor name holding the phrase,
// and that CountPhrase on it counts what the search finds.
func TestNameField(t *testing.T) {
	x, err := OpenMem()
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	docs := []Doc{
		{ID: "a", Title: "Radio", Body: []string{"Radio"}, Actors: []string{"Harbour Radio"}},
		{ID: "b", Title: "News", Body: []string{"News"}, Actors: []string{"Harbour Radio News", "Ada Venn"}},
		{ID: "c", Title: "Venn", Body: []string{"Venn"}, Actors: []string{"Venn"}},
	}
	if err := x.Apply(docs, nil); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		q     string
		field string
		name  string
		want  []string
	}{
		{`actor:"Harbour Radio"`, FieldActor, "Harbour Radio", []string{"a", "b"}},
		{`name:"Harbour Radio"`, FieldName, "Harbour Radio", []string{"a"}},
		{`name:"harbour radio"`, FieldName, "harbour radio", []string{"a"}},
		{`actor:"Venn"`, FieldActor, "Venn", []string{"b", "c"}},
		{`name:"Venn"`, FieldName, "Venn", []string{"c"}},
		{`name:"Harbour"`, FieldName, "Harbour", nil},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			got := strings.Fields(hitIDs(t, x, tt.q))
			slices.Sort(got)
			if strings.Join(got, " ") != strings.Join(tt.want, " ") {
				t.Fatalf("query %q: got %v, want %v", tt.q, got, tt.want)
			}
			n, err := x.CountPhrase(tt.field, tt.name)
			if err != nil {
				t.Fatal(err)
			}
			if int(n) != len(tt.want) {
				t.Fatalf("CountPhrase(%s, %q) = %d, want %d", tt.field, tt.name, n, len(tt.want))
			}
		})
	}
}
