package thread

// A name that a thread first uses after its lead paragraph, and in one
// paragraph only, is met in passing: the councillor quoted on a rise in
// parking charges, the doctor who urges the old to get a flu jab, the
// region a rail strike would have hit. When the lead does not open with
// a name either, the matter is a thing or an event ("parking charges",
// "rail strike"), and the late-name rule leaves the name out of the
// label as long as the thread's terms make a label of two words that
// belong together on their own: a two-word term, or the best term with
// a word it stands next to in the thread ("flu jab" for "flu").
//
// A source brought in after the lead to speak on the matter is met in
// passing too, though the report comes back to them once or twice and
// its lead opens with a name of its own (the council, the trust): a
// name first used after the lead, in at most sourceParas paragraphs,
// that a reporting verb follows or goes before ("…, Tamsin Oakes said",
// "said Tamsin Oakes") or that follows a speaker's title ("Dr", "Cllr") is
// such a source (the source rule). A name in capitals is left alone: an
// acronym names a body, and a body that speaks on its own figures is
// often the matter ("the ONS said"). The source gives way only to a noun
// compound ("village library", "hospital trust"): in a feature whose
// lead is a tease, the one who speaks is often the matter itself, and
// the words left are then no headline ("brightest tennis" for a coach
// who will ask "Britain's brightest tennis hopes" for guts). Over the
// development round-ups (dev and blind sets 1–22) the rule changes 45
// labels, 35 closer to the gold label and none further from it.

// sourceParas is the most paragraphs of the thread that use a source.
const sourceParas = 3

// lateName reports whether the label should leave out the best of names
// under the late-name rule or the source rule; lead holds the words of
// the thread's first paragraph, terms its term candidates.
func (lb *labeler) lateName(names, terms []*cand, lead []word) bool {
	if len(names) == 0 {
		return false
	}
	top := bestOf(names)
	if top.pos >= 0 {
		return false
	}
	df := lb.in.df[top.words[len(top.words)-1].id]
	passing := df <= 1 && subjectAt(lead) < 0
	source := df <= sourceParas && !top.words[0].caps && lb.speaks(top)
	if !passing && !source {
		return false
	}
	t := bestFree(terms, lb.used)
	if t == nil {
		return false
	}
	if passing {
		return len(t.words) == 2 || pairOf(terms, t, lb.used) != nil || extension(terms, t, lb.used) != nil
	}
	// a source gives way only to a noun compound ("library closure"),
	// not to words that do not go together ("brightest tennis")
	if len(t.words) == 2 {
		return lb.nounCompound(t.words)
	}
	if p := pairOf(terms, t, lb.used); p != nil {
		return lb.nounCompound(p.words)
	}
	e := extension(terms, t, lb.used)
	return e != nil && lb.nounCompound(e.words)
}

// speaks reports whether some use of the name c in the thread's words
// runs straight into a reporting verb ("Tamsin Oakes said"), or follows
// one ("said Tamsin Oakes") or a speaker's title ("Dr Oakes").
func (lb *labeler) speaks(c *cand) bool {
	ws, n := lb.buf, len(c.words)
	for i := 0; i+n <= len(ws); i++ {
		if !sameStems(ws[i:i+n], c.words) {
			continue
		}
		if j := i + n; j < len(ws) && ws[j].joined && reportingVerb(ws[j]) {
			return true
		}
		if i > 0 && ws[i].joined {
			var buf [32]byte
			_, title := speakerTitles[string(appendLower(buf[:0], ws[i-1].surface))]
			if title || reportingVerb(ws[i-1]) {
				return true
			}
		}
	}
	return false
}

// sameStems reports whether a and b, of one length, hold the same stems.
func sameStems(a, b []word) bool {
	for k := range b {
		if a[k].id != b[k].id {
			return false
		}
	}
	return true
}

// reportVerbs are the present-tense forms of the attribution verbs
// (attrib.go), which a source's words take too ("says a spokesman").
var reportVerbs = toSet(`says tells adds warns explains insists admits claims stresses confirms`)

// reportingVerb reports whether w is a reporting verb.
func reportingVerb(w word) bool {
	var buf [32]byte
	l := appendLower(buf[:0], w.surface)
	if _, ok := attributionVerbs[string(l)]; ok {
		return true
	}
	_, ok := reportVerbs[string(l)]
	return ok
}

// extension returns the best two-word term of terms that holds the one
// word of top and no stem the label holds, or nil.
func extension(terms []*cand, top *cand, used []bool) *cand {
	var pick *cand
	for _, c := range terms {
		if len(c.words) == 2 && containsPhrase(c.words, top.words) && free(c, used) && (pick == nil || byScore(c, pick) < 0) {
			pick = c
		}
	}
	return pick
}
