//go:build !(linux && (amd64 || arm64 || ppc64le || riscv64 || s390x || loong64))

package store

// mmapReserve is 0 here: bbolt maps the file's own size (on Windows a
// larger mapping would grow the file) and the archive does not trim the
// mapping (residency.Trim only works on Linux), so Pin names no file.
const mmapReserve = 0
