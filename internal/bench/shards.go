package bench

import (
	"context"
	"fmt"
	"hash/fnv"
	"path/filepath"
	"time"

	"github.com/storyline/storyline/index"
	"github.com/storyline/storyline/internal/archive"
)

// ShardResult compares searching the archive's one index with searching
// the same documents split over shards behind a bleve index alias: the
// index part of a search only (no highlighting), same query mix.
type ShardResult struct {
	Shards          int     `json:"shards"`
	BuildS          float64 `json:"build_s"`
	SingleP50MS     float64 `json:"single_p50_ms"`
	SingleP99MS     float64 `json:"single_p99_ms"`
	ShardedP50MS    float64 `json:"sharded_p50_ms"`
	ShardedP99MS    float64 `json:"sharded_p99_ms"`
	ShardedToSingle float64 `json:"sharded_to_single_p50"`
}

// Shards builds n shard indexes under work from the archive in dir
// (documents spread by a hash of their id, each shard merged as a bulk
// import leaves the archive's index) and times the query mix on both.
func Shards(ctx context.Context, dir, work string, n int) (*ShardResult, error) {
	if n < 2 {
		return nil, fmt.Errorf("--shards must be at least 2")
	}
	a, err := archive.Open(dir, archive.Options{ReadOnly: true})
	if err != nil {
		return nil, err
	}
	defer a.Close()
	res := &ShardResult{Shards: n}
	start := time.Now()
	shards := make([]*index.Index, n)
	for i := range shards {
		if shards[i], err = index.Open(filepath.Join(work, fmt.Sprint("shard-", i)), false); err != nil {
			return nil, err
		}
		defer shards[i].Close()
	}
	pending := make([][]index.Doc, n)
	flush := func(i int) error {
		err := shards[i].Apply(pending[i], nil)
		pending[i] = pending[i][:0]
		return err
	}
	err = a.IndexDocs(func(d index.Doc) error {
		h := fnv.New32a()
		h.Write([]byte(d.ID))
		i := int(h.Sum32() % uint32(n))
		pending[i] = append(pending[i], d)
		if len(pending[i]) >= 1000 {
			return flush(i)
		}
		return ctx.Err()
	})
	if err != nil {
		return nil, err
	}
	for i := range shards {
		if err := flush(i); err != nil {
			return nil, err
		}
		if err := shards[i].Merge(ctx); err != nil {
			return nil, err
		}
	}
	res.BuildS = time.Since(start).Seconds()

	single, err := index.Open(dir, true)
	if err != nil {
		return nil, err
	}
	defer single.Close()
	qs, err := queryMix(ctx, a)
	if err != nil {
		return nil, err
	}
	measure := func(x *index.Index) (float64, float64, error) {
		var lat []float64
		for round := 0; round < 3; round++ {
			for _, q := range qs {
				t0 := time.Now()
				if _, err := x.Search(q, 0, 20); err != nil {
					return 0, 0, fmt.Errorf("query %q: %w", q, err)
				}
				lat = append(lat, ms(time.Since(t0)))
			}
		}
		return pct(lat, 50), pct(lat, 99), nil
	}
	if res.SingleP50MS, res.SingleP99MS, err = measure(single); err != nil {
		return nil, err
	}
	if res.ShardedP50MS, res.ShardedP99MS, err = measure(index.Alias(shards...)); err != nil {
		return nil, err
	}
	if res.SingleP50MS > 0 {
		res.ShardedToSingle = res.ShardedP50MS / res.SingleP50MS
	}
	return res, nil
}
