package archive

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/storyline/storyline/internal/store"
)

// The crash helper: when this env var names an archive and a folder, the
// test binary imports the folder into the archive and exits. The crash
// test runs it as a child process and kills it at random points.
const crashEnv = "STORYLINE_CRASH_HELPER"

func TestMain(m *testing.M) {
	if v := os.Getenv(crashEnv); v != "" {
		var args [2]string
		if err := json.Unmarshal([]byte(v), &args); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(3)
		}
		a, err := Open(args[0], Options{})
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(3)
		}
		if _, err := a.Import(context.Background(), []string{args[1]}, ImportOptions{BatchSize: 16}); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(3)
		}
		a.Close()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// writeCorpus writes files×per articles of invented text.
func writeCorpus(t *testing.T, dir, prefix string, files, per int) int {
	t.Helper()
	words := []string{"harbour", "council", "ferry", "budget", "storm", "bridge", "minister", "vote", "rail", "strike", "museum", "school", "hospital", "river", "market", "festival"}
	r := rand.New(rand.NewPCG(7, 11))
	n := 0
	for f := 0; f < files; f++ {
		fh, err := os.Create(filepath.Join(dir, fmt.Sprintf("%s-%03d.jsonl", prefix, f)))
		if err != nil {
			t.Fatal(err)
		}
		enc := json.NewEncoder(fh)
		for i := 0; i < per; i++ {
			body := ""
			for p := 0; p < 4; p++ {
				for s := 0; s < 12; s++ {
					body += words[r.IntN(len(words))] + " "
				}
				body += fmt.Sprintf("item %d-%d paragraph %d.\n\n", f, i, p)
			}
			line := map[string]string{"id": fmt.Sprintf("%s-%d-%d", prefix, f, i), "title": fmt.Sprintf("Story %d of file %s-%d about the %s", i, prefix, f, words[i%len(words)]), "body": body, "date": time.Date(2026, 1, 1+i%28, 0, 0, 0, 0, time.UTC).Format(time.RFC3339)}
			if err := enc.Encode(line); err != nil {
				t.Fatal(err)
			}
			n++
		}
		fh.Close()
	}
	return n
}

// checkConsistent opens the archive (which repairs an interrupted import)
// and checks that store and index agree story by story.
func checkConsistent(t *testing.T, dir string) int {
	t.Helper()
	a, err := Open(dir, Options{})
	if err != nil {
		t.Fatalf("archive does not open after a kill: %v", err)
	}
	defer a.Close()
	stored := 0
	err = a.st.Each(func(r *store.Record) error {
		stored++
		if len(r.Article.Paragraphs) == 0 || r.Hash == "" || r.NLPVersion == "" {
			return fmt.Errorf("story %s is half-present: %+v", r.Article.ID, r)
		}
		ok, err := a.ix.Has(r.Article.ID)
		if err != nil {
			return err
		}
		if !ok {
			return fmt.Errorf("story %s is in the store but not in the index", r.Article.ID)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	n, err := a.ix.Count()
	if err != nil {
		t.Fatal(err)
	}
	if int(n) != stored || a.st.Count() != stored {
		t.Fatalf("index holds %d, store counts %d, store has %d", n, a.st.Count(), stored)
	}
	return stored
}

func TestKillDuringImport(t *testing.T) {
	rounds := 6
	if testing.Short() {
		rounds = 3
	}
	if v, err := strconv.Atoi(os.Getenv("STORYLINE_CRASH_ROUNDS")); err == nil {
		rounds = v
	}
	src := t.TempDir()
	dir := t.TempDir()
	total := 0
	r := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 1))
	for round := 0; round < rounds; round++ {
		// Each round brings new files, so every kill lands in real work.
		total += writeCorpus(t, src, fmt.Sprintf("r%02d", round), 12, 25)
		arg, _ := json.Marshal([2]string{dir, src})
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), crashEnv+"="+string(arg))
		cmd.Stderr = os.Stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(20+r.IntN(400)) * time.Millisecond)
		_ = cmd.Process.Signal(syscall.SIGKILL)
		_ = cmd.Wait()
		got := checkConsistent(t, dir)
		t.Logf("round %d: %d of %d stories present after the kill", round, got, total)
	}
	// A final import completes the archive.
	a, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	res, err := a.Import(context.Background(), []string{src}, ImportOptions{})
	a.Close()
	if err != nil {
		t.Fatal(err)
	}
	if res.Added+res.Unchanged != total || res.Failed != 0 {
		t.Fatalf("re-import after kills: %+v (want %d stories in all)", res, total)
	}
	if got := checkConsistent(t, dir); got != total {
		t.Fatalf("%d stories after re-import, want %d", got, total)
	}
}
