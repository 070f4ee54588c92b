package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/storyline/storyline/internal/archive"
)

// The CLI tests call runWith as main does and check exit codes, messages
// and the --json shapes of DESIGN §5 on a small archive imported from
// testdata/cli/articles (invented articles). browse is not tested here:
// it needs a terminal (see e2e_test.go).

// cliRun is the outcome of one command.
type cliRun struct {
	code           int
	stdout, stderr string
	err            error
	took           time.Duration
}

// msg is everything the user sees on stderr, as main prints it.
func (r cliRun) msg() string {
	s := r.stderr
	if r.err != nil {
		s += "storyline: " + r.err.Error() + "\n"
	}
	return s
}

func runCLI(t *testing.T, args ...string) cliRun {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	var out, errb bytes.Buffer
	start := time.Now()
	code, err := runWith(ctx, args, &out, &errb)
	return cliRun{code: code, stdout: out.String(), stderr: errb.String(), err: err, took: time.Since(start)}
}

// copyDir copies the files of src (one level) into dst.
func copyDir(t *testing.T, src, dst string) {
	t.Helper()
	ents, err := os.ReadDir(src)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(dst, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, e := range ents {
		b, err := os.ReadFile(filepath.Join(src, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dst, e.Name()), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

const fixtures = "testdata/cli/articles"

// fixtureStories is the number of stories in fixtures.
const fixtureStories = 6

var (
	fixtureOnce sync.Once
	fixtureDir  string
	fixtureErr  error
)

// fixtureArchive returns an archive imported from the fixtures, shared by
// the read-only tests (built once per test binary).
func fixtureArchive(t *testing.T) string {
	t.Helper()
	fixtureOnce.Do(func() {
		fixtureDir, fixtureErr = os.MkdirTemp("", "storyline-cli-test-")
		if fixtureErr != nil {
			return
		}
		var out, errb bytes.Buffer
		code, err := runWith(context.Background(), []string{"--archive", fixtureDir, "import", fixtures}, &out, &errb)
		if code != 0 || err != nil {
			fixtureErr = fmt.Errorf("import fixtures: exit %d, %v\n%s%s", code, err, out.String(), errb.String())
		}
	})
	if fixtureErr != nil {
		t.Fatal(fixtureErr)
	}
	return fixtureDir
}

// fsizeHelperEnv makes the test binary run one storyline command with
// RLIMIT_FSIZE lowered to the given bytes (a full disk), in a process of
// its own so the limit cannot touch the test framework's own files.
const fsizeHelperEnv = "STORYLINE_FSIZE_HELPER"

func TestMain(m *testing.M) {
	if v := os.Getenv(fsizeHelperEnv); v != "" {
		var req struct {
			Limit uint64
			Args  []string
		}
		if err := json.Unmarshal([]byte(v), &req); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(3)
		}
		signal.Ignore(syscall.SIGXFSZ)
		lim := syscall.Rlimit{Cur: req.Limit, Max: req.Limit}
		if err := syscall.Setrlimit(syscall.RLIMIT_FSIZE, &lim); err != nil {
			fmt.Fprintln(os.Stderr, "setrlimit:", err)
			os.Exit(3)
		}
		code, err := runWith(context.Background(), req.Args, os.Stdout, os.Stderr)
		if err != nil {
			fmt.Fprintln(os.Stderr, "storyline:", err)
		}
		os.Exit(code)
	}
	code := m.Run()
	if fixtureDir != "" {
		os.RemoveAll(fixtureDir)
	}
	os.Exit(code)
}

func TestCLIUsageErrors(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name string
		args []string
		want string // in the message
	}{
		{"unknown flag", []string{"--archive", dir, "list", "--frobnicate"}, "--frobnicate"},
		{"unknown global flag", []string{"--frobnicate", "list"}, "--frobnicate"},
		{"bad number", []string{"--archive", dir, "list", "--limit", "many"}, "--limit"},
		{"missing id", []string{"--archive", dir, "show"}, "<id>"},
		{"names the command's help", []string{"--archive", dir, "show"}, "see storyline show --help"},
		{"names the subcommand's help", []string{"eval", "ner"}, "see storyline eval ner --help"},
		{"bad flag value names the command", []string{"--archive", dir, "list", "--limit", "x"}, "see storyline list --help"},
		{"missing thread", []string{"--archive", dir, "related"}, "<id>"},
		{"query -word read as flags", []string{"--archive", dir, "search", "ferry", "-strike", "--limit", "3"},
			`-strike was read as flags: to leave out stories with "strike", quote the query, storyline search 'ferry -strike' (or give it after --: storyline search -- ferry -strike)`},
		{"query -word first", []string{"--archive", dir, "search", "--limit", "3", "-strike"}, `storyline search '-strike'`},
		{"browse query -word", []string{"--archive", dir, "browse", "ferry", "-strike"}, `storyline browse 'ferry -strike'`},
		{"other unknown short flag", []string{"--archive", dir, "show", "-x", "abcd"}, "unknown flag -x"},
		{"import without paths", []string{"--archive", dir, "import"}, "<path>"},
		{"flag without value", []string{"--archive", dir, "search", "ferry", "--limit"}, "--limit"},
		{"demo is read-only", []string{"--demo", "import", fixtures}, "read-only"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runCLI(t, tt.args...)
			if r.code != 2 {
				t.Fatalf("exit %d, want 2; %s", r.code, r.msg())
			}
			if !strings.Contains(r.msg(), tt.want) {
				t.Errorf("message %q does not name %q", r.msg(), tt.want)
			}
		})
	}
	if archive.Exists(dir) {
		t.Error("a usage error created an archive")
	}
}

// TestCLISearchAdvice checks what search says on stderr when a query finds
// nothing or names a field no story has, and list when its offset is past
// the end; stdout stays the result.
func TestCLISearchAdvice(t *testing.T) {
	dir := fixtureArchive(t)
	tests := []struct {
		args   []string
		stdout string
		advice []string // on stderr, all
	}{
		{[]string{"search", "frry"}, "0 stories match", []string{"(frry~)"}},
		{[]string{"search", `"ferry council strike"`}, "0 stories match", []string{`"phrase" must stand as written`}},
		{[]string{"search", "author:smith"}, "0 stories match", []string{`no field "author"`, "title, body, actor"}},
		{[]string{"search", "author:smith ferry"}, "ferry", []string{`no field "author"`}},
		{[]string{"--json", "search", "zzyzxnotaword"}, `"total": 0`, []string{"(zzyzxnotaword~)"}},
		{[]string{"search", "ferry"}, "ferry", nil},
		{[]string{"list", "--offset", "500"}, "", []string{"no stories from --offset 500: the archive has"}},
		{[]string{"--json", "list", "--offset", "500"}, "[]", []string{"no stories from --offset 500"}},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			r := runCLI(t, append([]string{"--archive", dir}, tt.args...)...)
			if r.code != 0 || !strings.Contains(strings.ToLower(r.stdout), strings.ToLower(tt.stdout)) {
				t.Fatalf("exit %d, stdout %q, want %q; %s", r.code, r.stdout, tt.stdout, r.msg())
			}
			for _, a := range tt.advice {
				if !strings.Contains(r.stderr, a) {
					t.Errorf("stderr %q lacks %q", r.stderr, a)
				}
			}
			if tt.advice == nil && r.stderr != "" {
				t.Errorf("stderr %q, want nothing", r.stderr)
			}
		})
	}
}

