package nlp

// sumWords is the row width (two stages of 17 tags, three to a word) that
// sumFast handles.
const sumWords = 12

// sumFast is baseScores' sum for token i when rows are sumWords words and
// the token's rows are too few to overflow a lane: the pre-summed vectors
// of the word and its next-door neighbours plus the context rows. ps must
// be empty; it reports false, doing nothing, when the token has too many
// rows.
func sumFast(ps *packedSum, toks []tok, i int, rows []int32, packed []uint64) bool {
	own, n := toks[i].info.vec(vecOwn, sumWords)
	var prev, next []uint64
	if i > 0 {
		v, cnt := toks[i-1].info.vec(vecPrev, sumWords)
		prev, n = v, n+cnt
	}
	if i+1 < len(toks) {
		v, cnt := toks[i+1].info.vec(vecNext, sumWords)
		next, n = v, n+cnt
	}
	n += len(rows)
	if n >= maxPacked {
		return false
	}
	acc := (*[sumWords]uint64)(ps.acc)
	*acc = *(*[sumWords]uint64)(own)
	for _, v := range [2][]uint64{prev, next} {
		if v != nil {
			v := (*[sumWords]uint64)(v)
			for j := range acc {
				acc[j] += v[j]
			}
		}
	}
	sumRows(acc, rows, packed, 0)
	sumRows(acc, rows, packed, sumWords/2)
	ps.count = n
	return true
}

// sumRows adds words h to h+5 of the given rows to acc. Six running sums
// in local variables stay in registers, where a loop over acc would load
// and store it for every row.
func sumRows(acc *[sumWords]uint64, rows []int32, packed []uint64, h int) {
	a := (*[6]uint64)(acc[h : h+6])
	a0, a1, a2, a3, a4, a5 := a[0], a[1], a[2], a[3], a[4], a[5]
	for _, r := range rows {
		at := int(r)*sumWords + h
		s := (*[6]uint64)(packed[at : at+6])
		a0 += s[0]
		a1 += s[1]
		a2 += s[2]
		a3 += s[3]
		a4 += s[4]
		a5 += s[5]
	}
	a[0], a[1], a[2], a[3], a[4], a[5] = a0, a1, a2, a3, a4, a5
}
