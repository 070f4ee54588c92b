//go:build linux && (amd64 || arm64 || ppc64le || riscv64 || s390x || loong64)

package store

// mmapReserve is the address space bbolt maps for the store at open, so
// that it never remaps a file under this size while the archive trims the
// mapping's resident pages (internal/residency). Address space is not
// memory: nothing beyond the file is ever touched. On Linux a shared
// read-only mapping may run past the end of the file.
const mmapReserve = 64 << 30