func TestCLIReadErrors(t *testing.T) {
	dir := fixtureArchive(t)
	missing := filepath.Join(t.TempDir(), "nothing-here")
	tests := []struct {
		name  string
		args  []string
		code  int      // 0: any non-zero
		want  []string // all in the message
		fixed string   // a bug this case found, now fixed
	}{
		{"malformed query", []string{"search", `title:"unclosed`}, 2, []string{"query", "unclosed", "close the quote"}, ""},
		{"field without value", []string{"search", "title:"}, 2, []string{"title:", "a field needs a value"},
			"the message was only 'syntax error', saying nothing of what to change"},
		{"bad date", []string{"search", `published:>"last week"`}, 2, []string{`published:>"2025-01-01"`}, ""},
		{"empty query", []string{"search", ""}, 2, []string{"empty query", "storyline list"},
			"an empty query listed every story in id order as '2465 stories match'"},
		{"unknown story", []string{"show", "feedc0ffee99"}, 1, []string{"feedc0ffee99"}, ""},
		{"unknown story threads", []string{"threads", "feedc0ffee99"}, 1, []string{"feedc0ffee99"}, ""},
		{"unknown thread", []string{"related", "feedc0ffee99#3"}, 1, []string{"feedc0ffee99"}, ""},
		{"not a thread id", []string{"related", "feedc0ffee99#x"}, 1, []string{"feedc0ffee99", "STORY#N"}, ""},
		{"unknown story related", []string{"related", "feedc0ffee99"}, 1, []string{"feedc0ffee99", "storyline list"}, ""},
		{"unknown actor", []string{"actors", "Nobody Atall"}, 1, []string{"Nobody Atall"}, ""},
		{"unknown thread of a known story", []string{"related", "STORY#999"}, 1, []string{"#999"},
			"Archive.Related checks only that the story exists: an unknown thread number prints nothing and exits 0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.fixed != "" {
				t.Logf("regression test for: %s", tt.fixed)
			}
			for i, a := range tt.args {
				if strings.HasPrefix(a, "STORY#") {
					tt.args[i] = firstStory(t, dir) + strings.TrimPrefix(a, "STORY")
				}
			}
			r := runCLI(t, append([]string{"--archive", dir}, tt.args...)...)
			if r.code == 0 || (tt.code != 0 && r.code != tt.code) {
				t.Fatalf("exit %d, want %d (0: any failure); %s", r.code, tt.code, r.msg())
			}
			for _, w := range tt.want {
				if !strings.Contains(r.msg(), w) {
					t.Errorf("message %q does not name %q", r.msg(), w)
				}
			}
			if r.stdout != "" {
				t.Errorf("a failed command wrote to stdout: %q", r.stdout)
			}
		})
	}
	for _, cmd := range [][]string{{"list"}, {"search", "ferry"}, {"show", "abcd1234"}, {"stats"}, {"threads", "abcd1234"}, {"actors"}, {"arcs"}, {"related", "abcd#1"}} {
		t.Run("missing archive "+cmd[0], func(t *testing.T) {
			r := runCLI(t, append([]string{"--archive", missing}, cmd...)...)
			if r.code != 1 {
				t.Fatalf("exit %d, want 1; %s", r.code, r.msg())
			}
			if !strings.Contains(r.msg(), "storyline import") || !strings.Contains(r.msg(), missing) {
				t.Errorf("message %q should name %s and say how to import", r.msg(), missing)
			}
			if archive.Exists(missing) {
				t.Fatal("a read command created the archive")
			}
		})
	}
}

// firstStory returns the id of the newest story of the archive in dir.
func firstStory(t *testing.T, dir string) string {
	t.Helper()
	r := runCLI(t, "--archive", dir, "--json", "list", "--limit", "1")
	var rows []archive.StorySummary
	if err := json.Unmarshal([]byte(r.stdout), &rows); err != nil || len(rows) == 0 {
		t.Fatalf("list: %v %s", err, r.msg())
	}
	return rows[0].ID
}

// junk returns n bytes of deterministic binary noise.
func junk(n int) []byte {
	r := rand.New(rand.NewPCG(5, 6))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.IntN(256))
	}
	return b
}

