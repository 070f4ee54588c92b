package nlp

// scratch holds reusable buffers for decoding one sentence.
type scratch struct {
	feats []uint32
	em    []float32
	dp    []float32
	back  []int32
}

// scores fills the emission scores of sentence s for one stage.
func (m *Model) scores(sc *scratch, s *sentence, d *docContext, st *weights, stage2 bool) []float32 {
	nt := len(m.tags)
	n := len(s.toks)
	sc.em = grow(sc.em, n*nt)
	for i := 0; i < n; i++ {
		sc.feats = m.features(sc.feats[:0], s, d, i, stage2)
		e := sc.em[i*nt : (i+1)*nt]
		clear(e)
		for _, f := range sc.feats {
			r, ok := st.index[f]
			if !ok {
				continue
			}
			row := st.w[int(r)*nt : int(r)*nt+nt]
			for k := range e {
				e[k] += row[k]
			}
		}
	}
	return sc.em
}

func grow[T any](b []T, n int) []T {
	if cap(b) < n {
		return make([]T, n)
	}
	return b[:n]
}

// decodeSentence runs one stage over sentence s and returns its tag path.
func (m *Model) decodeSentence(sc *scratch, s *sentence, d *docContext, stage int, path []int) []int {
	n := len(s.toks)
	if n == 0 {
		return path[:0]
	}
	st := m.stages[stage]
	em := m.scores(sc, s, d, st, stage > 0)
	nt := len(m.tags)
	sc.dp = grow(sc.dp, n*nt)
	sc.back = grow(sc.back, n*nt)
	return m.viterbi(em, n, st.trans, sc.dp, sc.back, path)
}

// prepareDocument prepares the sentences of one document.
func (m *Model) prepareDocument(sents [][]string) ([]sentence, *docContext) {
	prep := make([]sentence, len(sents))
	for i, w := range sents {
		prep[i] = m.prepare(w)
	}
	return prep, newDocContext(prep)
}

// tagPrepared decodes a prepared document through all stages.
func (m *Model) tagPrepared(prep []sentence, d *docContext, stages int) [][]int {
	var sc scratch
	paths := make([][]int, len(prep))
	for i := range prep {
		paths[i] = m.decodeSentence(&sc, &prep[i], d, 0, nil)
	}
	for st := 1; st < stages; st++ {
		m.setVotes(prep, paths)
		for i := range prep {
			paths[i] = m.decodeSentence(&sc, &prep[i], d, st, paths[i])
		}
	}
	return paths
}

// setVotes records, for every capitalised token, the first-pass types of the
// other occurrences of the same word in the document.
func (m *Model) setVotes(prep []sentence, paths [][]int) {
	type vote = [nTypes + 1]uint16
	tokVotes := map[string]vote{}
	spanVotes := map[string]vote{}
	for si, s := range prep {
		path := paths[si]
		for i, t := range s.toks {
			if !t.cap && !s.headline {
				continue
			}
			_, ty := m.tagInfo(path[i])
			v := tokVotes[t.word]
			v[ty]++
			tokVotes[t.word] = v
		}
		for _, sp := range SpansFromIOB(m.decode(path)) {
			if sp.End-sp.Start < 2 {
				continue
			}
			ty := typeIndex(sp.Type)
			for j := sp.Start; j < sp.End; j++ {
				v := spanVotes[s.toks[j].word]
				v[ty]++
				spanVotes[s.toks[j].word] = v
			}
		}
	}
	for si := range prep {
		s := &prep[si]
		path := paths[si]
		s.nonLocal = make([]vote, len(s.toks))
		s.spanVote = make([]vote, len(s.toks))
		for i, t := range s.toks {
			if !t.cap && !s.headline {
				continue
			}
			v := tokVotes[t.word]
			_, ty := m.tagInfo(path[i])
			v[ty]-- // not counting this token itself
			s.nonLocal[i] = v
			s.spanVote[i] = spanVotes[t.word]
		}
	}
}

// TagDocument tags the sentences of one document, each a slice of tokens,
// and returns IOB2 tags per token. Tagging a whole document at once lets the
// model use what it found elsewhere in the document.
func (m *Model) TagDocument(sentences [][]string) [][]string {
	prep, d := m.prepareDocument(sentences)
	paths := m.tagPrepared(prep, d, len(m.stages))
	out := make([][]string, len(paths))
	for i, p := range paths {
		out[i] = m.decode(p)
	}
	return out
}

// Tag tags one sentence of tokens on its own and returns IOB2 tags.
func (m *Model) Tag(tokens []string) []string {
	return m.TagDocument([][]string{tokens})[0]
}
