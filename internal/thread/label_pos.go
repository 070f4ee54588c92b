package thread

import (
	_ "embed"
	"strconv"
	"strings"
	"sync"
)

// The story's own evidence of a word's class (a determiner before it,
// "to" or a modal before it: wordclass.go) is thin, for most words are
// used once or twice in a thread. The part-of-speech lexicon adds what
// 200,000 words of tagged news say of each word: "shed" and "seeking"
// are verbs, "lengthy" an adjective, "takeover" and "profit" nouns. It is
// label_pos.txt, counts made from the POS column of
// the CoNLL-2003 English training file (Reuters news, 1996) by
// `go run ./internal/thread/devtool poslex` (devtool/poslex.go); its
// header says how. The file holds counts only, no text of the corpus.

// A topic word the lexicon never tags as a noun, and that the story
// does not use as one (after a determiner, before "of"), is a verb, an
// adjective or an adverb that the story's cues missed ("Pebble Beach
// shed", "Marrow Biotech steep", "Snow Fox hear", "Scotland bright"):
// its nounness is scaled by neverNounWeight.
const neverNounWeight = 0.3

// neverNoun reports whether the lexicon has w and never tags it as a
// noun (the word's lexicon entry, lexNeverNoun, keeps the answer: labels
// ask it of many words of every story).
func neverNoun(w word) bool { return w.lex&lexNeverNoun != 0 }

// lowerNeverNoun is neverNoun of the lower-case word lower.
func lowerNeverNoun(lower string) bool {
	c, ok := posOf(lower)
	return ok && c.noun == 0
}

//go:embed label_pos.txt
var posData string

// posCounts are how often the lexicon tags a word as a noun, a verb, an
// adjective, an adverb, or otherwise.
type posCounts struct{ noun, verb, adj, adv, other int32 }

// total is the number of the word's uses in the lexicon's corpus.
func (c posCounts) total() int32 { return c.noun + c.verb + c.adj + c.adv + c.other }

// mostlyNoun reports whether at least half the uses are as a noun.
func (c posCounts) mostlyNoun() bool { return 2*c.noun >= c.total() }

// posTable is the lexicon, read on first use.
var posTable = sync.OnceValue(func() map[string]posCounts { return parsePOS(posData) })

// posOf returns the lexicon's counts for the lower-case word s, and
// whether the lexicon has it.
func posOf(s string) (posCounts, bool) {
	c, ok := posTable()[s]
	return c, ok
}

// posOfWord is posOf of w's surface in lower case.
func posOfWord(w word) (posCounts, bool) {
	var buf [32]byte
	lower := appendLower(buf[:0], w.surface)
	c, ok := posTable()[string(lower)] // no copy: a map look-up
	return c, ok
}

// parsePOS reads the lines of label_pos.txt: a word, then a count for
// each class it has, after the class's letter ("shed n1 v5"); lines
// opening with "#" are comments.
func parsePOS(data string) map[string]posCounts {
	m := make(map[string]posCounts, strings.Count(data, "\n"))
	for _, line := range strings.Split(data, "\n") {
		f := strings.Fields(line)
		if len(f) < 2 || strings.HasPrefix(f[0], "#") {
			continue
		}
		var c posCounts
		for _, t := range f[1:] {
			n, err := strconv.ParseInt(t[1:], 10, 32)
			if err != nil || n < 0 {
				continue
			}
			switch t[0] {
			case 'n':
				c.noun = int32(n)
			case 'v':
				c.verb = int32(n)
			case 'j':
				c.adj = int32(n)
			case 'r':
				c.adv = int32(n)
			case 'o':
				c.other = int32(n)
			}
		}
		m[f[0]] = c
	}
	return m
}