func TestCLIImportPartialFailure(t *testing.T) {
	in := filepath.Join(t.TempDir(), "in")
	copyDir(t, fixtures, in)
	bad := filepath.Join(in, "corrupt.txt")
	if err := os.WriteFile(bad, junk(4096), 0o644); err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(t.TempDir(), "archive")

	r := runCLI(t, "--archive", dir, "--json", "import", in)
	if r.code != 1 {
		t.Fatalf("import with one corrupt file: exit %d, want 1; %s", r.code, r.msg())
	}
	if !strings.Contains(r.stderr, "corrupt.txt") || !strings.Contains(r.stderr, "binary") {
		t.Errorf("stderr should name corrupt.txt and why: %q", r.stderr)
	}
	var res archive.ImportResult
	if err := json.Unmarshal([]byte(r.stdout), &res); err != nil {
		t.Fatalf("import --json: %v\n%s", err, r.stdout)
	}
	if res.Added != fixtureStories || res.Failed != 1 || len(res.Errors) != 1 || res.Errors[0].Path != bad {
		t.Errorf("import --json: %+v, want %d added, 1 failed naming %s", res, fixtureStories, bad)
	}

	r = runCLI(t, "--archive", dir, "--json", "import", in)
	res = archive.ImportResult{}
	if err := json.Unmarshal([]byte(r.stdout), &res); err != nil {
		t.Fatalf("re-import --json: %v\n%s", err, r.stdout)
	}
	if r.code != 1 || res.Added != 0 || res.Updated != 0 || res.Unchanged != fixtureStories || res.Failed != 1 {
		t.Errorf("re-import: exit %d, %+v; want exit 1, 0 added, %d unchanged, 1 failed", r.code, res, fixtureStories)
	}

	// Only the good files: exit 0, nothing new; the text summary says so.
	r = runCLI(t, "--archive", dir, "import", fixtures)
	if r.code != 0 || r.err != nil {
		t.Fatalf("re-import of good files: exit %d; %s", r.code, r.msg())
	}
	if !strings.Contains(r.stdout, "0 added") || !strings.Contains(r.stdout, "0 inputs failed") {
		t.Errorf("summary: %q", r.stdout)
	}
	// A missing input is named, and the rest still imports.
	r = runCLI(t, "--archive", dir, "import", filepath.Join(in, "no-such-file.txt"), fixtures)
	if r.code != 1 || !strings.Contains(r.stderr, "no-such-file.txt") {
		t.Errorf("missing input: exit %d, stderr %q", r.code, r.stderr)
	}
}

// An import of nothing but missing paths (a typo) names them, exits 1 and
// leaves the archive alone: not created where there was none (which would
// hide the demo behind an empty archive), not opened for writing (which
// would ask an open browser to step aside). With one path there, it runs.
func TestCLIImportNothingThere(t *testing.T) {
	tmp := t.TempDir()
	nope, nope2 := filepath.Join(tmp, "no-such.jsonl"), filepath.Join(tmp, "nor-this")
	tests := []struct {
		name    string
		args    []string
		created bool
		out     string // in stdout
	}{
		{"one missing", []string{"import", nope}, false, "imported: nothing, 1 input could not be read: the archive at"},
		{"two missing", []string{"import", nope, nope2}, false, "2 inputs could not be read"},
		{"missing, json", []string{"--json", "import", nope}, false, `"failed": 1`},
		{"one missing, one there", []string{"import", nope, fixtures}, true, fmt.Sprintf("imported: %d added", fixtureStories)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "archive")
			r := runCLI(t, append([]string{"--archive", dir}, tt.args...)...)
			if r.code != 1 || !strings.Contains(r.stderr, nope) || !strings.Contains(r.stdout, tt.out) {
				t.Errorf("exit %d, want 1; stdout %q should hold %q; stderr %q should name %s", r.code, r.stdout, tt.out, r.stderr, nope)
			}
			if archive.Exists(dir) != tt.created {
				t.Errorf("archive created: %v, want %v", archive.Exists(dir), tt.created)
			}
		})
	}
}

