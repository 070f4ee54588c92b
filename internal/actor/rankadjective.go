package actor

// adjectiveRanks are ranks that are also adjectives: in lower case
// before a noun that is no role they qualify it ("a major port", "a
// general strike", "a private estate"), naming no office.
var adjectiveRanks = setOf(`major general private`)

// rankAsAdjective reports whether token k, after a rank in lower case,
// is a lower-case noun the rank then qualifies: no role noun, preposition
// or "and" ("director general of the Tarrow Trust" holds an office).
func rankAsAdjective(toks []tok, k int) bool {
	t := &toks[k]
	return t.word && !t.cap && !isRoleHeadL(t.lower) && !rolePreposition(t.lower) && t.lower != "and"
}
