package nlp

// sumWords is the row width (two stages of 17 tags, three to a word) that
// sumFast handles.
const sumWords = 12

// sumFast is baseScores' sum for token i when rows are sumWords words and
// the token's rows are too few to overflow a lane: the pre-summed vectors
// of the word and its neighbours plus the context rows. ps must be empty;
// it reports false, doing nothing, when the token has too many rows.
func sumFast(ps *packedSum, toks []tok, i int, rows []int32, packed []uint64) bool {
	e := toks[i].info
	var vecs [1 + len(nearOffsets)]*[sumWords]uint64
	vecs[0] = (*[sumWords]uint64)(e.vecs)
	nv, n := 1, int(e.vecN[vecOwn])+len(rows)
	for _, off := range nearOffsets {
		j := i + off
		if j < 0 || j >= len(toks) {
			continue
		}
		e, v := toks[j].info, vecAt[off+2]
		n += int(e.vecN[v])
		vecs[nv] = (*[sumWords]uint64)(e.vecs[v*sumWords:])
		nv++
	}
	if n >= maxPacked {
		return false
	}
	acc := (*[sumWords]uint64)(ps.acc)
	sumRows(acc, vecs[:nv], rows, packed, 0)
	sumRows(acc, vecs[:nv], rows, packed, sumWords/2)
	ps.count = n
	return true
}

// nearVec returns what the word at nearOffsets[k] from token i adds to
// it, a packed sum of w words, and its row count (nil: no such token).
func nearVec(toks []tok, i, k, w int) ([]uint64, int) {
	off := nearOffsets[k]
	j := i + off
	if j < 0 || j >= len(toks) {
		return nil, 0
	}
	return toks[j].info.vec(vecAt[off+2], w)
}

// sumRows adds words h to h+5 of the vectors vecs and of the given rows
// to acc. Six running sums in local variables stay in registers, where a
// loop over acc would load and store it for every row.
func sumRows(acc *[sumWords]uint64, vecs []*[sumWords]uint64, rows []int32, packed []uint64, h int) {
	a := (*[6]uint64)(acc[h : h+6])
	a0, a1, a2, a3, a4, a5 := a[0], a[1], a[2], a[3], a[4], a[5]
	for _, v := range vecs {
		s := (*[6]uint64)(v[h : h+6])
		a0, a1, a2 = a0+s[0], a1+s[1], a2+s[2]
		a3, a4, a5 = a3+s[3], a4+s[4], a5+s[5]
	}
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
