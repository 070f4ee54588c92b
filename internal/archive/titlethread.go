package archive

import (
	"strings"
	"unicode"

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
	for i, d := range docs {
		have := map[string]bool{}
		for _, w := range wordKeys(d.Text) {
			have[w] = true
		}
		for _, w := range words {
			if have[w] {
				counts[i]++
			}
		}
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

// wordKeys splits text into words of four letters or more, lower-cased
// and cut to their first five letters, a rough stem that lets "fares"
// match "fare" and "profits" match "profit".
func wordKeys(text string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if len([]rune(f)) < 4 {
			continue
		}
		r := []rune(strings.ToLower(f))
		if len(r) > 5 {
			r = r[:5]
		}
		out = append(out, string(r))
	}
	return out
}