// TestCLIImportErrorNamesPathOnce checks that each error line names its
// file once, also when the parser's error carries a line number.
func TestCLIImportErrorNamesPathOnce(t *testing.T) {
	in := t.TempDir()
	p := filepath.Join(in, "badfront.md")
	if err := os.WriteFile(p, []byte("---\ntitle: [unclosed\n---\n\nThe dune wardens met on Tuesday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := runCLI(t, "--archive", filepath.Join(t.TempDir(), "a"), "import", p)
	if r.code != 1 || strings.Count(r.stderr, p) != 1 {
		t.Errorf("exit %d, want 1 and the path named once: %q", r.code, r.stderr)
	}
}

// withStdin runs fn with os.Stdin reading data.
func withStdin(t *testing.T, data []byte, fn func()) {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	go func() {
		_, _ = w.Write(data)
		w.Close()
	}()
	old := os.Stdin
	os.Stdin = r
	defer func() { os.Stdin = old; r.Close() }()
	fn()
}

func TestCLIImportStdin(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "archive")
	good, err := os.ReadFile(filepath.Join(fixtures, "strike-day2.txt"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		data  []byte
		code  int
		added int
		want  string // in stderr
	}{
		{"text", good, 0, 1, ""},
		{"same text again", good, 0, 0, ""},
		{"binary junk", junk(2048), 1, 0, "binary"},
		{"nothing", nil, 1, 0, "empty"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var r cliRun
			withStdin(t, tt.data, func() { r = runCLI(t, "--archive", dir, "--json", "import", "-") })
			if r.code != tt.code {
				t.Fatalf("exit %d, want %d; %s", r.code, tt.code, r.msg())
			}
			var res archive.ImportResult
			if err := json.Unmarshal([]byte(r.stdout), &res); err != nil {
				t.Fatalf("import --json: %v\n%s", err, r.stdout)
			}
			if res.Added != tt.added {
				t.Errorf("added %d, want %d", res.Added, tt.added)
			}
			if tt.want != "" && (!strings.Contains(r.stderr, tt.want) || !strings.Contains(r.stderr, "storyline: -: ")) {
				t.Errorf("stderr %q should name - (stdin) and say %q", r.stderr, tt.want)
			}
		})
	}
}

func TestCLISecondWriterFailsFast(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "archive")
	if r := runCLI(t, "--archive", dir, "import", fixtures); r.code != 0 {
		t.Fatalf("import: %s", r.msg())
	}
	a, err := archive.Open(dir, archive.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	pid := fmt.Sprint(os.Getpid())
	for _, args := range [][]string{{"import", fixtures}, {"reindex"}} {
		t.Run(args[0], func(t *testing.T) {
			r := runCLI(t, append([]string{"--archive", dir}, args...)...)
			if r.code == 0 {
				t.Fatalf("a second writer succeeded while the archive was open for writing")
			}
			if r.took > 2*time.Second {
				t.Errorf("second writer took %v to fail, want under 2 s", r.took)
			}
			if !strings.Contains(r.msg(), "in use") || !strings.Contains(r.msg(), pid) {
				t.Errorf("message %q should say the archive is in use and name the holder (pid %s)", r.msg(), pid)
			}
		})
	}
	// Readers never hang either: they answer or fail at once, naming the
	// holder.
	t.Run("reader", func(t *testing.T) {
		r := runCLI(t, "--archive", dir, "list")
		if r.took > 2*time.Second {
			t.Errorf("reader took %v while a writer held the archive", r.took)
		}
		if r.code != 0 && !strings.Contains(r.msg(), pid) {
			t.Errorf("reader failed without naming the holder: %q", r.msg())
		}
	})
}

func TestCLIWriteFailure(t *testing.T) {
	t.Run("archive path is a file", func(t *testing.T) {
		p := filepath.Join(t.TempDir(), "archive")
		if err := os.WriteFile(p, []byte("not a folder"), 0o644); err != nil {
			t.Fatal(err)
		}
		r := runCLI(t, "--archive", p, "import", fixtures)
		if r.code != 1 || !strings.Contains(r.msg(), p) {
			t.Errorf("exit %d, message %q; want 1 naming %s", r.code, r.msg(), p)
		}
	})
	t.Run("disk full during import", func(t *testing.T) {
		dir := filepath.Join(t.TempDir(), "archive")
		if r := runCLI(t, "--archive", dir, "import", fixtures); r.code != 0 {
			t.Fatalf("import: %s", r.msg())
		}
		// A bigger import that cannot grow any file: RLIMIT_FSIZE stops
		// writes past the limit with EFBIG even for root, like a full disk.
		// It must need more than the few MiB bbolt grows its file by in
		// advance.
		more := filepath.Join(t.TempDir(), "more.jsonl")
		var b strings.Builder
		enc := json.NewEncoder(&b)
		words := strings.Fields("harbour council ferry budget vote school river storm market bridge minister union strike plan road rail clinic library museum festival")
		rnd := rand.New(rand.NewPCG(9, 9))
		const filler = 3000
		for i := 0; i < filler; i++ {
			var body []string
			for p := 0; p < 6; p++ {
				var s []string
				for w := 0; w < 40; w++ {
					s = append(s, words[rnd.IntN(len(words))])
				}
				body = append(body, "Councillor Peder Lune said the "+strings.Join(s, " ")+".")
			}
			_ = enc.Encode(map[string]string{"title": fmt.Sprintf("Filler story %d", i), "body": strings.Join(body, "\n\n"), "url": fmt.Sprintf("https://filler.example/%d", i)})
		}
		if err := os.WriteFile(more, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		fi, err := os.Stat(filepath.Join(dir, "store.db"))
		if err != nil {
			t.Skipf("store file not found to size the limit: %v", err)
		}
		req, _ := json.Marshal(map[string]any{"Limit": uint64(fi.Size()), "Args": []string{"--archive", dir, "import", more}})
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), fsizeHelperEnv+"="+string(req))
		var so, se bytes.Buffer
		cmd.Stdout, cmd.Stderr = &so, &se
		runErr := cmd.Run()
		r := cliRun{code: cmd.ProcessState.ExitCode(), stdout: so.String(), stderr: se.String()}
		if runErr != nil && r.code == 3 {
			t.Skipf("cannot lower RLIMIT_FSIZE here: %s", se.String())
		}
		t.Logf("import under a full disk: exit %d, %s", r.code, r.msg())
		if r.code == 0 {
			t.Fatalf("import succeeded although no file could grow: %s", r.stdout)
		}
		if !strings.Contains(strings.ToLower(r.msg()), "too large") && !strings.Contains(strings.ToLower(r.msg()), "write") {
			t.Errorf("message %q does not say a write failed", r.msg())
		}
		// The archive opens, with every earlier story intact and searchable.
		r = runCLI(t, "--archive", dir, "--json", "stats")
		var st archive.Stats
		if err := json.Unmarshal([]byte(r.stdout), &st); err != nil {
			t.Fatalf("stats after the failure: exit %d, %v; %s", r.code, err, r.msg())
		}
		if st.Stories < fixtureStories || st.IndexedStories != st.Stories {
			t.Errorf("after the failure: %+v, want all %d earlier stories, all indexed", st, fixtureStories)
		}
		r = runCLI(t, "--archive", dir, "--json", "search", "pumpkin")
		if r.code != 0 || !strings.Contains(r.stdout, "record pumpkin") {
			t.Errorf("earlier story not found after the failure: exit %d %s %s", r.code, r.stdout, r.msg())
		}
		// And the next import completes it.
		r = runCLI(t, "--archive", dir, "--json", "import", more)
		if r.code != 0 {
			t.Fatalf("import after the failure: exit %d; %s", r.code, r.msg())
		}
		r = runCLI(t, "--archive", dir, "--json", "stats")
		st = archive.Stats{}
		_ = json.Unmarshal([]byte(r.stdout), &st)
		if st.Stories != fixtureStories+filler || st.IndexedStories != st.Stories {
			t.Errorf("after re-import: %+v, want %d stories, all indexed", st, fixtureStories+filler)
		}
	})
}

// A shape maps the fields an object must have to their JSON type:
// "string", "number", "bool", "array", "object", "strings" (array of
// strings), "numbers", "time" (RFC3339 string), or any of these with
// "|null".
type shape map[string]string

// jsonType checks v against the type name want.
func jsonType(v any, want string) bool {
	if base, ok := strings.CutSuffix(want, "|null"); ok {
		return v == nil || jsonType(v, base)
	}
	switch want {
	case "string":
		_, ok := v.(string)
		return ok
	case "time":
		s, ok := v.(string)
		if !ok {
			return false
		}
		_, err := time.Parse(time.RFC3339, s)
		return err == nil
	case "number":
		_, ok := v.(float64)
		return ok
	case "bool":
		_, ok := v.(bool)
		return ok
	case "object":
		_, ok := v.(map[string]any)
		return ok
	case "array", "strings", "numbers":
		arr, ok := v.([]any)
		if !ok {
			return false
		}
		for _, e := range arr {
			if (want == "strings" && !jsonType(e, "string")) || (want == "numbers" && !jsonType(e, "number")) {
				return false
			}
		}
		return true
	}
	panic("unknown JSON type " + want)
}

