package archive

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/storyline/storyline/index"
	"github.com/storyline/storyline/internal/article"
)

func openTemp(t *testing.T) (*Archive, string) {
	t.Helper()
	dir := t.TempDir()
	a, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { a.Close() })
	return a, dir
}

// writeInput writes an input file for an import (package archive_test
// has its own writeFile).
func writeInput(t *testing.T, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestImportFolder(t *testing.T) {
	a, _ := openTemp(t)
	ctx := context.Background()
	res, err := a.Import(ctx, []string{"testdata/inputs"}, ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Added != 4 || res.Failed != 1 || res.Updated != 0 {
		t.Fatalf("first import: %+v", res)
	}
	if len(res.Errors) != 1 || !strings.Contains(res.Errors[0].Path, "broken.bin") {
		t.Fatalf("errors should name broken.bin: %+v", res.Errors)
	}
	// Importing again changes nothing.
	res, err = a.Import(ctx, []string{"testdata/inputs"}, ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Added != 0 || res.Updated != 0 || res.Unchanged != 4 {
		t.Fatalf("second import: %+v", res)
	}
	rows, total, err := a.List(ctx, 0, 10)
	if err != nil {
		t.Fatal(err)
	}
	if total != 4 || len(rows) != 4 {
		t.Fatalf("list: total %d rows %d", total, len(rows))
	}
	if rows[0].Title != "Council budget passes after late-night session" {
		t.Errorf("newest first: got %q first", rows[0].Title)
	}
	if n, _ := a.ix.Count(); n != 4 {
		t.Errorf("index holds %d stories, want 4", n)
	}
}

func TestSearch(t *testing.T) {
	a, _ := openTemp(t)
	ctx := context.Background()
	if _, err := a.Import(ctx, []string{"testdata/inputs"}, ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, query, wantTitle string
	}{
		{"title words", "ferry terminal", "Harbour board approves new ferry terminal"},
		{"phrase", `"mountain pass"`, "Storm closes mountain pass"},
		{"stemmed", "snowfalls", "Ski season extended after snowfall"},
		{"field", `title:budget`, "Council budget passes after late-night session"},
		{"date range", `published:>"2026-03-01" council`, "Council budget passes after late-night session"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := a.Search(ctx, tt.query, 5)
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Hits) == 0 || res.Hits[0].Title != tt.wantTitle {
				t.Fatalf("query %q: hits %+v", tt.query, res.Hits)
			}
			if len(res.Hits[0].Threads) == 0 && !strings.Contains(tt.query, ":") {
				t.Errorf("query %q: hit names no thread", tt.query)
			}
		})
	}
	if _, err := a.Search(ctx, `title:"unclosed`, 5); err == nil {
		t.Error("a malformed query should be an error")
	}
}

func TestUpdateUnderSameURL(t *testing.T) {
	a, _ := openTemp(t)
	ctx := context.Background()
	dir := t.TempDir()
	p := filepath.Join(dir, "a.md")
	write := func(body string) {
		t.Helper()
		writeInput(t, p, "---\ntitle: Bridge reopens\nurl: https://example.invalid/bridge\ndate: 2026-01-02\n---\n"+body+"\n")
	}
	write("The old bridge reopened to traffic on Friday after repairs.")
	if res, err := a.Import(ctx, []string{p}, ImportOptions{}); err != nil || res.Added != 1 {
		t.Fatalf("%+v %v", res, err)
	}
	write("The old bridge reopened to traffic on Friday after repairs costing 3 million crowns.")
	res, err := a.Import(ctx, []string{p}, ImportOptions{})
	if err != nil || res.Updated != 1 || res.Added != 0 {
		t.Fatalf("changed article under the same URL should update: %+v %v", res, err)
	}
	if _, total, _ := a.List(ctx, 0, 10); total != 1 {
		t.Fatalf("still one story expected, got %d", total)
	}
	hits, err := a.Search(ctx, "crowns", 5)
	if err != nil || len(hits.Hits) != 1 {
		t.Fatalf("updated text should be searchable: %+v %v", hits, err)
	}
}

func TestSecondWriterFailsFast(t *testing.T) {
	_, dir := openTemp(t)
	_, err := Open(dir, Options{})
	if err == nil {
		t.Fatal("second writer opened the archive")
	}
	if !strings.Contains(err.Error(), "in use by") {
		t.Errorf("error should say who holds the archive: %v", err)
	}
}

func TestReindexKeepsEverything(t *testing.T) {
	a, _ := openTemp(t)
	ctx := context.Background()
	if _, err := a.Import(ctx, []string{"testdata/inputs"}, ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	before, _ := a.Search(ctx, "ferry", 5)
	res, err := a.Reindex(ctx, true, nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.Stories != 4 || res.Reanalysed != 4 {
		t.Fatalf("reindex: %+v", res)
	}
	after, err := a.Search(ctx, "ferry", 5)
	if err != nil || len(after.Hits) != len(before.Hits) || len(after.Hits) == 0 {
		t.Fatalf("search after reindex: %+v (before %d hits) %v", after, len(before.Hits), err)
	}
}

// TestAnalysisOutdated: a new archive's stories carry this version's
// analysis; stories left by an older storyline are flagged (in Info too)
// until reindex has analysed them again.
func TestAnalysisOutdated(t *testing.T) {
	a, _ := openTemp(t)
	ctx := context.Background()
	if a.AnalysisOutdated() {
		t.Fatal("an empty archive is flagged")
	}
	if _, err := a.Import(ctx, []string{"testdata/inputs"}, ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	if a.AnalysisOutdated() || a.Info().Note != "" {
		t.Fatal("stories imported by this version are flagged")
	}
	if err := a.st.SetMeta(metaAnalysis, "an older version"); err != nil {
		t.Fatal(err)
	}
	if !a.AnalysisOutdated() || !strings.Contains(a.Info().Note, "reindex") {
		t.Fatalf("older analysis not flagged: %q", a.Info().Note)
	}
	if _, err := a.Reindex(ctx, false, nil); err != nil {
		t.Fatal(err)
	}
	if a.AnalysisOutdated() {
		t.Error("still flagged after reindex")
	}
}

func TestSearchTermsCoverTheWholeStory(t *testing.T) {
	a, _ := openTemp(t)
	ctx := context.Background()
	dir := t.TempDir()
	p := filepath.Join(dir, "vote.md")
	// Four paragraphs match; fragments show two, terms must name every
	// matched form (stemmed variants included).
	doc := "---\ntitle: Valley town votes twice\n---\n" +
		"The valley council held its first election in May, and the turnout was low.\n\n" +
		"Residents said the election came too soon after the floods.\n\n" +
		"A second vote is planned; candidates who were elected in May may stand again.\n\n" +
		"Both elections were counted by hand in the old school hall.\n"
	writeInput(t, p, doc)
	if _, err := a.Import(ctx, []string{p}, ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	res, err := a.Search(ctx, "elections", 5)
	if err != nil || len(res.Hits) != 1 {
		t.Fatalf("%+v %v", res, err)
	}
	h := res.Hits[0]
	if len(h.Fragments) > 2 {
		t.Errorf("%d fragments, want the best two", len(h.Fragments))
	}
	for _, w := range []string{"election", "elected", "elections"} {
		if !slices.Contains(h.Terms, w) {
			t.Errorf("terms %q lack %q", h.Terms, w)
		}
	}
	if slices.Contains(h.Terms, "vote") {
		t.Errorf("terms %q name a word that did not match", h.Terms)
	}
}

func TestProgressFraction(t *testing.T) {
	tests := []struct {
		name string
		p    Progress
		want float64
	}{
		{"nothing yet", Progress{FilesTotal: 2}, 0},
		{"one big file half written", Progress{FilesTotal: 1, FilesRead: 1, Read: 1000, Handled: 500}, 0.5},
		{"second of two files read", Progress{FilesTotal: 2, FilesDone: 1, FilesRead: 2, Read: 200, Handled: 150}, 0.75},
		{"never below the files done", Progress{FilesTotal: 4, FilesDone: 2, FilesRead: 3, Read: 300, Handled: 100}, 0.5},
		{"done", Progress{FilesTotal: 1, FilesDone: 1, FilesRead: 1, Read: 10, Handled: 10}, 1},
	}
	for _, tt := range tests {
		if got := tt.p.Fraction(); got != tt.want {
			t.Errorf("%s: Fraction() = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestProgressWithinOneFile(t *testing.T) {
	a, _ := openTemp(t)
	dir := t.TempDir()
	p := filepath.Join(dir, "export.jsonl")
	var b strings.Builder
	for i := range 120 {
		fmt.Fprintf(&b, `{"id":"s%d","title":"Harbour note %d","body":"The harbour board met on day %d to discuss ferry number %d and the new quay."}`+"\n", i, i, i, i)
	}
	writeInput(t, p, b.String())
	var mid []float64
	_, err := a.Import(context.Background(), []string{p}, ImportOptions{BatchSize: 20, Progress: func(pr Progress) {
		if pr.FilesDone == 0 {
			mid = append(mid, pr.Fraction())
		}
	}})
	if err != nil {
		t.Fatal(err)
	}
	moved := false
	for _, f := range mid {
		moved = moved || f > 0 && f < 1
	}
	if !moved {
		t.Errorf("progress within the one file: %v, want some fraction between 0 and 1", mid)
	}
}

// TestImportCountsRepeats checks that a story met twice in one import is
// counted unchanged the second time and, as such, repeated — on the first
// import and on the next.
func TestImportCountsRepeats(t *testing.T) {
	a, dir := openTemp(t)
	in := filepath.Join(filepath.Dir(dir), "twice.jsonl")
	line := `{"id":"%s","title":"Ferry fares to rise","body":"Bluewake Ferries will raise fares by a fifth from January, the operator said."}` + "\n"
	other := `{"id":"c","title":"Library to close","body":"Riverside library will close in the spring, the council said."}` + "\n"
	writeInput(t, in, fmt.Sprintf(line, "a")+other+fmt.Sprintf(line, "a"))
	tests := []struct {
		name                       string
		added, unchanged, repeated int
	}{
		{"first import", 2, 1, 1},
		{"again", 0, 3, 1},
	}
	for _, tt := range tests {
		res, err := a.Import(context.Background(), []string{in}, ImportOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if res.Added != tt.added || res.Unchanged != tt.unchanged || res.Repeated != tt.repeated {
			t.Errorf("%s: %+v, want %d added, %d unchanged, %d repeated", tt.name, res, tt.added, tt.unchanged, tt.repeated)
		}
	}
}

// A writable open that has to index the whole store again (here, after
// the index was lost) reports its progress, ending at the story count.
func TestOpenReportsReindexProgress(t *testing.T) {
	dir := t.TempDir()
	a, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var arts []article.Article
	for i := range 3 {
		arts = append(arts, article.Article{Title: fmt.Sprintf("Ferry story %d", i), Paragraphs: []article.Paragraph{{Text: fmt.Sprintf("The ferry service number %d resumed on Monday after repairs.", i)}}})
	}
	if _, err := a.ImportArticles(context.Background(), arts, ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	if err := a.Close(); err != nil {
		t.Fatal(err)
	}
	if err := index.Remove(dir); err != nil {
		t.Fatal(err)
	}
	var calls [][2]int
	b, err := Open(dir, Options{Progress: func(done, total int) { calls = append(calls, [2]int{done, total}) }})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if len(calls) == 0 || calls[len(calls)-1] != [2]int{3, 3} {
		t.Fatalf("progress calls %v, want the last to be 3 of 3", calls)
	}
	if n, err := b.ix.Count(); err != nil || n != 3 {
		t.Fatalf("index holds %d stories (%v), want 3", n, err)
	}
}

// An index rebuilt from a store of many stories (a new schema, a lost
// index) ends in one segment, as after a bulk import: left as written,
// searches of a large archive would stay slower until its next bulk import.
func TestRebuiltIndexIsMerged(t *testing.T) {
	if testing.Short() {
		t.Skip("imports 1,200 stories")
	}
	dir := t.TempDir()
	a, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var arts []article.Article
	for i := range 1200 {
		arts = append(arts, article.Article{Title: fmt.Sprintf("Harbour note %d", i), Paragraphs: []article.Paragraph{{Text: fmt.Sprintf("Pier %d of the harbour reopened to boats on Monday.", i)}}})
	}
	if _, err := a.ImportArticles(context.Background(), arts, ImportOptions{BatchSize: 100}); err != nil {
		t.Fatal(err)
	}
	if err := a.Close(); err != nil {
		t.Fatal(err)
	}
	if err := index.Remove(dir); err != nil {
		t.Fatal(err)
	}
	b, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if n, err := b.ix.Count(); err != nil || n != 1200 {
		t.Fatalf("index holds %d stories (%v), want 1200", n, err)
	}
	segs, err := filepath.Glob(filepath.Join(index.Dir(dir), "store", "*.zap"))
	if err != nil || len(segs) != 1 {
		t.Fatalf("rebuilt index has %d segments (%v), want 1", len(segs), err)
	}
}
