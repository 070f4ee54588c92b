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

// freshShare is the least share of a story's units that must open with
// a new subject for manyFresh. A single article brings in new people
// too, but seldom in more than one paragraph of three (BBC developer
// articles: 10 of 1779 have four or more such paragraphs and that share).
const freshShare = 0.35

// manyFresh reports whether at least k of the units, and freshShare of
// them, open with a new subject (fresh from freshOpenings).
func manyFresh(fresh []bool, k int) bool {
	c := 0
	for _, f := range fresh {
		if f {
			c++
		}
	}
	return c >= k && float64(c) >= freshShare*float64(len(fresh))
}