// checkShape asserts v is an object with every field of sh.
func checkShape(t *testing.T, where string, v any, sh shape) map[string]any {
	t.Helper()
	obj, ok := v.(map[string]any)
	if !ok {
		t.Fatalf("%s: want an object, got %T", where, v)
	}
	for k, typ := range sh {
		fv, ok := obj[k]
		if !ok {
			t.Errorf("%s: no field %q", where, k)
			continue
		}
		if !jsonType(fv, typ) {
			t.Errorf("%s: field %q = %#v, want %s", where, k, fv, typ)
		}
	}
	return obj
}

// jsonOut runs a command with --json on the fixture archive and decodes
// its output.
func jsonOut(t *testing.T, args ...string) any {
	t.Helper()
	r := runCLI(t, append([]string{"--archive", fixtureArchive(t), "--json"}, args...)...)
	if r.code != 0 {
		t.Fatalf("%v: exit %d; %s", args, r.code, r.msg())
	}
	var v any
	if err := json.Unmarshal([]byte(r.stdout), &v); err != nil {
		t.Fatalf("%v: not JSON: %v\n%s", args, err, r.stdout)
	}
	return v
}

// array asserts v is a JSON array (never null) and returns it.
func array(t *testing.T, where string, v any) []any {
	t.Helper()
	arr, ok := v.([]any)
	if !ok {
		t.Fatalf("%s: want an array, got %T (%v)", where, v, v)
	}
	return arr
}

var (
	listShape     = shape{"id": "string", "external_id": "string|null", "title": "string", "published": "time|null", "source": "string"}
	threadShape   = shape{"id": "string", "label": "string", "paragraphs": "numbers", "actors": "strings", "arc": "string|null"}
	actorShape    = shape{"name": "string", "kind": "string", "roles": "strings", "aliases": "strings", "mentions": "number", "threads": "strings"}
	relatedShape  = shape{"thread": "string", "story": "string", "title": "string", "label": "string", "published": "time|null", "score": "number", "why": "strings"}
	arcShape      = shape{"id": "string", "label": "string", "threads": "strings", "first": "time|null", "last": "time|null"}
	actorKinds    = map[string]bool{"person": true, "org": true, "place": true, "other": true}
	paragraphKind = shape{"index": "number", "text": "string", "thread": "number|null", "boilerplate": "bool"}
)

func checkActor(t *testing.T, where string, v any) {
	t.Helper()
	obj := checkShape(t, where, v, actorShape)
	if k, _ := obj["kind"].(string); !actorKinds[k] {
		t.Errorf("%s: kind %q is not person, org, place or other", where, k)
	}
}

// TestListLimit checks that list's --limit counts stories, and that 0 (and
// -1, written --limit=-1 since a bare -1 reads as a flag) lists them all.
func TestListLimit(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want int
	}{
		{[]string{"--limit", "2"}, 2},
		{[]string{"--limit", "0"}, fixtureStories},
		{[]string{"--limit=-1"}, fixtureStories},
		{[]string{"--limit", "2", "--offset", "5"}, 1},
	} {
		rows := array(t, "list", jsonOut(t, append([]string{"list"}, tc.args...)...))
		if len(rows) != tc.want {
			t.Errorf("list %v: %d rows, want %d", tc.args, len(rows), tc.want)
		}
	}
}

