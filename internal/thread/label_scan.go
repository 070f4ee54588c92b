package thread

import "iter"

// The lead rules (movement, movement noun, walkout, cut, fate)
// each look for their verb or noun among the lower-case words of the
// lead's first sentence. leadScan is that scan, shared.

// leadScan yields the index of each lower-case word of the first
// sentence of lead among its first n words, past the first word (no rule's
// verb opens the lead); with joined, only words that no punctuation
// parts from the word before them.
func leadScan(lead []word, n int, joined bool) iter.Seq[int] {
	return func(yield func(int) bool) {
		n = min(len(lead), n)
		for i := 1; i < n; i++ {
			w := lead[i]
			if w.opensSentence() {
				return // the lead's first sentence ends
			}
			if w.upper || joined && !w.joined {
				continue
			}
			if !yield(i) {
				return
			}
		}
	}
}
