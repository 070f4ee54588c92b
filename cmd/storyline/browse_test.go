package main

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/storyline/storyline/internal/archive"
	"github.com/storyline/storyline/internal/handoff"
)

// TestWaitOpen checks the browser waits for a writer to let the archive
// go instead of failing, says once that it waits, and gives up with the
// holder named when the user interrupts.
func TestWaitOpen(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "archive")
	if r := runCLI(t, "--archive", dir, "import", fixtures); r.code != 0 {
		t.Fatalf("import: %s", r.msg())
	}
	tests := []struct {
		name    string
		release bool // the writer closes the archive after a while
		wantErr string
	}{
		{"writer finishes", true, ""},
		{"user gives up", false, "gave up waiting"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w, err := archive.Open(dir, archive.Options{})
			if err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
			defer cancel()
			if tt.release {
				time.AfterFunc(300*time.Millisecond, func() { w.Close() })
			} else {
				defer w.Close()
				time.AfterFunc(300*time.Millisecond, cancel)
			}
			var stderr bytes.Buffer
			g := &globals{stderr: &stderr, ctx: ctx}
			a, err := waitOpen(g, dir, 20*time.Millisecond)
			if a != nil {
				a.Close()
			}
			switch {
			case tt.wantErr == "" && err != nil:
				t.Fatalf("waitOpen: %v", err)
			case tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)):
				t.Fatalf("waitOpen error %v, want one saying %q", err, tt.wantErr)
			}
			if got := strings.Count(stderr.String(), "waiting:"); got != 1 {
				t.Errorf("stderr says it waits %d times, want once: %q", got, stderr.String())
			}
		})
	}
}

// TestWaitOpenNoArchive: browsing a folder holding no archive says how to
// make one there and how to see the demo instead.
func TestWaitOpenNoArchive(t *testing.T) {
	tests := []struct{ name, dir string }{
		{"missing folder", filepath.Join(t.TempDir(), "nothing-here")},
		{"empty folder", t.TempDir()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := &globals{stderr: &bytes.Buffer{}, ctx: context.Background()}
			a, err := waitOpen(g, tt.dir, 20*time.Millisecond)
			if a != nil {
				a.Close()
			}
			for _, want := range []string{"no archive at " + tt.dir, "storyline --archive " + tt.dir + " import PATH", "--demo"} {
				if err == nil || !strings.Contains(err.Error(), want) {
					t.Errorf("waitOpen: %v, want it to say %q", err, want)
				}
			}
		})
	}
}

// TestImportWhileBrowsing checks that an import started while a browser
// has the archive open asks it to step aside and imports, and that a
// reader which does not answer (no Reader watching) gets the import a
// clear error after handoffWait instead of a hang.
func TestImportWhileBrowsing(t *testing.T) {
	defer func(d time.Duration) { handoffWait = d }(handoffWait)
	handoffWait = time.Second
	tests := []struct {
		name     string
		watching bool
		wantCode int
		wantMsg  string
	}{
		{"browser steps aside", true, 0, "asking it to step aside"},
		{"reader does not answer", false, 1, "close it and try again"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "archive")
			if r := runCLI(t, "--archive", dir, "import", filepath.Join(fixtures, "strike-day1.md")); r.code != 0 {
				t.Fatalf("import: %s", r.msg())
			}
			open := func() (*archive.Archive, error) { return archive.Open(dir, archive.Options{ReadOnly: true}) }
			a, err := open()
			if err != nil {
				t.Fatal(err)
			}
			r := handoff.NewReader(dir, a, handoff.Options{Open: open, Poll: 20 * time.Millisecond})
			if tt.watching {
				r.Watch()
			}
			defer r.Close()
			res := runCLI(t, "--archive", dir, "import", fixtures)
			if res.code != tt.wantCode || !strings.Contains(res.msg(), tt.wantMsg) {
				t.Fatalf("import exit %d, said %q; want exit %d saying %q", res.code, res.msg(), tt.wantCode, tt.wantMsg)
			}
		})
	}
}
