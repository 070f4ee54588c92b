package link

// lexMemo is a small two-way set-associative cache of words in front of
// the shared wordLexicon and of the story's own table of words, one per
// featurizer. A hit reads one set: it takes no hashing of the shared
// table, which, far larger than the processor's caches, costs several
// memory reads, and no look-up in the story's map. News words repeat
// enough ("the", "said", "government") that most look-ups hit.
//
// A slot also holds the word's entry in the current story's infos when
// the story has met it (gen is the story's): a word met in the story and
// then put out of its slot goes to the story's map (featurizer.words),
// where a later miss finds it again, so a story never has two entries
// for one word.
type lexMemo struct {
	slots [lexMemoSlots]lexSlot // set k is slots[2k:2k+2], the recent first
}

const lexMemoSlots = 1 << 13

// lexSlot holds a word of up to len(w) bytes; longer words are not kept.
type lexSlot struct {
	n    uint8    // the word's length, 0: empty
	w    [15]byte // the word
	gen  uint32   // the featurizer's story that info belongs to
	info int32    // the word's entry in infos, for story gen
	e    wordLex
}

// FNV-1a over the bytes of a word, for lexMemo slots.
const (
	memoOffset uint32 = 2166136261
	memoPrime  uint32 = 16777619
)

// info returns the entry of a lower-case word, adding it.
func (fz *featurizer) info(w string) *wordInfo {
	if len(w) > len(lexSlot{}.w) || len(w) == 0 {
		return fz.mapInfo(w)
	}
	h := memoOffset
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(w[i])) * memoPrime
	}
	set := (*[2]lexSlot)(fz.lex.slots[h&(lexMemoSlots-2):])
	if s := &set[1]; int(s.n) == len(w) && string(s.w[:s.n]) == w {
		set[0], set[1] = set[1], set[0]
	} else if s := &set[0]; int(s.n) != len(w) || string(s.w[:s.n]) != w {
		// a miss: the word goes in the set's first slot
		if out := &set[1]; out.n > 0 && out.gen == fz.gen {
			fz.words[string(out.w[:out.n])] = out.info // met in this story
		}
		set[1] = set[0]
		s.n = uint8(copy(s.w[:], w))
		s.e = wordLexicon.Get(w)
		s.gen = 0
		if k, ok := fz.words[w]; ok {
			s.gen, s.info = fz.gen, k
		}
	}
	s := &set[0]
	if s.gen != fz.gen {
		s.gen, s.info = fz.gen, fz.addInfo(s.e)
	}
	return &fz.infos[s.info]
}

// mapInfo is info for a word no slot holds: its entry by the story's map.
func (fz *featurizer) mapInfo(w string) *wordInfo {
	if k, ok := fz.words[w]; ok {
		return &fz.infos[k]
	}
	k := fz.addInfo(wordLexicon.Get(w))
	fz.words[w] = k
	return &fz.infos[k]
}

// addInfo adds the story's entry of a word whose wordLex is e.
func (fz *featurizer) addInfo(e wordLex) int32 {
	fz.infos = append(fz.infos, wordInfo{stem: e.stem, term: -1, stop: e.stop, common: e.common})
	return int32(len(fz.infos) - 1)
}

// nextStory starts a story: the slots' entries in infos are of the last.
func (fz *featurizer) nextStory() {
	fz.gen++
	if fz.gen == 0 { // wrapped: no slot may claim the new story
		for i := range fz.lex.slots {
			fz.lex.slots[i].gen = 0
		}
		fz.gen = 1
	}
}
