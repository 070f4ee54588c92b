package thread

import "strings"

// A news round-up often tells one matter in two parts with another
// matter between them: A A B B A. The clustering joins the two parts of
// A by their words, and then the matter between, which touches the
// joined cluster on both sides, is carried into it by the sequential
// bonus although it shares hardly a word with it. Among the gold
// round-ups (dev and blind sets 1-17), of the resumed matters whose
// interruption the gap model did mark off, the interruption was fused
// with them that way more often than any other error was made.
//
// So a cluster of two or more units and IslandWords or more words that
// lies within the span of another, opens at a bare gap (bare.go: its
// first unit shares no content word with the unit before and opens with
// nothing that carries on from it) and whose centroid cosine with the
// other is under Options.Island gets no sequential bonus with it: it is
// a matter told between the parts of another, and only its words may
// join them. A unit that is mostly names (a team's line-up, a cast, a
// roll of results) tells no matter of its own, and does not open one. An aside of one matter (a quotation, a speaker, a detail)
// opens by carrying on, or shares its words. The rule keeps to stories
// whose paragraphs are told in several sentences (IslandMulti of them or
// more): in text written a sentence per line, an aside of a few lines
// opens bare as often as a new matter does.

// The same holds where the matters are told one after another, in a
// round-up that is not set out as items (setOut: no cues, market items,
// leads, bullets or sub-heads mark them, so the bare-gap rule is off): B
// is carried into the A before it by the sequential bonus alone. Among
// the gold round-ups (dev and blind sets 1-19) not set out so, 43 of the
// 55 merges of two clusters of two or more paragraphs, touching at a
// bare gap with a cosine under 0.1, joined two matters. So in a story of paragraphs of several sentences
// (islandStory) that is not set out as items, two clusters of two or
// more units and IslandWords or more words each, whose centroid cosine
// is under Options.Island and that touch only at bare gaps, get no
// sequential bonus: the bare-junction rule. A junction at a unit that is
// mostly names, or that opens with a question or an exclamation (a
// reader's comment, a rhetorical turn: it speaks to the matter at hand
// rather than opening another), does not count as bare. Single articles
// mostly keep to a sentence or two a paragraph, or tie their paragraphs
// by a word or an opener, and a short cluster is left to the size
// priors.

// IslandWords is the fewest words a cluster must hold to count as an
// interruption; a shorter one is a fragment, placed by the size priors.
const IslandWords = 20

// IslandMulti is the least share of a story's units that must hold two or
// more sentences for the interruption and bare-junction rules to apply.
const IslandMulti = 0.2

// islandStory reports whether units are paragraphs of several sentences
// often enough (IslandMulti) for the interruption and bare-junction
// rules.
func islandStory(units []string) bool {
	multi := 0
	for _, u := range units {
		if sentenceCount(u) >= 2 {
			multi++
		}
	}
	return float64(multi) >= IslandMulti*float64(len(units))
}

// span is the first and last unit of a cluster, in reading order.
type span struct{ first, last int }

// within reports whether s lies strictly inside the span of t: t has
// units both before and after all of s.
func (s span) within(t span) bool {
	return t.first < s.first && s.last < t.last
}

// islandSet holds what the interruption and bare-junction rules ask of
// a story's units.
type islandSet struct {
	gaps *bareGapSet // the story's bare gaps
	roll []bool      // units whose words are mostly names
	asks []bool      // units that open with a question or an exclamation
	// loose: the story is not set out as items, and the bare-junction
	// rule applies
	loose bool
}

// newIslandSet returns the islandSet of units, nil when no gap is bare.
func newIslandSet(units []string, words [][]word, bare *bareOnce) *islandSet {
	gaps := bare.of(units, words)
	if gaps == nil {
		return nil
	}
	s := &islandSet{gaps: gaps, roll: make([]bool, len(units)), asks: make([]bool, len(units))}
	for u, ws := range words {
		s.roll[u] = mostlyNames(ws)
		s.asks[u] = opensAsking(units[u])
	}
	return s
}

// mostlyNames reports whether more than half of the content words of ws
// are names.
func mostlyNames(ws []word) bool {
	names, content := 0, 0
	for _, w := range ws {
		if w.stop {
			continue
		}
		content++
		if w.name {
			names++
		}
	}
	return 2*names > content
}

// interrupts reports whether the cluster inner, of units and words,
// spanning in, is an interruption of the cluster spanning out whose
// centroid cosine with it is sim: see the rule above. A nil s (no bare
// gap, or the rule is off) finds none.
func (s *islandSet) interrupts(in, out span, units int, words, sim float64, o Options) bool {
	return s != nil && units >= 2 && words >= IslandWords && sim < o.Island &&
		in.within(out) && s.gaps.gap[in.first] && !s.roll[in.first]
}

// apart reports whether the clusters of members a and bs (the cluster
// numbered nb in owner), of wa and wb words and centroid cosine sim, are
// two matters told one after another by the bare-junction rule (see
// above). A nil s, or one of a story set out as items, finds none.
func (s *islandSet) apart(a, bs []int, owner []int, nb int, wa, wb, sim float64, o Options) bool {
	if s == nil || !s.loose || len(a) < 2 || len(bs) < 2 || min(wa, wb) < IslandWords || sim >= o.Island {
		return false
	}
	touch := false
	for u, k := range touching(a, owner, nb) {
		if g := max(u, k); !s.gaps.gap[g] || s.roll[g] || s.asks[g] {
			return false
		}
		touch = true
	}
	return touch
}

// opensAsking reports whether the first sentence of u ends with a
// question or an exclamation mark.
func opensAsking(u string) bool {
	u = strings.TrimSpace(u)
	for i := 0; i < len(u); i++ {
		c := u[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		if j := pastStop(u, i); j < len(u) && u[j] != ' ' {
			continue // a decimal point, an abbreviation's inner stop
		}
		return c != '.'
	}
	return false
}

// An aside opened by a cue is told the same way in text of any kind: "It
// comes as passengers were told that fares will rise…" tells a second
// matter for a few paragraphs, and then the report goes back to its
// own ("Transport Secretary Gareth Pellow called the strike vote…").
// The cue marks the aside off from what comes before it, but the
// sequential bonus where the first matter resumes carries the aside into
// it, however few words they share: in text written a sentence to a
// paragraph, as most round-ups are, the interruption rule above stands
// aside. So a cluster of two or more units and IslandWords or more words
// that opens with a cue turning to another matter (opensShift), lies
// within the span of another cluster and whose centroid cosine with it
// is under Options.Island gets no sequential bonus with it, in any story
// of paragraphs. Over the developer round-ups (dev and blind sets 1-30
// and 40) the mean B3 F1 rose from 0.8572 to 0.8583, no set down; BBC
// and ECB+ articles kept whole and ECB+ linking were unchanged.

// cueAside reports whether the cluster spanning in, of units and words,
// is an aside opened by a cue (cued marks the units that open with one)
// told within the cluster spanning out, whose centroid cosine with it is
// sim: see above. A nil cued finds none.
func cueAside(in, out span, units int, words, sim float64, cued []bool, o Options) bool {
	return cued != nil && units >= 2 && words >= IslandWords && sim < o.Island && cued[in.first] && in.within(out)
}
