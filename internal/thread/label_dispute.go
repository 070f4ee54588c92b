package thread

import "strings"

// A diary item tells of a quarrel by a participle that wants its
// complement: "Television presenter Ada Kell is locked in a row with her
// neighbour over a leylandii hedge", "Chef Tom Pym is embroiled in a
// dispute with fellow stallholders". The passive rule would write the
// participle alone ("Ada Kell locked"); a sub-editor names the quarrel
// by what it is over, or else whom it is with: "Ada Kell hedge row",
// "Tom Pym stallholders dispute". The dispute rule reads the quarrel's
// noun from the "in" phrase after such a participle, and the head of the
// "over" phrase, or else of the "with" phrase, after it.

// disputeParticiples want an "in" phrase naming a quarrel.
var disputeParticiples = toSet(`locked embroiled mired entangled embattled`)

// disputeNouns name a quarrel.
var disputeNouns = toSet(`row dispute feud battle spat fight wrangle clash tussle quarrel`)

// disputeWords is how many words after the quarrel's noun the dispute
// rule looks for its "over" or "with" phrase in.
const disputeWords = 12

// disputeLabel returns the label of the passive p of lead when its
// participle is locked in a quarrel: the name (the label's first nameLen
// words, when the subject is in it), what the quarrel is over or whom it
// is with, and the quarrel's noun.
func disputeLabel(label []string, nameLen int, lead []word, p passive) ([]string, bool) {
	if nameLen == 0 || p.part+2 >= len(lead) {
		return label, false
	}
	if _, ok := disputeParticiples[strings.ToLower(lead[p.part].surface)]; !ok || !strings.EqualFold(lead[p.part+1].surface, "in") {
		return label, false
	}
	inName := false
	for _, s := range label[:nameLen] {
		inName = inName || strings.EqualFold(s, lead[p.subj].surface)
	}
	if !inName {
		return label, false
	}
	// the quarrel's noun: "in a bitter row", "in a long-running dispute"
	k := p.part + 2
	for k < len(lead) && k < p.part+5 && lead[k].joined {
		if _, ok := disputeNouns[strings.ToLower(lead[k].surface)]; ok {
			break
		}
		k++
	}
	if k >= len(lead) || k >= p.part+5 || !lead[k].joined {
		return label, false
	}
	noun := strings.ToLower(lead[k].surface)
	var with []string
	end := min(len(lead), k+1+disputeWords)
	for j := k + 1; j < end && !lead[j].opensSentence(); j++ {
		l := strings.ToLower(lead[j].surface)
		if l != "over" && l != "with" {
			continue
		}
		obj, _, ok := winObject(lead, j+1, min(len(lead), j+1+objectWindow))
		if !ok || len(obj) == 0 {
			continue
		}
		if l == "over" {
			with = obj
			break
		}
		if with == nil {
			with = obj
		}
	}
	out := append([]string(nil), label[:nameLen]...)
	if len(out)+len(with) > 4 {
		with = with[len(with)-max(0, 4-len(out)):]
	}
	out = append(append(out, with...), noun)
	return out, true
}
