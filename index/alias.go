package index

import "github.com/blevesearch/bleve/v2"

// Alias returns an index that searches all of xs as one (a bleve index
// alias: each query fans out to every shard and the hits are merged). It
// is read-only; closing it leaves the shards open.
func Alias(xs ...*Index) *Index {
	bs := make([]bleve.Index, len(xs))
	for i, x := range xs {
		bs[i] = x.b
	}
	return &Index{b: bleve.NewIndexAlias(bs...), readOnly: true}
}
