// Package related ranks the threads of other stories against one thread
// from their stored link features alone, so a reader can follow a matter
// without the archive's whole linker in memory: the archive finds the
// candidates (the thread's storyline and a "more like this" search) and
// this package scores them and says why each is related.
package related
