// Package handoff lets a writer of an archive (an import, a reindex) and
// its readers (open browsers) take turns.
//
// bbolt and bleve lock their files: a reader holds a shared lock for as
// long as the archive is open, and a writer needs an exclusive one. So
// that an import does not have to wait for the user to close every
// browser, the writer leaves a request in the archive directory (Ask); a
// browser's Reader sees it, closes the archive, says so, and opens it
// again (new stories and all) once the request is gone and the writer
// has let go.
package handoff
