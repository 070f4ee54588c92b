// Package link connects threads across stories: for each thread the related
// threads of other stories (with reasons), and storylines (arcs) that
// cluster threads about one matter over days of coverage. Linking is
// incremental: a new story joins existing arcs without recomputing the
// archive, and a full relink gives the same result.
package link
