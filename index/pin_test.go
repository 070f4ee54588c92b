package index

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// Pin names the segment files of the live snapshot while they are held,
// and none once the index is closed or in memory.
func TestPin(t *testing.T) {
	dir := t.TempDir()
	x, err := Open(dir, false)
	if err != nil {
		t.Fatal(err)
	}
	var docs []Doc
	for i := 0; i < 50; i++ {
		docs = append(docs, Doc{ID: fmt.Sprint("d", i), Title: "Ferry fares", Body: []string{"The harbour board froze ferry fares."}})
	}
	if err := x.Apply(docs, nil); err != nil {
		t.Fatal(err)
	}
	// Segments reach disk in the background: wait for one.
	var got []string
	for try := 0; try < 200 && len(got) == 0; try++ {
		if err := x.Pin(func(p []string) error { got = p; return nil }); err != nil {
			t.Fatal(err)
		}
		if len(got) == 0 {
			time.Sleep(10 * time.Millisecond)
		}
	}
	if len(got) == 0 {
		t.Fatal("Pin named no segment file of an index on disk")
	}
	for _, p := range got {
		if !strings.HasPrefix(p, Dir(dir)) || filepath.Ext(p) != ".zap" {
			t.Errorf("pinned %q, want a .zap file under %s", p, Dir(dir))
		}
		if _, err := os.Stat(p); err != nil {
			t.Errorf("pinned file: %v", err)
		}
	}
	if err := x.Close(); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		pin  func(fn func([]string) error) error
	}{
		{"closed", x.Pin},
	}
	mem, err := OpenMem()
	if err != nil {
		t.Fatal(err)
	}
	defer mem.Close()
	tests = append(tests, struct {
		name string
		pin  func(fn func([]string) error) error
	}{"in memory", mem.Pin})
	for _, tc := range tests {
		called := false
		err := tc.pin(func(p []string) error {
			called = true
			if len(p) != 0 {
				t.Errorf("%s: pinned %v, want none", tc.name, p)
			}
			return nil
		})
		if err != nil || !called {
			t.Errorf("%s: Pin err %v, called %v", tc.name, err, called)
		}
	}
}
