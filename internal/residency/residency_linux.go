package residency

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"golang.org/x/sys/unix"
)

// FileResident returns the bytes of file-backed (and shared) pages in this
// process's resident set, from /proc/self/statm.
func FileResident() (int64, bool) {
	b, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return 0, false
	}
	f := bytes.Fields(b)
	if len(f) < 3 {
		return 0, false
	}
	pages, err := strconv.ParseInt(string(f[2]), 10, 64)
	if err != nil {
		return 0, false
	}
	return pages * int64(os.Getpagesize()), true
}

// Trim drops from this process's page tables every page of a read-only or
// shared mapping of one of files, and returns how many bytes of mappings
// it covered. The caller must keep those files mapped while Trim runs
// (hold what pins them: the index snapshot, the store's mapping): Trim
// finds their addresses in /proc/self/maps, and a range unmapped and
// reused for other memory in between would lose that memory's contents.
func Trim(files []string) (int64, error) {
	want := make(map[string]bool, len(files))
	for _, f := range files {
		want[canonical(f)] = true
	}
	maps, err := os.ReadFile("/proc/self/maps")
	if err != nil {
		return 0, err
	}
	var total int64
	sc := bufio.NewScanner(bytes.NewReader(maps))
	sc.Buffer(make([]byte, 0, 4096), 1<<20)
	for sc.Scan() {
		m, ok := parseMapping(sc.Text())
		if !ok || !m.trimmable() || !want[m.path] {
			continue
		}
		if _, _, e := unix.Syscall(unix.SYS_MADVISE, m.start, m.end-m.start, unix.MADV_DONTNEED); e != 0 {
			return total, e
		}
		total += int64(m.end - m.start)
	}
	return total, sc.Err()
}

// canonical returns the form /proc/self/maps names a file by: absolute,
// with the folder's symbolic links resolved (the file itself may be gone:
// a deleted file stays mapped until it is unmapped).
func canonical(path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		return path
	}
	if dir, err := filepath.EvalSymlinks(filepath.Dir(abs)); err == nil {
		return filepath.Join(dir, filepath.Base(abs))
	}
	return abs
}

// mapping is one line of /proc/self/maps.
type mapping struct {
	start, end uintptr
	perms      string
	path       string
}

// trimmable reports whether dropping the mapping's pages can lose nothing:
// it is not writable, or it is shared (written pages go to the file).
func (m mapping) trimmable() bool {
	return len(m.perms) == 4 && (m.perms[1] != 'w' || m.perms[3] == 's')
}

// parseMapping reads "start-end perms offset dev inode path".
func parseMapping(line string) (mapping, bool) {
	var m mapping
	rest := line
	field := func() string {
		rest = strings.TrimLeft(rest, " ")
		i := strings.IndexByte(rest, ' ')
		if i < 0 {
			f := rest
			rest = ""
			return f
		}
		f := rest[:i]
		rest = rest[i:]
		return f
	}
	span, perms := field(), field()
	field() // offset
	field() // device
	field() // inode
	m.path = strings.TrimSuffix(strings.TrimLeft(rest, " "), " (deleted)")
	lo, hi, ok := strings.Cut(span, "-")
	if !ok || m.path == "" {
		return m, false
	}
	s, err1 := strconv.ParseUint(lo, 16, 64)
	e, err2 := strconv.ParseUint(hi, 16, 64)
	if err1 != nil || err2 != nil || e <= s {
		return m, false
	}
	m.start, m.end, m.perms = uintptr(s), uintptr(e), perms
	return m, true
}
