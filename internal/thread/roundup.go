package thread

// roundupEvidence reports whether a story's openings say it holds several
// matters: two or more market items or sub-heads (one short line may be
// a title or a dateline in text written a sentence to a line: ECB+
// articles so written), digest bullets, round-up cues or (unless
// marksOnly) news leads. Single articles rarely show any
// of these; a short round-up shows them while its size alone would keep
// it whole. Leads also mark runs of whole reports, as BBC mixes are,
// whose reports bring in new people paragraph by paragraph: marksOnly
// leaves them out where that matters (Options.FreshApart).
func roundupEvidence(heads, items []bool, sz sizing, o Options, marksOnly bool) bool {
	if o.Sentences || o.NoCues {
		return false
	}
	count := func(bs []bool) int {
		k := 0
		for _, b := range bs {
			if b {
				k++
			}
		}
		return k
	}
	switch {
	case count(items) >= 2:
		return true
	case len(heads) > 2 && count(heads[:len(heads)-1]) >= 2:
		return true
	case sz.bullets != nil:
		return true
	case sz.runs != nil:
		return true
	case sz.leads != nil:
		return !marksOnly
	}
	return false
}
