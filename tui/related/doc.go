// Package related is the related-threads pane: a strip under the reader
// listing the current thread's related threads in other stories, the full
// related list (r), and the storyline timeline of the thread's arc (s),
// which also drives ] and [ (next and previous story of the storyline).
package related
