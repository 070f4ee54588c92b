package thread

import "strings"

// Talks and deals fail by collapsing: "Budget talks in the state
// assembly collapsed on Friday night after members walked out", "A
// cross-party deal to fund the ferry service has collapsed". A
// sub-editor writes "budget talks collapse", "ferry deal collapse"; the
// label took the setting ("assembly members session"). The collapse
// rule finds, as the main verb of the lead's first sentence ("after
// talks broke down" is the cause of something else), a collapse
// ("collapsed", "broke down", "fell through") whose subject holds a word
// of negotiation, and labels the label's short name when the lead puts
// it before the verb, the word before the negotiation's noun when it is
// a modifier ("budget talks"), the noun and "collapse".

// collapseHeads are the negotiations that collapse.
var collapseHeads = toSet(`talks negotiations deal merger agreement coalition`)

// collapseClause before a collapse make it a cause or a time, not the
// news.
var collapseClause = toSet(`after when as because since while until before amid following`)

// collapseWords is the most words from the sentence's start to the
// collapse.
const collapseWords = 20

// leadCollapse returns the label words of the collapse rule for lead
// after the label's name words name, or nil.
func leadCollapse(lead []word, name []string) []string {
	head := -1
	for v := 0; v < len(lead) && v <= collapseWords; v++ {
		if v > 0 && lead[v].opensSentence() {
			return nil
		}
		w := lead[v]
		if wordIn(collapseClause, w) {
			return nil
		}
		if head < 0 && wordIn(collapseHeads, w) && !w.name {
			head = v
		}
		l := strings.ToLower(w.surface)
		next := ""
		if v+1 < len(lead) && lead[v+1].joined {
			next = strings.ToLower(lead[v+1].surface)
		}
		if !(l == "collapsed" || l == "broke" && next == "down" || l == "fell" && next == "through") || head < 0 || w.upper {
			continue
		}
		out := []string{}
		if len(name) > 0 && len(name) <= 2 {
			for _, x := range lead[:v] {
				if strings.EqualFold(x.surface, name[len(name)-1]) {
					out = append(out, name...)
					break
				}
			}
		}
		if h := lead[head]; head > 0 && h.joined && !lead[head-1].stop && !lead[head-1].name && !lead[head-1].upper {
			out = append(out, strings.ToLower(lead[head-1].surface)) // "budget talks"
		} else if head > 0 && h.joined && lead[head-1].upper && !lead[head-1].name && !lead[head-1].stop {
			out = append(out, strings.ToLower(lead[head-1].surface)) // "Budget talks" opening the lead
		}
		return append(out, strings.ToLower(lead[head].surface), "collapse")
	}
	return nil
}
