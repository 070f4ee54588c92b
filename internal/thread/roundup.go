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
	case len(heads) > 2 && itemHeads(heads, count) >= 2:
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

// titleBlock is how many units open a story with its title, a
// standfirst and a dateline, as text written a sentence to a line does
// (ECB+ articles: "British climber dies in New Zealand fall", a
// standfirst, "Monday 16 September 2013 03. 31 BST").
const titleBlock = 3

// itemHeads counts the sub-heads that may mark a column's items: all but
// a last line, those of the title block counting once.
func itemHeads(heads []bool, count func([]bool) int) int {
	k := min(titleBlock, len(heads)-1)
	return min(1, count(heads[:k])) + count(heads[k:len(heads)-1])
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
