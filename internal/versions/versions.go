package versions

import (
	"encoding/binary"
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/article"
)

// K is how many shingle hashes a sketch keeps. With 32 the estimate of a
// similarity near 0.5 is off by about 0.09 (one standard deviation).
const K = 32

// Sketch is a text's K smallest distinct shingle hashes, ascending, as
// little-endian uint32s (4·K bytes or fewer for short texts). A nil
// sketch is a text with no words.
type Sketch []byte

// Thresholds of Same: two texts with this share of their shingles in
// common are versions of one report whatever their titles; with equal
// titles a smaller share is enough (a story rewritten under its headline).
const (
	SameText  = 0.6
	SameTitle = 0.3
)

// Of returns the sketch of a text given as its paragraphs. Words are runs
// of letters and digits, compared in lower case; shingles run across
// paragraph ends. A text of one or two words is sketched by its words.
func Of(paragraphs []string) Sketch {
	// About one word in six bytes of news text: room for most texts'
	// words at once.
	size := 0
	for _, p := range paragraphs {
		size += len(p)
	}
	words := make([]uint32, 0, size/5+1)
	for _, p := range paragraphs {
		words = appendWordHashes(words, p)
	}
	if len(words) == 0 {
		return nil
	}
	n := min(3, len(words))
	hs := make([]uint32, 0, len(words))
	for i := 0; i+n <= len(words); i++ {
		hs = append(hs, shingleHash(words[i:i+n]))
	}
	hs = smallest(hs)
	out := make(Sketch, 4*len(hs))
	for i, h := range hs {
		binary.LittleEndian.PutUint32(out[4*i:], h)
	}
	return out
}

// smallest returns the K smallest distinct values of hs, ascending,
// reordering hs. Hashes are uniform, so about 4·K of them fall under
// 4·K/len(hs) of the range: only those are sorted, unless fewer than K
// distinct ones do.
func smallest(hs []uint32) []uint32 {
	if len(hs) > 8*K {
		limit := uint32((uint64(4*K) << 32) / uint64(len(hs)))
		under := make([]uint32, 0, 8*K)
		for _, h := range hs {
			if h < limit {
				under = append(under, h)
			}
		}
		slices.Sort(under)
		if under = slices.Compact(under); len(under) >= K {
			return under[:K]
		}
	}
	slices.Sort(hs)
	hs = slices.Compact(hs)
	return hs[:min(K, len(hs))]
}

// OfArticle returns the sketch of an article's reading text: its
// paragraphs that are not page furniture.
func OfArticle(a *article.Article) Sketch {
	texts := make([]string, 0, len(a.Paragraphs))
	for _, p := range a.Paragraphs {
		if !p.Boilerplate {
			texts = append(texts, p.Text)
		}
	}
	return Of(texts)
}

// FNV-1a, 32 bits.
const (
	fnvOffset = 2166136261
	fnvPrime  = 16777619
)

// appendWordHashes appends the hash of each word of s (FNV-1a of its
// lower-cased UTF-8) to hs. Hashes are stable across runs and machines,
// as sketches are stored.
func appendWordHashes(hs []uint32, s string) []uint32 {
	h, in := uint32(fnvOffset), false
	var buf [utf8.UTFMax]byte
	for i := 0; i < len(s); {
		c := s[i]
		var r rune
		size := 1
		if c < utf8.RuneSelf {
			r = rune(c)
		} else {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		i += size
		switch {
		case 'a' <= r && r <= 'z' || '0' <= r && r <= '9':
		case 'A' <= r && r <= 'Z':
			r += 'a' - 'A'
		case r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			r = unicode.ToLower(r)
		default:
			if in {
				hs = append(hs, h)
				h, in = fnvOffset, false
			}
			continue
		}
		in = true
		if r < utf8.RuneSelf {
			h = (h ^ uint32(r)) * fnvPrime
			continue
		}
		for _, b := range buf[:utf8.EncodeRune(buf[:], r)] {
			h = (h ^ uint32(b)) * fnvPrime
		}
	}
	if in {
		hs = append(hs, h)
	}
	return hs
}

// shingleHash mixes the hashes of a shingle's words (splitmix64's
// finaliser), so that shingles of the same words in another order differ.
func shingleHash(words []uint32) uint32 {
	x := mixWords(words)
	x ^= x >> 29
	x *= 0x94d049bb133111eb
	x ^= x >> 32
	return uint32(x)
}

// mixWords folds word hashes into 64 bits in their order.
func mixWords(words []uint32) uint64 {
	x := uint64(0x9e3779b97f4a7c15)
	for _, w := range words {
		x = (x ^ uint64(w)) * 0xbf58476d1ce4e5b9
		x ^= x >> 31
	}
	return x
}

func (s Sketch) len() int        { return len(s) / 4 }
func (s Sketch) at(i int) uint32 { return binary.LittleEndian.Uint32(s[4*i:]) }

// Similarity estimates the Jaccard similarity of the two texts' shingle
// sets: of the K smallest hashes of the union, the share both sketches
// hold. It is exact when both texts have at most K distinct shingles.
// Either sketch empty gives 0.
func Similarity(a, b Sketch) float64 {
	na, nb := a.len(), b.len()
	if na == 0 || nb == 0 {
		return 0
	}
	// A sketch shorter than K holds its text's whole set, so walking on
	// past its end is still the union's smallest K.
	i, j, union, both := 0, 0, 0, 0
	for union < K && (i < na || j < nb) {
		switch {
		case j == nb || (i < na && a.at(i) < b.at(j)):
			i++
		case i == na || b.at(j) < a.at(i):
			j++
		default:
			i, j = i+1, j+1
			both++
		}
		union++
	}
	return float64(both) / float64(union)
}

// Same reports whether two stories, by title and sketch, are versions of
// one report.
func Same(titleA string, a Sketch, titleB string, b Sketch) bool {
	same, ifTitles := ByText(a, b)
	return same || ifTitles && sameTitle(titleA, titleB)
}

// ByText tells from two sketches alone whether their texts are versions
// of one report (same), or are only when their titles are the same
// (ifTitles): Same's thresholds, for a caller that reads a title only
// when it decides.
func ByText(a, b Sketch) (same, ifTitles bool) {
	s := Similarity(a, b)
	return s >= SameText, s >= SameTitle && s < SameText
}

// sameTitle compares titles by their words, ignoring case and
// punctuation. Empty titles are never the same.
func sameTitle(a, b string) bool {
	wa, wb := appendWordHashes(nil, a), appendWordHashes(nil, b)
	return len(wa) > 0 && slices.Equal(wa, wb)
}

// TitleKey returns a 64-bit key of a title's words, ignoring case and
// punctuation as Same does, or 0 for a title with no words: titles Same
// counts as the same have one key.
func TitleKey(title string) uint64 {
	ws := appendWordHashes(nil, title)
	if len(ws) == 0 {
		return 0
	}
	return max(mixWords(ws), 1)
}

// SameTitleKeys is Same's test of titles for titles given by their
// TitleKey: equal, and not empty.
func SameTitleKeys(a, b uint64) bool { return a != 0 && a == b }
