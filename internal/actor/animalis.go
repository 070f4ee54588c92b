package actor

// A feature that presents its pick names it as the complement of "is":
// "Our pet of the week is Captain Fluff", "The village panto this
// Christmas is Jack and the Beanstalk". When the subject's head is an
// animal noun or a noun for a work, the name after "is" is that animal
// or that work, not a person.

// equativeHead returns the index of the head noun of the subject whose
// complement, after "is" or "was", is the name from token s to e, or -1.
// The head may be followed by a span of time ("of the week", "this
// Christmas") and must follow a determiner or a possessive, maybe with
// one or two lower-case modifiers between ("our pet", "this week's dog",
// "the village panto"). A name that owns something
// after it ("The dog is Ada Kell's") is no complement of this kind.
func equativeHead(toks []tok, s, e int) int {
	if s < 3 || e < len(toks) && isPossessive(&toks[e]) {
		return -1
	}
	if v := toks[s-1].lower; v != "is" && v != "was" {
		return -1
	}
	k := s - 2
	switch {
	case k >= 3 && toks[k-2].lower == "of" && toks[k-1].lower == "the" && periodNouns[toks[k].lower]:
		k -= 3 // "pet of the week is"
	case k >= 2 && toks[k-1].lower == "this" && (periodNouns[toks[k].lower] || seasonWords[toks[k].lower]):
		k -= 2 // "panto this Christmas is"
	}
	if k < 1 || !toks[k].word || toks[k].cap && !toks[k].sentStart {
		return -1
	}
	j := k - 1
	for j > 0 && j >= k-2 && toks[j].word && !toks[j].cap && !toks[j].is(clsBeForm) && !toks[j].is(clsClauseWord) && !subjectOpener(toks[j].lower) {
		j-- // one or two modifiers: "the village panto", "our rescue dog"
	}
	d := toks[j]
	switch {
	case subjectOpener(d.lower):
		return k
	case isPossessive(&d) && j >= 1 && toks[j-1].word:
		return k // "this week's dog", "the farmers' panto"
	}
	return -1
}

// subjectOpener reports whether l, a lower-cased word, opens a
// subject's noun phrase as equativeHead needs: "our", "the", "this",
// "my", "your" or a possessive determiner.
func subjectOpener(l string) bool {
	return l == "our" || l == "the" || l == "this" || l == "my" || l == "your" || possessiveDeterminers[l]
}

// animalIsName reports whether the name from token s to e is the
// complement of an animal noun (equativeHead): "Our pet of the week is
// Captain Fluff".
func animalIsName(toks []tok, s, e int) bool {
	k := equativeHead(toks, s, e)
	return k >= 0 && toks[k].is(clsAnimalNoun)
}

// workIsName reports whether the name from token s to e is the
// complement of a noun for a work or a staged show (equativeHead): "The
// village panto this Christmas is Jack and the Beanstalk", "This year's
// play was Hedda Gabler".
func workIsName(toks []tok, s, e int) bool {
	k := equativeHead(toks, s, e)
	return k >= 0 && (toks[k].is(clsWorkNoun) || stagedNouns[toks[k].lower])
}

// stagedNouns name a staged show, beside workNouns: after a determiner
// and before "is" ("the play is") they are nouns, not verbs.
var stagedNouns = setOf(`play plays pantomime panto production musical ballet opera`)

// periodNouns name the span a feature's pick is for: "pet of the week",
// "this month's dog".
var periodNouns = setOf(`week month year day fortnight`)

// seasonWords name a season or a feast after "this": "this Christmas".
var seasonWords = setOf(`christmas easter summer winter spring autumn season term`)
