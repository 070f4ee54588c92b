package thread

import "math"

// entry is one weighted dimension of a sparse vector.
type entry struct {
	id int32
	w  float64
}

// vec is a sparse vector sorted by id.
type vec []entry

// dot returns the inner product of two sorted sparse vectors.
func dot(a, b vec) float64 {
	var s float64
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i].id == b[j].id:
			s += a[i].w * b[j].w
			i++
			j++
		case a[i].id < b[j].id:
			i++
		default:
			j++
		}
	}
	return s
}

// normalize scales v to unit length in place (a zero vector stays zero).
func normalize(v vec) {
	var n float64
	for _, e := range v {
		n += e.w * e.w
	}
	if n == 0 {
		return
	}
	n = math.Sqrt(n)
	for i := range v {
		v[i].w /= n
	}
}

// summer adds sparse vectors in two buffers that it reuses, and keeps
// the centroids it returns in chunks of its own. A summer can be reset
// and used again: its chunks are then refilled in order, so a recycled
// summer (see segWork) allocates only when a story needs more room than
// the ones before.
type summer struct {
	x, y   vec
	chunks []vec // centroid storage; chunks[cur] is being filled
	cur    int
}

// centroid returns the normalised sum of the member vectors, added in
// member order (a single member is returned as it is).
func (s *summer) centroid(vs []vec, members []int) vec {
	switch len(members) {
	case 0:
		return nil
	case 1:
		return vs[members[0]] // already normalised
	}
	room := 0
	for _, m := range members {
		room += len(vs[m])
	}
	if cap(s.x) < room {
		s.x, s.y = make(vec, 0, 2*room), make(vec, 0, 2*room)
	}
	s.x = append(s.x[:0], vs[members[0]]...)
	for _, m := range members[1:] {
		s.y = mergeAdd(s.y[:0], s.x, vs[m])
		s.x, s.y = s.y, s.x
	}
	c := s.keep(s.x)
	normalize(c)
	return c
}

// keep returns a copy of v in the summer's chunks, valid until reset.
func (s *summer) keep(v vec) vec {
	for {
		if s.cur == len(s.chunks) {
			s.chunks = append(s.chunks, make(vec, 0, max(512, 2*len(v))))
		}
		c := s.chunks[s.cur]
		if cap(c)-len(c) >= len(v) {
			start := len(c)
			c = append(c, v...)
			s.chunks[s.cur] = c
			return c[start:len(c):len(c)]
		}
		if len(c) == 0 { // a recycled chunk too small even when empty
			s.chunks[s.cur] = make(vec, 0, max(512, 2*len(v)))
			continue
		}
		s.cur++
	}
}

// reset makes the summer's storage free for new centroids: those it
// returned before must no longer be used.
func (s *summer) reset() {
	for i := range s.chunks {
		s.chunks[i] = s.chunks[i][:0]
	}
	s.cur = 0
}

// room returns the entries the summer holds storage for.
func (s *summer) room() int {
	n := cap(s.x) + cap(s.y)
	for _, c := range s.chunks {
		n += cap(c)
	}
	return n
}

// mergeAdd appends the sum of the sorted sparse vectors a and b to out.
func mergeAdd(out, a, b vec) vec {
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i].id == b[j].id:
			out = append(out, entry{a[i].id, a[i].w + b[j].w})
			i++
			j++
		case a[i].id < b[j].id:
			out = append(out, a[i])
			i++
		default:
			out = append(out, b[j])
			j++
		}
	}
	out = append(out, a[i:]...)
	return append(out, b[j:]...)
}

// tfWeight returns 1 + ln k, the weight of a term used k times in a unit.
func tfWeight(k int32) float64 { return 1 + logOf(int(k)) }

// logPlus1 returns ln(1 + k).
func logPlus1(k int32) float64 { return logOf(int(k) + 1) }

// logOf returns ln k, from a table for the small counts of most terms.
func logOf(k int) float64 {
	if k >= 0 && k < len(logTable) {
		return logTable[k]
	}
	return math.Log(float64(k))
}

// logTable holds ln k for small k.
var logTable = func() (t [64]float64) {
	for k := range t {
		t[k] = math.Log(float64(k))
	}
	return t
}()

// idfTable gives the inverse document frequency of a stem: from the
// archive (Stats) when it has documents, else from the story's own units.
// It keeps each stem's value for the call.
type idfTable struct {
	n     float64 // documents: Stats.N, or the story's units
	stats Stats   // nil: use df
	df    []int32 // the story's unit frequencies by stem id
	cache []float64
	capDF int     // capAt's last df+1 (0: none yet)
	capV  float64 // and its value
}

// newIDF returns the table for a story of docs units whose document
// frequencies by stem id are df.
func newIDF(stats Stats, docs int, df []int32) *idfTable {
	t := new(idfTable)
	t.init(stats, docs, df, nil)
	return t
}

// init sets t up as newIDF does, keeping its values in cache's storage.
func (t *idfTable) init(stats Stats, docs int, df []int32, cache []float64) {
	*t = idfTable{n: float64(docs), df: df, cache: resize(cache, len(df))}
	if stats != nil && stats.N() > 0 {
		t.stats, t.n = stats, float64(stats.N())
	}
	for i := range t.cache {
		t.cache[i] = -1
	}
}

// docFreq returns the document frequency of the stem stem (id in the
// story's stems): the archive's, or the story's units' without one.
func (t *idfTable) docFreq(id int32, stem string) int {
	if t.stats != nil {
		return t.stats.DF(stem)
	}
	return int(t.df[id])
}

// of returns the idf of stem, whose id is id.
func (t *idfTable) of(id int32, stem string) float64 {
	if v := t.cache[id]; v >= 0 {
		return v
	}
	var df int
	if t.stats != nil {
		df = t.stats.DF(stem)
	} else {
		df = int(t.df[id])
	}
	v := math.Log(1 + t.n/float64(max(df, 1)))
	t.cache[id] = v
	return v
}
