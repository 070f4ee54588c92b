package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/storyline/storyline/internal/archive"
)

func TestPrintArcsAligns(t *testing.T) {
	d1 := time.Date(2026, 10, 7, 0, 0, 0, 0, time.UTC)
	d2 := time.Date(2026, 11, 6, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		arcs []archive.Arc
		want []string
	}{
		{"dated", []archive.Arc{
			{ID: "a1", First: &d1, Last: &d2, Threads: make([]string, 8), Label: "Reserve Bank"},
			{ID: "a1-2", First: &d1, Last: &d1, Threads: make([]string, 12), Label: "Edmund Lyle"},
		}, []string{
			"a1    2026-10-07 → 2026-11-06    8 threads  Reserve Bank",
			"a1-2  2026-10-07 → 2026-10-07   12 threads  Edmund Lyle",
		}},
		{"undated", []archive.Arc{
			{ID: "b7", Threads: make([]string, 3), Label: "Yukos"},
		}, []string{
			"b7  undated                    3 threads  Yukos",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			if err := printArcs(&globals{stdout: &out}, tt.arcs); err != nil {
				t.Fatal(err)
			}
			got := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestPrintActorsRolesLast(t *testing.T) {
	actors := []archive.Actor{
		{Name: "Marcus Webb", Kind: "person", Stories: 8, Roles: []string{"chief executive of Kestrel Mobile", "Kestrel's boss"}},
		{Name: "Reserve Bank", Kind: "org", Stories: 1},
	}
	var out bytes.Buffer
	printActors(&out, actors, true)
	want := "  Marcus Webb   person  8 stories  chief executive of Kestrel Mobile, Kestrel's boss\n" +
		"  Reserve Bank  org     1 story\n"
	if out.String() != want {
		t.Errorf("got\n%q\nwant\n%q", out.String(), want)
	}
}

func TestHangWrap(t *testing.T) {
	tests := []struct {
		name, text string
		width      int
		indent     string
		want       string
	}{
		{"not a terminal", "one two three four", 0, "   │ ", "one two three four"},
		{"fits", "one two", 20, "   │ ", "one two"},
		{"wraps under the gutter", "one two three four", 14, "   │ ", "one two\n   │ three\n   │ four"},
		{"highlights take no room", "\x1b[1mone\x1b[0m two three", 11, "  ", "\x1b[1mone\x1b[0m two\n  three"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := hangWrap(tt.text, tt.width, tt.indent); got != tt.want {
				t.Errorf("hangWrap(%q, %d) = %q, want %q", tt.text, tt.width, got, tt.want)
			}
		})
	}
	if w := wrapWidth(&bytes.Buffer{}); w != 0 {
		t.Errorf("wrapWidth of a pipe = %d, want 0", w)
	}
}

func TestStatsTextAligns(t *testing.T) {
	r := runCLI(t, "--archive", fixtureArchive(t), "stats")
	if r.code != 0 {
		t.Fatalf("exit %d; %s", r.code, r.msg())
	}
	col := -1
	for line := range strings.Lines(r.stdout) {
		label, rest, ok := strings.Cut(line, ":")
		if !ok || label == "" {
			t.Fatalf("line %q has no label", line)
		}
		at := len(label) + 1 + len(rest) - len(strings.TrimLeft(rest, " "))
		if col >= 0 && at != col {
			t.Errorf("values start at column %d in %q, %d above:\n%s", at, line, col, r.stdout)
		}
		col = at
	}
}

func TestSearchTextCount(t *testing.T) {
	tests := []struct{ query, want string }{
		{"zzyzxnotaword", "0 stories match ("},
		{"pumpkin", "1 story matches ("},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			r := runCLI(t, "--archive", fixtureArchive(t), "search", tt.query)
			if r.code != 0 || !strings.HasPrefix(r.stdout, tt.want) {
				t.Errorf("search %s: exit %d, output %q, want it to start %q", tt.query, r.code, r.stdout, tt.want)
			}
		})
	}
}

// versionsArchive returns an archive of two versions of one report and a
// story of its own.
func versionsArchive(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	body := "The harbour board voted to raise the bridge toll by forty pence from April after a long meeting. " +
		"Councillor Mara Quist said the toll rise was unfair to commuters who cross twice a day. " +
		"The chair said the toll had not risen in nine years and would pay for resurfacing."
	lines := []string{
		`{"id":"a","title":"Bridge toll to rise by 40p","body":"` + body + `"}`,
		`{"id":"b","title":"Harbour board backs toll rise","body":"` + body + `"}`,
		`{"id":"c","title":"Toll petition reaches council","body":"A petition against the bridge toll reached the council with four thousand names."}`,
	}
	in := filepath.Join(dir, "in.jsonl")
	if err := os.WriteFile(in, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	archive := filepath.Join(dir, "archive")
	if r := runCLI(t, "--archive", archive, "import", in); r.code != 0 {
		t.Fatalf("import: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	return archive
}

// The text of search lists --limit stories, each version of a story under
// it rather than in a place of its own; --json keeps --limit hits, marked.
func TestSearchTextFoldsVersions(t *testing.T) {
	archive := versionsArchive(t)
	r := runCLI(t, "--archive", archive, "search", "toll", "--limit", "2")
	rows := 0
	for _, l := range strings.Split(r.stdout, "\n") {
		if strings.Contains(l, "Bridge toll to rise") || strings.Contains(l, "Harbour board backs") || strings.Contains(l, "Toll petition") {
			rows++
		}
	}
	if r.code != 0 || rows != 2 || !strings.Contains(r.stdout, "1 other version: ") || !strings.Contains(r.stdout, "Toll petition") {
		t.Errorf("search --limit 2 (exit %d) lists %d stories, want the report with its other version and the petition:\n%s", r.code, rows, r.stdout)
	}
	r = runCLI(t, "--archive", archive, "--json", "search", "toll", "--limit", "2")
	var res struct {
		Hits []struct {
			ID        string   `json:"id"`
			Versions  []string `json:"versions"`
			VersionOf string   `json:"version_of"`
		} `json:"hits"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &res); err != nil || len(res.Hits) != 2 {
		t.Fatalf("--json: %v, %d hits, want 2:\n%s", err, len(res.Hits), r.stdout)
	}
}

// The text of list shows the versions of a story under it and --limit
// counts the stories shown; --json lists every story, versions marked.
func TestListFoldsVersions(t *testing.T) {
	archive := versionsArchive(t)
	r := runCLI(t, "--archive", archive, "list", "--limit", "2")
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	// The third story is a version: nothing is left for another page.
	if r.code != 0 || len(lines) != 3 || !strings.Contains(r.stdout, "\n  1 other version: ") || !strings.Contains(r.stdout, "Toll petition") {
		t.Errorf("list --limit 2 (exit %d), want two stories, one with its other version, and no more:\n%s", r.code, r.stdout)
	}
	// A page that stops short counts stories apart from versions, as the
	// TUI does, and names the rows --offset counts.
	r = runCLI(t, "--archive", archive, "list", "--limit", "1")
	// The report's page holds its version too; the petition's does not.
	foot := "… 2 of 3 rows: 2 stories and 1 version (--offset 2 for more)"
	if strings.Contains(strings.SplitN(r.stdout, "\n", 2)[0], "Toll petition") {
		foot = "… 1 of 3 rows: 2 stories and 1 version (--offset 1 for more)"
	}
	if r.code != 0 || !strings.HasSuffix(strings.TrimSpace(r.stdout), foot) {
		t.Errorf("list --limit 1 (exit %d), want the footer %q:\n%s", r.code, foot, r.stdout)
	}
	r = runCLI(t, "--archive", archive, "--json", "list")
	var rows []struct {
		ID        string   `json:"id"`
		Versions  []string `json:"versions"`
		VersionOf string   `json:"version_of"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &rows); err != nil || len(rows) != 3 {
		t.Fatalf("--json: %v, %d rows, want 3:\n%s", err, len(rows), r.stdout)
	}
	var lead, version string
	for _, row := range rows {
		if len(row.Versions) == 1 {
			lead = row.ID
			version = row.Versions[0]
		}
	}
	ok := lead != ""
	for _, row := range rows {
		if (row.ID == version) != (row.VersionOf == lead) {
			ok = false
		}
	}
	if !ok {
		t.Errorf("--json list, want one story with the other as its version, marked back:\n%s", r.stdout)
	}
	if r := runCLI(t, "--archive", archive, "show", version); !strings.Contains(r.stdout, "\n1 other version: "+lead+"\n") {
		t.Errorf("show of a version does not name the other:\n%s", r.stdout)
	}
}

// The text of threads numbers paragraphs from 1, as a person counts them
// (the stored, --json indices count from 0), with runs as ranges.
func TestParagraphSpan(t *testing.T) {
	tests := []struct {
		idx  []int
		want string
	}{
		{nil, "no paragraphs"},
		{[]int{0}, "paragraph 1"},
		{[]int{0, 1}, "paragraphs 1, 2"},
		{[]int{0, 1, 2, 3, 4, 5, 6, 7}, "paragraphs 1–8"},
		{[]int{0, 1, 2, 6, 8, 9}, "paragraphs 1–3, 7, 9, 10"},
		{[]int{9, 8, 3, 2, 1}, "paragraphs 2–4, 9, 10"},
		{[]int{4, 4}, "paragraph 5"},
	}
	for _, tt := range tests {
		if got := paragraphSpan(tt.idx); got != tt.want {
			t.Errorf("paragraphSpan(%v) = %q, want %q", tt.idx, got, tt.want)
		}
	}
}

func TestPrintThreadsFromOne(t *testing.T) {
	arc := "a7"
	tests := []struct {
		name string
		ts   []archive.Thread
		want string
	}{
		{"one thread", []archive.Thread{{ID: "s1#1", Label: "bridge levy", Paragraphs: []int{0, 1, 2}, Arc: &arc}},
			"s1#1  bridge levy  paragraphs 1–3  storyline a7\n"},
		{"interleaved", []archive.Thread{
			{ID: "s1#1", Label: "ferry deal", Paragraphs: []int{0, 1, 4}, Actors: []string{"Ines Duarte"}},
			{ID: "s1#2", Label: "council vote", Paragraphs: []int{2, 3}},
		}, "s1#1  ferry deal  paragraphs 1, 2, 5\n    actors: Ines Duarte\ns1#2  council vote  paragraphs 3, 4\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			if err := printThreads(&globals{stdout: &out}, tt.ts); err != nil {
				t.Fatal(err)
			}
			if out.String() != tt.want {
				t.Errorf("got\n%s\nwant\n%s", out.String(), tt.want)
			}
		})
	}
}

// related STORY_ID lists the related threads of each thread of the
// story under a heading naming the thread, "none" where there are none.
func TestPrintStoryRelated(t *testing.T) {
	d := time.Date(2026, 10, 7, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		ts   []threadRelated
		want string
	}{
		{"no threads", nil, "no threads: the story has no paragraph to read\n"},
		{"two threads, one without", []threadRelated{
			{Thread: "s1#1", Label: "ferry deal", Related: []archive.Related{{Thread: "s2#1", Published: &d, Score: 0.5, Title: "Ferry deal agreed", Label: "ferry strike", Why: []string{"same storyline"}}}},
			{Thread: "s1#2", Label: "lottery win", Related: []archive.Related{}},
		}, "s1#1  ferry deal\n" +
			"  s2#1             2026-10-07  0.50  Ferry deal agreed — ferry strike\n" +
			"      why: same storyline\n" +
			"\n" +
			"s1#2  lottery win\n" +
			"  " + noRelated + "\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			if err := printStoryRelated(&globals{stdout: &out}, tt.ts); err != nil {
				t.Fatal(err)
			}
			if out.String() != tt.want {
				t.Errorf("got\n%s\nwant\n%s", out.String(), tt.want)
			}
		})
	}
}
