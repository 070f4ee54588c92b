package nlp

// sumWords is the row width (two stages of 17 tags, three to a word) that
// sumFast handles.
const sumWords = 12

// sumFast is baseScores' sum for token i when rows are sumWords words and
// the token's rows are too few to overflow a lane: the pre-summed vectors
// of the word (vector own, see ownVec), of its neighbours and of the
// shape features (sv, nil: none) plus the context rows, unpacked into out
// (the stages' scores side by side, nt tags and wps words a stage). It
// reports false, doing nothing, when the token has too many rows.
//
// With to (for bilouTags tags only; nil: none), it also sets the token's
// emission scores there, and then out keeps no first-stage scores.
func sumFast(toks []tok, i, own int, rows []int32, sv *shapeVec, packed []uint64, out []int32, nt, wps int, to *emissions) bool {
	e := toks[i].info
	var vecs [2 + len(nearOffsets)]*[sumWords]uint64
	vecs[0] = (*[sumWords]uint64)(e.vecs[own*sumWords:])
	nv, n := 1, int(e.vecN[own])+len(rows)
	if sv != nil {
		vecs[1] = &sv.v
		nv, n = 2, n+int(sv.n)
	}
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
	var acc [sumWords]uint64
	sumRows(&acc, vecs[:nv], rows, packed, 0)
	sumRows(&acc, vecs[:nv], rows, packed, sumWords/2)
	bias := int32(n * laneBias)
	if nt == bilouTags {
		a0, a1 := (*[sumWords / 2]uint64)(acc[:sumWords/2]), (*[sumWords / 2]uint64)(acc[sumWords/2:])
		o1 := (*[bilouTags]int32)(out[bilouTags : 2*bilouTags])
		if to != nil {
			unpackScaled(a0, to.em0, bias, to.scale)
			unpackNoVotes(a1, o1, to, bias)
			return true
		}
		unpackBILOU(a0, (*[bilouTags]int32)(out[:bilouTags]), bias)
		unpackBILOU(a1, o1, bias)
		return true
	}
	for s := 0; s*wps < len(acc); s++ {
		setLanes(acc[s*wps:(s+1)*wps], out[s*nt:(s+1)*nt], bias)
	}
	return true
}

// bilouTags is the number of tags of the BILOU scheme (see tagSet), whose
// one stage's scores are half a sumWords row.
const bilouTags = 1 + 4*nTypes

// unpackBILOU is setLanes for one stage of bilouTags tags, unrolled: the
// sizes are constants, so there is no loop, bounds check or copy.
func unpackBILOU(a *[sumWords / 2]uint64, o *[bilouTags]int32, bias int32) {
	w := a[0]
	o[0], o[1], o[2] = int32(w&laneMask)-bias, int32(w>>laneBits&laneMask)-bias, int32(w>>(2*laneBits)&laneMask)-bias
	w = a[1]
	o[3], o[4], o[5] = int32(w&laneMask)-bias, int32(w>>laneBits&laneMask)-bias, int32(w>>(2*laneBits)&laneMask)-bias
	w = a[2]
	o[6], o[7], o[8] = int32(w&laneMask)-bias, int32(w>>laneBits&laneMask)-bias, int32(w>>(2*laneBits)&laneMask)-bias
	w = a[3]
	o[9], o[10], o[11] = int32(w&laneMask)-bias, int32(w>>laneBits&laneMask)-bias, int32(w>>(2*laneBits)&laneMask)-bias
	w = a[4]
	o[12], o[13], o[14] = int32(w&laneMask)-bias, int32(w>>laneBits&laneMask)-bias, int32(w>>(2*laneBits)&laneMask)-bias
	w = a[5]
	o[15], o[16] = int32(w&laneMask)-bias, int32(w>>laneBits&laneMask)-bias
}

// lanes returns the three lanes of packed word w, less bias each.
func lanes(w uint64, bias int32) [3]int32 {
	return [3]int32{int32(w&laneMask) - bias, int32(w>>laneBits&laneMask) - bias, int32(w>>(2*laneBits)&laneMask) - bias}
}

// setLanes sets out to the lanes of the packed words acc, less bias each.
func setLanes(acc []uint64, out []int32, bias int32) {
	full := len(out) / 3
	for j, w := range acc[:full] {
		*(*[3]int32)(out[3*j : 3*j+3]) = lanes(w, bias)
	}
	if rest := out[3*full:]; len(rest) > 0 {
		l := lanes(acc[full], bias)
		copy(rest, l[:])
	}
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

// unpackScaled is unpackBILOU followed by scaleScores: the emission scores
// float32(lane - bias) * scale of one BILOU stage.
func unpackScaled(a *[sumWords / 2]uint64, o *[bilouTags]float32, bias int32, scale float32) {
	lane := func(w uint64, k uint) float32 { return float32(int32(w>>(k*laneBits)&laneMask)-bias) * scale }
	w := a[0]
	o[0], o[1], o[2] = lane(w, 0), lane(w, 1), lane(w, 2)
	w = a[1]
	o[3], o[4], o[5] = lane(w, 0), lane(w, 1), lane(w, 2)
	w = a[2]
	o[6], o[7], o[8] = lane(w, 0), lane(w, 1), lane(w, 2)
	w = a[3]
	o[9], o[10], o[11] = lane(w, 0), lane(w, 1), lane(w, 2)
	w = a[4]
	o[12], o[13], o[14] = lane(w, 0), lane(w, 1), lane(w, 2)
	w = a[5]
	o[15], o[16] = lane(w, 0), lane(w, 1)
}

// emissions is where sumFast sets a BILOU token's emission scores (see
// baseScores): the first stage's and, for no votes, the second's.
type emissions struct {
	em0, em1 *[bilouTags]float32
	noVotes  *[bilouTags]int32 // what no votes add at the second stage
	scale    float32
}

// unpackNoVotes is unpackBILOU into o that also sets to.em1 to the
// emission scores float32(o[k] + to.noVotes[k]) * to.scale.
func unpackNoVotes(a *[sumWords / 2]uint64, o *[bilouTags]int32, to *emissions, bias int32) {
	em, nv, scale := to.em1, to.noVotes, to.scale
	set := func(k int, w uint64, lane uint) {
		v := int32(w>>(lane*laneBits)&laneMask) - bias
		o[k], em[k] = v, float32(v+nv[k])*scale
	}
	w := a[0]
	set(0, w, 0)
	set(1, w, 1)
	set(2, w, 2)
	w = a[1]
	set(3, w, 0)
	set(4, w, 1)
	set(5, w, 2)
	w = a[2]
	set(6, w, 0)
	set(7, w, 1)
	set(8, w, 2)
	w = a[3]
	set(9, w, 0)
	set(10, w, 1)
	set(11, w, 2)
	w = a[4]
	set(12, w, 0)
	set(13, w, 1)
	set(14, w, 2)
	w = a[5]
	set(15, w, 0)
	set(16, w, 1)
}
