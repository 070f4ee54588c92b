package actor

// A role written before a name is the person's office only when it is
// held: "would-be prime minister Gordon Brown", "the next prime minister
// Gordon Brown" and "how good a prime minister Gordon Brown will make"
// speak of an office the person may hold one day.

// unheldMarks before a role phrase make it an office not (yet) held.
var unheldMarks = setOf(`next future would-be potential possible likely prospective putative aspiring
wannabe eventual hopeful`)

// degreeWords open an evaluative "how good a", "so fine a" phrase; "what"
// and "such" stand right before the article ("what a", "such a").
var degreeWords = setOf(`how so as too`)

// unheldRole reports whether the role phrase starting at token first of d
// names an office the person does not hold: it follows an unheldMarks
// word in lower case, or "a"/"an" in a phrase of degree ("how good a", "such a").
func unheldRole(d *paraDoc, first int) bool {
	if first < 1 {
		return false
	}
	prev := d.toks[first-1].lower
	if unheldMarks[prev] {
		// "Next chief executive Simon Wolfson": a firm's name, not a time.
		return !d.toks[first-1].cap
	}
	if prev != "a" && prev != "an" || first < 2 {
		return false
	}
	if w := d.toks[first-2].lower; w == "what" || w == "such" {
		return true
	}
	return first >= 3 && degreeWords[d.toks[first-3].lower]
}

// reportingVerbs follow a speaker's name: "…, Mr Brown replied".
var reportingVerbs = setOf(`said says replied replies told tells added adds insisted insists argued argues
claimed claims warned warns admitted admits responded responds retorted retorts answered answers`)

// clauseAfterRole reports whether "the ROLE, NAME" is no apposition but
// the end of one clause and the start of the next: "the" stands inside a
// clause, after a word ("did not trust the prime minister"), and the name
// is followed straight away by a reporting verb ("Mr Brown replied"). the
// is the index of "the"; end is the name's end.
func clauseAfterRole(d *paraDoc, the, end int) bool {
	if the < 1 || d.toks[the].sentStart || !d.toks[the-1].word || end >= len(d.toks) {
		return false
	}
	return reportingVerbs[d.toks[end].lower]
}
