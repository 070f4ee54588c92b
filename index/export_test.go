package index

import "strings"

// SpansWhole is Spans without the windows: the whole text analysed, for
// tests that compare the two.
func SpansWhole(h *Highlighter, text string) [][2]int {
	if h.text.empty() || !h.text.mayMatch(strings.ToLower(text)) {
		return nil
	}
	return h.spansIn(text, 0, nil)
}
