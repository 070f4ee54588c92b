// Package residency keeps the resident set of a process that reads its
// archive through mmap within a budget.
//
// bbolt and bleve read their files through read-only shared mappings.
// Every page a query touches, and the pages the kernel maps around it,
// stay in the process's page tables until the mapping is closed, so a
// long browsing session or the index merge at the end of an import shows
// the whole archive as resident memory although the pages are clean page
// cache the kernel may drop at any time. Trim takes the archive's pages
// out of the process's page tables (madvise MADV_DONTNEED): the kernel's
// page cache keeps them, and the next read maps them again without disk
// I/O while they are cached. Keep does that whenever the mapped part of
// the resident set passes a budget.
//
// Only read-only or shared mappings of the files the caller names are
// touched, and the caller keeps those files mapped meanwhile (an index
// snapshot holds its segments, the store does not remap its file): for
// such mappings, dropping the page-table entries never loses data. On
// systems other than Linux Trim is a no-op.
package residency