func TestCLIJSONShapes(t *testing.T) {
	// list: every story, newest first, nulls where the input had no date
	// or id.
	rows := array(t, "list", jsonOut(t, "list"))
	if len(rows) != fixtureStories {
		t.Fatalf("list: %d rows, want %d", len(rows), fixtureStories)
	}
	var roundup, undated string
	nullDate, nullExt := false, false
	for i, row := range rows {
		obj := checkShape(t, fmt.Sprintf("list[%d]", i), row, listShape)
		if obj["published"] == nil {
			nullDate = true
			undated = obj["id"].(string)
		}
		if obj["external_id"] == nil {
			nullExt = true
		}
		if obj["external_id"] == "cp-roundup-1007" {
			roundup = obj["id"].(string)
		}
	}
	if !nullDate || !nullExt || roundup == "" {
		t.Fatalf("list: want a null published, a null external_id and the JSONL id cp-roundup-1007 as external_id: %v", rows)
	}

	t.Run("show", func(t *testing.T) {
		st := checkShape(t, "show", jsonOut(t, "show", roundup), shape{"id": "string", "title": "string", "source": "string", "url": "string",
			"byline": "string", "published": "time|null", "paragraphs": "array", "threads": "array", "actors": "array"})
		if st["id"] != roundup || st["published"] != "2026-10-07T18:00:00Z" {
			t.Errorf("show: id %v published %v", st["id"], st["published"])
		}
		threads := map[float64]bool{}
		for i, th := range array(t, "threads", st["threads"]) {
			obj := checkShape(t, fmt.Sprintf("show.threads[%d]", i), th, threadShape)
			if id, _ := obj["id"].(string); id != fmt.Sprintf("%s#%d", roundup, i+1) {
				t.Errorf("thread %d has id %q, want %s#%d", i, id, roundup, i+1)
			}
			threads[float64(i+1)] = true
		}
		paras := array(t, "paragraphs", st["paragraphs"])
		if len(paras) < 5 {
			t.Errorf("show: %d paragraphs, want 5", len(paras))
		}
		for i, p := range paras {
			obj := checkShape(t, fmt.Sprintf("show.paragraphs[%d]", i), p, paragraphKind)
			if n, ok := obj["thread"].(float64); ok && !threads[n] {
				t.Errorf("paragraph %d is in thread %v, which show does not list", i, n)
			}
		}
		for i, ac := range array(t, "actors", st["actors"]) {
			checkActor(t, fmt.Sprintf("show.actors[%d]", i), ac)
		}
		und := checkShape(t, "show undated", jsonOut(t, "show", undated), shape{"published": "time|null"})
		if und["published"] != nil {
			t.Errorf("undated story: published %v, want null", und["published"])
		}
	})

	t.Run("threads", func(t *testing.T) {
		ths := array(t, "threads", jsonOut(t, "threads", roundup))
		if len(ths) == 0 {
			t.Fatal("threads: none")
		}
		for i, th := range ths {
			checkShape(t, fmt.Sprintf("threads[%d]", i), th, threadShape)
		}
	})

	t.Run("search", func(t *testing.T) {
		res := checkShape(t, "search", jsonOut(t, "search", "ferry strike", "--limit", "3"), shape{"total": "number", "took_ms": "number", "hits": "array"})
		hits := array(t, "hits", res["hits"])
		if len(hits) == 0 || len(hits) > 3 {
			t.Fatalf("search: %d hits, want 1..3", len(hits))
		}
		marked := false
		for i, h := range hits {
			obj := checkShape(t, fmt.Sprintf("search.hits[%d]", i), h, shape{"id": "string", "title": "string", "published": "time|null",
				"score": "number", "fragments": "strings", "threads": "strings"})
			for _, f := range obj["fragments"].([]any) {
				marked = marked || strings.Contains(f.(string), "<mark>")
			}
		}
		if !marked {
			t.Error("search --json: no fragment marks a match")
		}
		none := checkShape(t, "search nothing", jsonOut(t, "search", "zzyzxnotaword"), shape{"total": "number", "hits": "array"})
		if none["total"] != 0.0 || len(array(t, "hits", none["hits"])) != 0 {
			t.Errorf("search with no match: %v", none)
		}
	})

	t.Run("stats", func(t *testing.T) {
		st := checkShape(t, "stats", jsonOut(t, "stats"), shape{"stories": "number", "indexed_stories": "number", "threads": "number",
			"actors": "number", "arcs": "number", "store_bytes": "number", "index_bytes": "number"})
		if st["stories"] != float64(fixtureStories) || st["indexed_stories"] != float64(fixtureStories) {
			t.Errorf("stats: %v, want %d stories, all indexed", st, fixtureStories)
		}
	})

	t.Run("actors", func(t *testing.T) {
		as := array(t, "actors", jsonOut(t, "actors"))
		if len(as) == 0 {
			t.Fatal("actors: none in the archive")
		}
		for i, ac := range as {
			checkActor(t, fmt.Sprintf("actors[%d]", i), ac)
		}
		for i, ac := range array(t, "story actors", jsonOut(t, "actors", roundup)) {
			checkActor(t, fmt.Sprintf("actors %s [%d]", roundup, i), ac)
		}
	})

	t.Run("related", func(t *testing.T) {
		// The round-up's first thread (the ferry deal) continues the
		// strike stories, so it has related threads.
		rs := array(t, "related", jsonOut(t, "related", roundup+"#1"))
		if len(rs) == 0 {
			t.Fatal("related: none for the ferry-deal thread of the round-up")
		}
		for i, r := range rs {
			obj := checkShape(t, fmt.Sprintf("related[%d]", i), r, relatedShape)
			if obj["story"] == roundup {
				t.Errorf("related lists a thread of the same story: %v", obj)
			}
		}
		// A story id: the related threads of each of its threads, in
		// one object per thread, the first as for its thread id.
		ths := array(t, "threads", jsonOut(t, "threads", roundup))
		groups := array(t, "related STORY", jsonOut(t, "related", roundup))
		if len(groups) != len(ths) {
			t.Fatalf("related %s: %d groups, want one per thread (%d)", roundup, len(groups), len(ths))
		}
		for i, gr := range groups {
			obj := checkShape(t, fmt.Sprintf("related STORY[%d]", i), gr, shape{"thread": "string", "label": "string", "related": "array"})
			if want := ths[i].(map[string]any)["id"]; obj["thread"] != want {
				t.Errorf("related STORY[%d]: thread %v, want %v", i, obj["thread"], want)
			}
			for j, r := range array(t, "related", obj["related"]) {
				checkShape(t, fmt.Sprintf("related STORY[%d].related[%d]", i, j), r, relatedShape)
			}
		}
		if first := array(t, "related", groups[0].(map[string]any)["related"]); len(first) != len(rs) {
			t.Errorf("related %s lists %d threads for #1, related %s#1 lists %d", roundup, len(first), roundup, len(rs))
		}
	})

	t.Run("arcs", func(t *testing.T) {
		arcs := array(t, "arcs", jsonOut(t, "arcs"))
		if len(arcs) == 0 {
			t.Fatal("arcs: none, though four stories follow the ferry strike")
		}
		for i, a := range arcs {
			obj := checkShape(t, fmt.Sprintf("arcs[%d]", i), a, arcShape)
			f, _ := obj["first"].(string)
			l, _ := obj["last"].(string)
			if f != "" && l != "" && l < f {
				t.Errorf("arc %v ends before it starts", obj["id"])
			}
		}
	})

	t.Run("timeline", func(t *testing.T) {
		arc := checkShape(t, "arcs[0]", array(t, "arcs", jsonOut(t, "arcs"))[0], arcShape)
		want := fmt.Sprint(arc["threads"])
		threads, _ := arc["threads"].([]any)
		// By the storyline's id, and by one of its threads: the same
		// threads, in date order.
		for _, id := range []string{arc["id"].(string), threads[len(threads)-1].(string)} {
			es := array(t, "timeline", jsonOut(t, "timeline", id))
			var got []any
			last := ""
			for i, e := range es {
				obj := checkShape(t, fmt.Sprintf("timeline[%d]", i), e, shape{"thread": "string", "story": "string", "title": "string", "label": "string", "published": "time|null", "new_actors": "strings"})
				got = append(got, obj["thread"])
				if p, _ := obj["published"].(string); p != "" {
					if p < last {
						t.Errorf("timeline %s: %s comes after %s", id, p, last)
					}
					last = p
				}
			}
			if len(got) != len(threads) {
				t.Errorf("timeline %s: threads %v, want those of the arc %s", id, got, want)
			}
		}
		// By a story's id: the storyline of its one thread in a
		// storyline, or a message naming its threads to choose from.
		last := threads[len(threads)-1].(string)
		story := last[:strings.LastIndexByte(last, '#')]
		if r := runCLI(t, "--archive", fixtureArchive(t), "--json", "timeline", story); r.code == 0 {
			if !strings.Contains(r.stdout, last) {
				t.Errorf("timeline %s: %s lacks its thread %s", story, r.stdout, last)
			}
		} else if !strings.Contains(r.msg(), "give one of its threads") || !strings.Contains(r.msg(), last) {
			t.Errorf("timeline %s: exit %d, %q; want the storyline or its threads to choose from", story, r.code, r.msg())
		}
		for _, tt := range []struct{ id, want string }{
			{"nosuch", "storyline arcs"},
			{"abcd1234#9", "no story"},
		} {
			r := runCLI(t, "--archive", fixtureArchive(t), "timeline", tt.id)
			if r.code != 1 || !strings.Contains(r.msg(), tt.want) {
				t.Errorf("timeline %s: exit %d, %q; want exit 1 saying %q", tt.id, r.code, r.msg(), tt.want)
			}
		}
	})

	t.Run("import", func(t *testing.T) {
		in := filepath.Join(t.TempDir(), "in")
		copyDir(t, fixtures, in)
		if err := os.WriteFile(filepath.Join(in, "corrupt.txt"), junk(512), 0o644); err != nil {
			t.Fatal(err)
		}
		r := runCLI(t, "--archive", filepath.Join(t.TempDir(), "a"), "--json", "import", in)
		var v any
		if err := json.Unmarshal([]byte(r.stdout), &v); err != nil {
			t.Fatalf("import --json: %v\n%s", err, r.stdout)
		}
		obj := checkShape(t, "import", v, shape{"added": "number", "updated": "number", "unchanged": "number", "failed": "number", "errors": "array"})
		for i, e := range array(t, "errors", obj["errors"]) {
			checkShape(t, fmt.Sprintf("import.errors[%d]", i), e, shape{"path": "string", "error": "string"})
		}
	})
}

