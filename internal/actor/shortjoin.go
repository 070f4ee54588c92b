package actor

import "strings"

// joinShortGiven merges a two-word name made of a short or pet form of a
// given name and a surname ("Hen Doyle", "Bee Lavelle") into the one
// person of the story named in full with that given name (shortGiven:
// "Henrietta Doyle", "Beatrix Lavelle-Moore") and that surname, or a
// double-barrelled one it opens or ends. A short form that is a given
// name of its own may be a relative's ("Charlie Kafoury, Charlene's
// brother", a deputy Jerry Ortiz and his son Jeremy): it must be the
// start of the full name ("Ben Banky" of Benjamin David Banky), not a pet
// form of it. No merge is made when two people fit. kept holds the story's full names, one cluster each; the
// merged clusters are left out of the result.
func (st *story) joinShortGiven(kept []*cluster, assigned map[*mention]*cluster) []*cluster {
	out := kept[:0:0]
	for i, c := range kept {
		short := longest(c).name
		if len(short) != 2 || !nameLike(short[0]) || isAllCaps(short[0]) {
			out = append(out, c)
			continue
		}
		given := lowerKey(short[0])
		short0 := shortGiven
		if givenName(short[0]) {
			short0 = truncates
		}
		target := onlyFit(kept, i, func(d *cluster) bool {
			full := longest(d).name
			return len(full) >= 2 && sameSurname(short[1], full[len(full)-1]) && short0(given, lowerKey(full[0]))
		})
		if target == nil {
			out = append(out, c)
			continue
		}
		st.joinInto(target, c, short, assigned)
		st.index(target, short[1], short[0]) // "Hen", "Lavelle" alone later
	}
	return out
}

// sameSurname reports whether surname s is full, or one part of full
// when full is double-barrelled ("Lavelle" of "Lavelle-Moore").
func sameSurname(s, full string) bool {
	if strings.EqualFold(s, full) {
		return true
	}
	before, after, ok := strings.Cut(full, "-")
	return ok && !strings.Contains(after, "-") && (strings.EqualFold(s, before) || strings.EqualFold(s, after))
}
