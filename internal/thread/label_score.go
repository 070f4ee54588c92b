package thread

import "strconv"

// LabelAgreement scores labels against reference texts (gold labels or
// headlines) by their content words (Terms stems): the share of a
// label's words the reference uses, the share of the reference's words
// the label has, and the word F1 of the two. The zero value is ready to
// use; Add one pair at a time.
type LabelAgreement struct {
	N           int     // pairs added
	WordShare   float64 // summed share of label words in the reference
	AnyHit      int     // pairs sharing at least one word
	RefCoverage float64 // summed share of reference words in the label
	F1Sum       float64 // summed word F1
	Words       int     // label words in all
}

// Add scores label against the reference text ref.
func (a *LabelAgreement) Add(label, ref string) {
	lw, rw := termSet(label), termSet(ref)
	a.N++
	a.Words += len(lw)
	if len(lw) == 0 || len(rw) == 0 {
		return
	}
	hit := 0
	for s := range lw {
		if rw[s] {
			hit++
		}
	}
	if hit == 0 {
		return
	}
	p, r := float64(hit)/float64(len(lw)), float64(hit)/float64(len(rw))
	a.WordShare += p
	a.RefCoverage += r
	a.AnyHit++
	a.F1Sum += 2 * p * r / (p + r)
}

// F1 returns the mean word F1 over the pairs added (0 with none).
func (a *LabelAgreement) F1() float64 {
	return a.F1Sum / float64(max(a.N, 1))
}

// String summarises the scores in one line.
func (a *LabelAgreement) String() string {
	n := float64(max(a.N, 1))
	return "n=" + strconv.Itoa(a.N) +
		" label words in reference " + strconv.FormatFloat(a.WordShare/n, 'f', 3, 64) +
		" · any word " + strconv.FormatFloat(float64(a.AnyHit)/n, 'f', 3, 64) +
		" · reference words in label " + strconv.FormatFloat(a.RefCoverage/n, 'f', 3, 64) +
		" · F1 " + strconv.FormatFloat(a.F1(), 'f', 3, 64) +
		" · words per label " + strconv.FormatFloat(float64(a.Words)/n, 'f', 2, 64)
}

// termSet returns the set of the content-word stems of s (Terms).
func termSet(s string) map[string]bool {
	out := map[string]bool{}
	for _, t := range Terms(s) {
		out[t] = true
	}
	return out
}
