package archive

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/storyline/storyline/internal/article"
	"github.com/storyline/storyline/internal/versions"
)

// versionsBody is a made-up report filed twice below.
var versionsBody = []string{
	"The Harbour Board voted on Tuesday night to raise the bridge toll by forty pence from April, after a meeting that ran past midnight.",
	"Councillor Mara Quist said the rise was unfair to commuters who cross the bridge twice a day, and promised to put the matter to the full council.",
	"The board's chair, Idris Penhale, said the toll had not risen in nine years and the money would pay for resurfacing the eastern approach.",
	"Commuter groups said they would collect signatures against the rise over the coming weeks.",
}

func paras(texts ...string) []article.Paragraph {
	var ps []article.Paragraph
	for _, t := range texts {
		ps = append(ps, article.Paragraph{Text: t})
	}
	return ps
}

// Search lists a story filed again under another headline, or rewritten a
// little under its own, under the first of them; other stories on the
// same matter stay hits of their own.
func TestSearchFoldsVersions(t *testing.T) {
	ctx := context.Background()
	a, _ := openTemp(t)
	updated := slices.Clone(versionsBody)
	updated[3] = "Commuter groups have already collected two thousand signatures against the rise, their organiser said on Wednesday."
	arts := []article.Article{
		{ExternalID: "first", Title: "Bridge toll to rise by 40p", Paragraphs: paras(versionsBody...)},
		{ExternalID: "refiled", Title: "Harbour Board backs toll rise", Paragraphs: paras(versionsBody...)},
		{ExternalID: "updated", Title: "Bridge toll to rise by 40p", Paragraphs: paras(updated...)},
		{ExternalID: "other", Title: "Toll rise petition reaches council", Paragraphs: paras(
			"A petition against the bridge toll rise reached the council on Friday with four thousand names.",
			"Councillor Mara Quist, who presented it, said the Harbour Board had ignored commuters and the council should ask it to think again.",
		)},
	}
	if _, err := a.ImportArticles(ctx, arts, ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	res, err := a.Search(ctx, "toll", 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Hits) != 4 {
		t.Fatalf("%d hits, want all 4 (versions are marked, not dropped)", len(res.Hits))
	}
	byID := map[string]SearchHit{}
	var kept []SearchHit
	for _, h := range res.Hits {
		byID[h.ID] = h
		if h.VersionOf == "" {
			kept = append(kept, h)
		}
	}
	if len(kept) != 2 {
		t.Fatalf("%d hits kept, want 2 (the report and the petition story): %+v", len(kept), res.Hits)
	}
	checkStorylineVersions(t, a, kept)
	checkRelatedVersions(t, a, kept)
	for _, k := range kept {
		if k.Title == "Toll rise petition reaches council" {
			if len(k.Versions) != 0 {
				t.Errorf("the petition story has versions %v", k.Versions)
			}
			continue
		}
		if len(k.Versions) != 2 {
			t.Fatalf("the report lists versions %v, want the other 2 filings", k.Versions)
		}
		for _, v := range k.Versions {
			if byID[v].VersionOf != k.ID {
				t.Errorf("version %s points at %q, want %s", v, byID[v].VersionOf, k.ID)
			}
		}
	}
}

// A story stored before sketches existed is sketched from its text.
func TestRecordSketchOfOldStory(t *testing.T) {
	ctx := context.Background()
	a, _ := openTemp(t)
	art := article.Article{ExternalID: "x", Title: "Bridge toll to rise by 40p", Paragraphs: paras(versionsBody...)}
	if _, err := a.ImportArticles(ctx, []article.Article{art}, ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	list, _, err := a.List(ctx, 0, 1)
	if err != nil || len(list) != 1 {
		t.Fatal(list, err)
	}
	r, err := a.st.GetText(list[0].ID)
	if err != nil || r == nil {
		t.Fatal(r, err)
	}
	if len(r.Sketch) == 0 {
		t.Fatal("an imported story has no sketch")
	}
	stored := r.Sketch
	r.Sketch = nil
	if got := recordSketch(r); versions.Similarity(got, stored) != 1 {
		t.Errorf("sketch from the text differs from the stored one")
	}
}

// checkStorylineVersions checks the storyline of the report's thread: its
// refilings are marked as versions of the report, the petition story is not.
func checkStorylineVersions(t *testing.T, a *Archive, kept []SearchHit) {
	t.Helper()
	ctx := context.Background()
	var report string
	for _, k := range kept {
		if len(k.Versions) > 0 {
			report = k.ID
		}
	}
	_, arc, err := a.ThreadStoryline(ctx, ThreadID(report, 1))
	if err != nil || arc == "" {
		t.Fatalf("the report's thread is in no storyline (%v)", err)
	}
	es, err := a.Storyline(ctx, arc)
	if err != nil {
		t.Fatal(err)
	}
	versionsOf := map[string]string{}
	for _, e := range es {
		if e.VersionOf != "" {
			versionsOf[e.Story] = e.VersionOf
		}
	}
	if len(versionsOf) != 2 {
		t.Errorf("storyline marks %d stories as versions, want the 2 refilings: %+v", len(versionsOf), es)
	}
	var lead *ArcEntry
	for i := range es {
		if len(es[i].Versions) > 0 {
			lead = &es[i]
			break
		}
	}
	if lead == nil || len(lead.Versions) != 2 || lead.VersionOf != "" {
		t.Fatalf("no entry lists the 2 refilings as its versions: %+v", es)
	}
	for story, of := range versionsOf {
		if of != lead.Story {
			t.Errorf("%s is marked a version of %s, not of %s", story, of, lead.Story)
		}
	}
}

// checkRelatedVersions checks the related threads of the report (its two
// refilings come as versions of it) and of the petition story (one filing
// of the report stands for all three).
func checkRelatedVersions(t *testing.T, a *Archive, kept []SearchHit) {
	t.Helper()
	ctx := context.Background()
	for _, k := range kept {
		rel, err := a.Related(ctx, ThreadID(k.ID, 1), 10)
		if err != nil {
			t.Fatal(err)
		}
		reports, versions := 0, 0
		for _, r := range rel {
			if r.Title != "Toll rise petition reaches council" {
				reports++
			}
			if len(r.Why) > 0 && r.Why[0] == AnotherVersion {
				versions++
			}
		}
		if len(k.Versions) > 0 { // the report
			if versions != 2 {
				t.Errorf("related to the report: %d threads marked as its versions, want 2: %+v", versions, rel)
			}
		} else if reports != 1 || versions != 0 {
			t.Errorf("related to the petition story: %d filings of the report (%d as versions), want 1: %+v", reports, versions, rel)
		}
	}
}

// listMarks returns the list's story titles, a version as "title <
// shown title" and a shown story with its versions counted.
func listMarks(t *testing.T, a *Archive) []string {
	t.Helper()
	rows, _, err := a.List(context.Background(), 0, 100)
	if err != nil {
		t.Fatal(err)
	}
	title := map[string]string{}
	for _, r := range rows {
		title[r.ID] = r.Title
	}
	var out []string
	for _, r := range rows {
		switch {
		case r.VersionOf != "":
			out = append(out, r.Title+" < "+title[r.VersionOf])
		case len(r.Versions) > 0:
			out = append(out, fmt.Sprintf("%s +%d", r.Title, len(r.Versions)))
		default:
			out = append(out, r.Title)
		}
	}
	return out
}

// The story list groups the versions of one report, found across imports,
// within one batch and after the archive is opened again; a story whose
// text changes leaves its group; a reindex finds the same groups.
func TestListGroupsVersions(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	a, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	updated := slices.Clone(versionsBody)
	updated[3] = "Commuter groups have already collected two thousand signatures against the rise, their organiser said on Wednesday."
	art := func(url, title string, day int, body ...string) article.Article {
		return article.Article{URL: "https://example.invalid/" + url, Title: title, Published: time.Date(2026, 3, day, 9, 0, 0, 0, time.UTC), Paragraphs: paras(body...)}
	}
	imports := [][]article.Article{
		{art("first", "Bridge toll to rise by 40p", 1, versionsBody...), art("other", "Ferry timetable changes", 2, "The ferry will leave at seven from Monday.", "Passengers were told by text message.")},
		// One batch: a refiled copy and a rewrite filed under it.
		{art("refiled", "Harbour Board backs toll rise", 3, versionsBody...), art("updated", "Bridge toll to rise by 40p", 4, updated...)},
	}
	for _, arts := range imports {
		if _, err := a.ImportArticles(ctx, arts, ImportOptions{}); err != nil {
			t.Fatal(err)
		}
	}
	want := []string{"Bridge toll to rise by 40p +2", "Harbour Board backs toll rise < Bridge toll to rise by 40p", "Ferry timetable changes", "Bridge toll to rise by 40p < Bridge toll to rise by 40p"}
	if got := listMarks(t, a); !slices.Equal(got, want) {
		t.Fatalf("list:\n%q\nwant\n%q", got, want)
	}
	// Opened again, the archive reads the sketches back to find versions.
	if err := a.Close(); err != nil {
		t.Fatal(err)
	}
	if a, err = Open(dir, Options{}); err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	late := []article.Article{
		art("late", "Toll rise confirmed", 5, versionsBody...),
		// The refiled copy now carries another text.
		art("refiled", "Harbour Board backs toll rise", 3, "The Harbour Board also approved a new logo.", "It will appear on signs from May."),
	}
	if _, err := a.ImportArticles(ctx, late, ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	want = []string{"Toll rise confirmed +2", "Bridge toll to rise by 40p < Toll rise confirmed", "Harbour Board backs toll rise", "Ferry timetable changes", "Bridge toll to rise by 40p < Toll rise confirmed"}
	if got := listMarks(t, a); !slices.Equal(got, want) {
		t.Fatalf("after another import:\n%q\nwant\n%q", got, want)
	}
	if _, err := a.Reindex(ctx, false, nil); err != nil {
		t.Fatal(err)
	}
	if got := listMarks(t, a); !slices.Equal(got, want) {
		t.Errorf("after reindex:\n%q\nwant\n%q", got, want)
	}
	// A story names its other versions, newest first.
	rows, _, err := a.List(ctx, 0, 10)
	if err != nil {
		t.Fatal(err)
	}
	s, err := a.Story(ctx, rows[1].ID)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(s.Versions, []string{rows[0].ID, rows[4].ID}) {
		t.Errorf("story %q names versions %q, want %q", s.Title, s.Versions, []string{rows[0].ID, rows[4].ID})
	}
}
