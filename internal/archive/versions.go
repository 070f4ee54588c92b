package archive

import (
	"encoding/binary"

	"github.com/storyline/storyline/internal/article"
	"github.com/storyline/storyline/internal/store"
	"github.com/storyline/storyline/internal/versions"
)

// sketchOf returns the versions sketch of an article's reading text.
func sketchOf(a *article.Article) versions.Sketch {
	texts := make([]string, 0, len(a.Paragraphs))
	for _, p := range a.Paragraphs {
		if !p.Boilerplate {
			texts = append(texts, p.Text)
		}
	}
	return versions.Of(texts)
}

// recordSketch returns a stored story's sketch, computing it for a story
// stored before sketches were.
func recordSketch(r *store.Record) versions.Sketch {
	if r.Sketch != nil {
		return r.Sketch
	}
	return sketchOf(&r.Article)
}

// foldVersions marks each hit that is a version of a hit ranked above it
// (versions.Same): the later hit gets VersionOf, the kept one lists it in
// Versions. sketches[i] is hits[i]'s. Only hits that share a shingle hash
// with a kept hit are compared, so long result lists fold in linear time.
func foldVersions(hits []SearchHit, sketches []versions.Sketch) {
	holders := map[uint32][]int{} // shingle hash -> kept hits whose sketch has it
	for i := range hits {
		sk := sketches[i]
		seen := map[int]bool{}
		folded := false
		for off := 0; off+4 <= len(sk) && !folded; off += 4 {
			for _, k := range holders[binary.LittleEndian.Uint32(sk[off:])] {
				if seen[k] {
					continue
				}
				seen[k] = true
				if versions.Same(hits[k].Title, sketches[k], hits[i].Title, sk) {
					hits[i].VersionOf = hits[k].ID
					hits[k].Versions = append(hits[k].Versions, hits[i].ID)
					folded = true
					break
				}
			}
		}
		if folded {
			continue
		}
		for off := 0; off+4 <= len(sk); off += 4 {
			h := binary.LittleEndian.Uint32(sk[off:])
			holders[h] = append(holders[h], i)
		}
	}
}
