package archive

import (
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/link"
)

// minRoundupThreads is the fewest threads of a story whose title is taken
// to be about some of them only. A story split in two is as often one
// matter split too finely, whose parts the title holds together.
const minRoundupThreads = 3

// otherMatters marks the threads of docs (one story's threads) that use
// none of the title's words while another uses two or more: the title is
// not about them.
func otherMatters(title string, docs []link.ThreadDoc) {
	words := titleWords(title)
	counts := make([]int, len(docs))
	most := 0
	found := make([]bool, len(words))
	for i, d := range docs {
		clear(found)
		eachWordKey(d.Text, func(key []byte) {
			for j, w := range words {
				if !found[j] && string(key) == w {
					found[j] = true
					counts[i]++
				}
			}
		})
		most = max(most, counts[i])
	}
	for i := range docs {
		docs[i].OtherMatter = most >= 2 && counts[i] == 0
	}
}

// titleWords returns the keys of the title's content words, each once.
func titleWords(title string) []string {
	seen := map[string]bool{}
	var out []string
	for _, w := range wordKeys(title) {
		if !seen[w] && !titleStop[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}

// titleStop holds the keys of frequent words of four letters or more
// that say nothing of a matter.
var titleStop = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range wordKeys(`after with from that this have will over into about their they been were when what more than says said could would should there where which while year years week today back down just also only still being much many some most`) {
		m[w] = true
	}
	return m
}()

// eachWordKey calls fn with each of wordKeys(text), in order, without
// allocating: key holds the key's bytes only until fn returns. A thread's
// text is read for a few title words, so its keys need not be kept.
func eachWordKey(text string, fn func(key []byte)) {
	var buf [5 * utf8.UTFMax]byte
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) {
			i += size
			continue
		}
		// A word: letters up to the next rune that is not one; its key
		// is its first five letters, lower-cased, when it has four or
		// more.
		key, letters := buf[:0], 0
		for i < len(text) {
			r, size = utf8.DecodeRuneInString(text[i:])
			if !unicode.IsLetter(r) {
				break
			}
			if letters < 5 {
				key = utf8.AppendRune(key, unicode.ToLower(r))
			}
			letters++
			i += size
		}
		if letters >= 4 {
			fn(key)
		}
	}
}

// wordKeys splits text into words of four letters or more, lower-cased
// and cut to their first five letters, a rough stem that lets "fares"
// match "fare" and "profits" match "profit".
func wordKeys(text string) []string {
	var out []string
	eachWordKey(text, func(key []byte) { out = append(out, string(key)) })
	return out
}
