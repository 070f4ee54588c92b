package residency

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

func TestParseMapping(t *testing.T) {
	tests := []struct {
		line  string
		ok    bool
		path  string
		perms string
		trim  bool
	}{
		{"7f00a000-7f00b000 r--s 00000000 fd:01 123 /a/store.db", true, "/a/store.db", "r--s", true},
		{"7f00a000-7f00b000 r--p 00001000 fd:01 124 /a/index/00000001.zap (deleted)", true, "/a/index/00000001.zap", "r--p", true},
		{"7f00a000-7f00b000 rw-p 00000000 fd:01 125 /a/with space.db", true, "/a/with space.db", "rw-p", false},
		{"7f00a000-7f00b000 rw-s 00000000 fd:01 126 /a/shared.db", true, "/a/shared.db", "rw-s", true},
		{"7f00a000-7f00b000 rw-p 00000000 00:00 0 ", false, "", "", false},
		{"7f00a000-7f00b000 rw-p 00000000 00:00 0", false, "", "", false},
		{"zz-7f00b000 r--s 00000000 fd:01 1 /x", false, "", "", false},
		{"", false, "", "", false},
	}
	for _, tc := range tests {
		m, ok := parseMapping(tc.line)
		if ok != tc.ok {
			t.Errorf("%q: ok %v, want %v", tc.line, ok, tc.ok)
			continue
		}
		if !ok {
			continue
		}
		if m.path != tc.path || m.perms != tc.perms || m.trimmable() != tc.trim {
			t.Errorf("%q: path %q perms %q trimmable %v, want %q %q %v", tc.line, m.path, m.perms, m.trimmable(), tc.path, tc.perms, tc.trim)
		}
	}
}

func TestCanonical(t *testing.T) {
	dir := t.TempDir()
	link := filepath.Join(t.TempDir(), "link")
	if err := os.Symlink(dir, link); err != nil {
		t.Skip(err)
	}
	real, err := filepath.EvalSymlinks(dir)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ in, want string }{
		{filepath.Join(dir, "store.db"), filepath.Join(real, "store.db")},
		{filepath.Join(link, "gone.zap"), filepath.Join(real, "gone.zap")},
	}
	for _, tc := range tests {
		if got := canonical(tc.in); got != tc.want {
			t.Errorf("canonical(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// mapped maps a 32 MiB file dir/data and touches every page.
func mapped(t *testing.T, dir string, prot, flags int) []byte {
	t.Helper()
	f, err := os.Create(filepath.Join(dir, "data"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	content := bytes.Repeat([]byte("storyline"), (32<<20)/9)
	if _, err := f.Write(content); err != nil {
		t.Fatal(err)
	}
	b, err := unix.Mmap(int(f.Fd()), 0, len(content), prot, flags)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = unix.Munmap(b) })
	sum := 0
	for i := 0; i < len(b); i += os.Getpagesize() {
		sum += int(b[i])
	}
	if sum == 0 {
		t.Fatal("mapping reads zeros")
	}
	return b
}

func TestTrimDropsArchivePagesAndKeepsTheirContent(t *testing.T) {
	dir := t.TempDir()
	b := mapped(t, dir, unix.PROT_READ, unix.MAP_SHARED)
	before, ok := FileResident()
	if !ok {
		t.Skip("no /proc/self/statm")
	}
	n, err := Trim([]string{filepath.Join(dir, "data")})
	if err != nil {
		t.Fatal(err)
	}
	if n < int64(len(b)) {
		t.Fatalf("Trim covered %d bytes, want at least %d", n, len(b))
	}
	after, _ := FileResident()
	if before-after < 24<<20 {
		t.Fatalf("resident file pages %d → %d MiB; want a drop of the 32 MiB mapping", before>>20, after>>20)
	}
	if !bytes.HasPrefix(b, []byte("storylinestoryline")) || b[len(b)-1] != 'e' {
		t.Fatal("mapping content changed after Trim")
	}
	// Files not named are left alone.
	other := t.TempDir()
	mapped(t, other, unix.PROT_READ, unix.MAP_SHARED)
	mid, _ := FileResident()
	if _, err := Trim([]string{filepath.Join(dir, "data"), filepath.Join(dir, "absent")}); err != nil {
		t.Fatal(err)
	}
	if end, _ := FileResident(); mid-end > 4<<20 {
		t.Fatalf("Trim of one file dropped %d MiB of another's", (mid-end)>>20)
	}
}

func TestTrimLeavesPrivateWritesAlone(t *testing.T) {
	dir := t.TempDir()
	b := mapped(t, dir, unix.PROT_READ|unix.PROT_WRITE, unix.MAP_PRIVATE)
	copy(b, "written here")
	if _, err := Trim([]string{filepath.Join(dir, "data")}); err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(b, []byte("written here")) {
		t.Fatal("Trim discarded a private mapping's writes")
	}
}

func TestKeepTrimsOverBudget(t *testing.T) {
	dir := t.TempDir()
	mapped(t, dir, unix.PROT_READ, unix.MAP_SHARED)
	before, ok := FileResident()
	if !ok {
		t.Skip("no /proc/self/statm")
	}
	k := Keep(before-16<<20, 5*time.Millisecond, func() { _, _ = Trim([]string{filepath.Join(dir, "data")}) })
	defer k.Stop()
	deadline := time.Now().Add(5 * time.Second)
	for {
		now, _ := FileResident()
		if before-now >= 16<<20 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("resident file pages still %d MiB (budget %d MiB)", now>>20, (before-16<<20)>>20)
		}
		time.Sleep(5 * time.Millisecond)
	}
	k.Stop()
	k.Stop() // twice is fine
}

func TestCheckTrimsAtOnce(t *testing.T) {
	dir := t.TempDir()
	mapped(t, dir, unix.PROT_READ, unix.MAP_SHARED)
	before, ok := FileResident()
	if !ok {
		t.Skip("no /proc/self/statm")
	}
	k := Keep(before-16<<20, time.Hour, func() { _, _ = Trim([]string{filepath.Join(dir, "data")}) })
	defer k.Stop()
	k.Check()
	if now, _ := FileResident(); before-now < 16<<20 {
		t.Fatalf("resident file pages %d → %d MiB after Check; want under the budget", before>>20, now>>20)
	}
	var none *Keeper
	none.Check()
	none.Stop()
}