// unsafeRune reports runes that can drive a terminal or reorder text:
// C0 controls but tab and newline, DEL, C1 controls, bidi controls.
func unsafeRune(r rune) bool {
	switch {
	case r == '\n' || r == '\t':
		return false
	case r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0):
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0x200e || r == 0x200f, r == 0x061c:
		return true
	}
	return false
}

// firstUnsafe returns the first unsafe rune of s with some context, or "".
func firstUnsafe(s string) string {
	for i, r := range s {
		if unsafeRune(r) {
			lo, hi := max(0, i-30), min(len(s), i+30)
			return fmt.Sprintf("%U at byte %d in %q", r, i, s[lo:hi])
		}
	}
	return ""
}

func TestCLINoTerminalInjection(t *testing.T) {
	in := filepath.Join(t.TempDir(), "in")
	esc := "\x1b]0;pwned\x07\x1b[2J\x1b[31m\u009b1m\u202e\u2066\x08\x7f"
	files := map[string]string{
		"escapes.txt": "Tidewater " + esc + "council votes on slipway\n\n" +
			"The tidewater council\x1b[8m voted\x1b[0m on Tuesday to rebuild the \x1bP+q\x1b\\slipway, said Mayor Orla\u202e Fenn.\n\n" +
			"Critics\x1b]8;;https://evil.example\x1b\\ called the slipway plan\x07 a waste of the harbour fund.\n",
		"front.md": "---\ntitle: \"Slipway \\e[2J row \\x9b1m\\u202edeepens\"\ndate: 2026-10-10\nsource: \"Tidewater \\e[5mGazette\"\nauthor: \"Ann \\e]0;x\\aReed\"\nurl: \"https://tide.example/\\e[2Jslipway\"\n---\n\n" +
			"The slipway row deepened on Friday as Mayor Orla Fenn refused to publish the tidewater council's costings.\n\nCouncillors said the slipway vote should be rerun.\n",
		"lines.jsonl":                `{"id":"tw-1\u001b[2J","title":"Slipway \u001b]0;owned\u0007 contractor named","body":"The tidewater council named Brack \u001b[31mMarine\u001b[0m as slipway contractor.\n\nMayor Orla Fenn\u202e said work starts in spring.","source":"Wire\u009b2J","author":"Desk\u0008\u0008"}` + "\n",
		"evil\x1b]0;pwn\x07name.txt": string(junk(256)),
	}
	if err := os.MkdirAll(in, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(in, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	dir := filepath.Join(t.TempDir(), "archive")
	check := func(what string, r cliRun) {
		t.Helper()
		for _, out := range []string{r.stdout, r.msg()} {
			if u := firstUnsafe(out); u != "" {
				t.Errorf("%s: output holds %s", what, u)
			}
		}
	}
	r := runCLI(t, "--archive", dir, "import", in)
	check("import", r)
	if r.code != 1 || !strings.Contains(r.stderr, "name.txt") {
		t.Fatalf("import: exit %d, want 1 naming the junk file; %s", r.code, r.msg())
	}
	if testing.Verbose() {
		t.Logf("import: %s", r.msg())
	}
	rj := runCLI(t, "--archive", dir, "--json", "list")
	check("list --json", rj)
	var rows []archive.StorySummary
	if err := json.Unmarshal([]byte(rj.stdout), &rows); err != nil || len(rows) != 3 {
		t.Fatalf("list --json: %v, %d rows, want 3\n%s", err, len(rows), rj.stdout)
	}
	cmds := [][]string{{"list"}, {"stats"}, {"arcs"}, {"actors"}, {"search", "slipway"}, {"search", "pwned OR owned OR evil"}, {"search", `"slipway plan"`}}
	for _, row := range rows {
		id := row.ID
		cmds = append(cmds, []string{"show", "-a", id}, []string{"threads", id}, []string{"actors", id}, []string{"related", id + "#1"})
		cmds = append(cmds, []string{"--json", "show", id}, []string{"--json", "threads", id})
	}
	for _, c := range cmds {
		r := runCLI(t, append([]string{"--archive", dir}, c...)...)
		if r.code != 0 {
			t.Errorf("%v: exit %d; %s", c, r.code, r.msg())
		}
		check(strings.Join(c, " "), r)
		// JSON escapes control characters itself; what matters is that
		// none are left to escape.
		if strings.Contains(r.stdout, `\u001b`) || strings.Contains(r.stdout, `\u0007`) {
			t.Errorf("%v: JSON carries escape characters: %.300s", c, r.stdout)
		}
	}
}

// damage copies the fixture archive and damages its store file.
func damage(t *testing.T, how string) string {
	t.Helper()
	src := fixtureArchive(t)
	dir := filepath.Join(t.TempDir(), "archive")
	copyTree(t, src, dir)
	p := filepath.Join(dir, "store.db")
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	switch how {
	case "junk":
		b = junk(len(b))
	case "truncated":
		b = b[:5000]
	case "empty":
		b = nil
	case "bit flips":
		r := rand.New(rand.NewPCG(1, 1))
		for i := 0; i < 200; i++ {
			b[8192+r.IntN(len(b)-8192)] ^= 0xff
		}
	}
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// copyTree copies the folder src to dst.
func copyTree(t *testing.T, src, dst string) {
	t.Helper()
	err := filepath.WalkDir(src, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestCLIDamagedStore runs commands on an archive whose store file was
// damaged: each fails with a message naming the store (or works), and
// none panics.
func TestCLIDamagedStore(t *testing.T) {
	tests := []struct {
		how   string
		fixed string // a bug this case found, now fixed
	}{
		{"junk", ""},
		{"truncated", ""},
		{"empty", "an empty store.db makes read commands say \"write …/store.db: bad file descriptor\" (bbolt tries to initialise a file opened read-only); it should say the store is empty or damaged"},
	}
	for _, tt := range tests {
		t.Run(tt.how, func(t *testing.T) {
			if tt.fixed != "" {
				t.Logf("regression test for: %s", tt.fixed)
			}
			dir := damage(t, tt.how)
			for _, c := range [][]string{{"list"}, {"stats"}, {"search", "ferry"}} {
				r := runCLI(t, append([]string{"--archive", dir}, c...)...)
				if r.code != 1 || !strings.Contains(r.msg(), "store") {
					t.Errorf("%v on a %s store: exit %d, %q; want 1 and a message about the store", c, tt.how, r.code, r.msg())
				}
				if strings.Contains(r.msg(), "bad file descriptor") {
					t.Errorf("%v on a %s store: message %q does not say what is wrong", c, tt.how, r.msg())
				}
			}
		})
	}
	// Bit flips inside bbolt pages can crash the process (SIGSEGV in
	// bbolt, or an out-of-range slice), so they run in a child process.
	t.Run("bit flips", func(t *testing.T) {
		if testing.Short() {
			t.Skip("builds the binary")
		}
		exe := filepath.Join(t.TempDir(), "storyline")
		if out, err := exec.Command("go", "build", "-o", exe, ".").CombinedOutput(); err != nil {
			t.Fatalf("build: %v\n%s", err, out)
		}
		dir := damage(t, "bit flips")
		for _, c := range [][]string{{"list"}, {"stats"}, {"arcs"}, {"import", fixtures}} {
			out, err := exec.Command(exe, append([]string{"--archive", dir}, c...)...).CombinedOutput()
			code := 0
			if ee, ok := err.(*exec.ExitError); ok {
				code = ee.ExitCode()
			}
			if strings.Contains(string(out), "panic") || strings.Contains(string(out), "fatal error") || code > 1 || code < 0 {
				t.Errorf("%v on a damaged store crashed (exit %d):\n%.400s", c, code, out)
			}
		}
	})
}

// TestCLIDamagedIndex damages the search index: a search then either
// still works or fails saying to reindex (never a silent empty answer),
// and `storyline reindex` always restores it from the store.
func TestCLIDamagedIndex(t *testing.T) {
	segment := func(t *testing.T, dir string, fn func([]byte) []byte) {
		t.Helper()
		segs, _ := filepath.Glob(filepath.Join(dir, "index-v*", "store", "*.zap"))
		if len(segs) == 0 {
			t.Skip("no index segment files found to damage (index layout changed?)")
		}
		for _, s := range segs {
			b, err := os.ReadFile(s)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(s, fn(b), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	tests := []struct {
		name   string
		damage func(t *testing.T, dir string)
		fixed  string // a bug this case found, now fixed
	}{
		{"index removed", func(t *testing.T, dir string) {
			idx, _ := filepath.Glob(filepath.Join(dir, "index-v*"))
			for _, p := range idx {
				os.RemoveAll(p)
			}
		}, ""},
		{"index metadata corrupt", func(t *testing.T, dir string) {
			metas, _ := filepath.Glob(filepath.Join(dir, "index-v*", "index_meta.json"))
			if len(metas) == 0 {
				t.Skip("no index_meta.json (index layout changed?)")
			}
			for _, p := range metas {
				_ = os.WriteFile(p, []byte("garbage"), 0o644)
			}
		}, "read commands say \"cannot open index, metadata corrupt\" without telling to run `storyline reindex`"},
		{"segment truncated", func(t *testing.T, dir string) { segment(t, dir, func(b []byte) []byte { return b[:min(len(b), 100)] }) },
			"bleve skips a segment it cannot load (logging \"unable to load snapshot\" on stderr), so search answers \"0 stories match\" with exit 0 and `import` does not repair it; index.Open/archive.Open should compare the index's document count with the store's and rebuild (writable) or say to run reindex (read-only)"},
		{"segment junk", func(t *testing.T, dir string) { segment(t, dir, func(b []byte) []byte { return junk(len(b)) }) },
			"as for a truncated segment: search silently finds nothing"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.fixed != "" {
				t.Logf("regression test for: %s", tt.fixed)
			}
			dir := filepath.Join(t.TempDir(), "archive")
			copyTree(t, fixtureArchive(t), dir)
			tt.damage(t, dir)
			r := runCLI(t, "--archive", dir, "search", "pumpkin")
			ok := (r.code == 0 && strings.Contains(r.stdout, "pumpkin")) || (r.code == 1 && strings.Contains(r.msg(), "reindex"))
			switch {
			case !ok:
				t.Errorf("search on a damaged index: exit %d, stdout %q, %s; want the story or a message saying to reindex", r.code, r.stdout, r.msg())
			}
			r = runCLI(t, "--archive", dir, "reindex")
			if r.code != 0 {
				t.Fatalf("reindex of a damaged index: exit %d; %s", r.code, r.msg())
			}
			r = runCLI(t, "--archive", dir, "--json", "stats")
			var st archive.Stats
			_ = json.Unmarshal([]byte(r.stdout), &st)
			if st.Stories != fixtureStories || st.IndexedStories != fixtureStories {
				t.Errorf("after reindex: %+v, want %d stories, all indexed", st, fixtureStories)
			}
			r = runCLI(t, "--archive", dir, "search", "pumpkin")
			if r.code != 0 || !strings.Contains(r.stdout, "pumpkin") {
				t.Errorf("search after reindex: exit %d, %q; %s", r.code, r.stdout, r.msg())
			}
		})
	}
}
