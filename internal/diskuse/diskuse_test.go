package diskuse

import (
	"os"
	"path/filepath"
	"testing"
)

func TestOf(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a"), make([]byte, 64<<10), 0o644); err != nil {
		t.Fatal(err)
	}
	// A sparse file: 8 MiB long, nothing written.
	f, err := os.Create(filepath.Join(dir, "sparse"))
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(8 << 20); err != nil {
		t.Fatal(err)
	}
	f.Close()
	tests := []struct {
		name     string
		path     string
		min, max int64
	}{
		{"written file", filepath.Join(dir, "a"), 64 << 10, 80 << 10},
		{"sparse file takes next to nothing", filepath.Join(dir, "sparse"), 0, 64 << 10},
		{"directory sums its files", dir, 64 << 10, 144 << 10},
		{"missing", filepath.Join(dir, "nope"), 0, 0},
	}
	for _, tc := range tests {
		if got := Of(tc.path); got < tc.min || got > tc.max {
			t.Errorf("%s: %d bytes, want %d..%d", tc.name, got, tc.min, tc.max)
		}
	}
}
