package thread

// A sub-editor names an event by a noun compound as often as by a noun:
// "profit warning", "takeover approach", "hosepipe ban", "cycle lanes",
// "quarantine inquiry". The label's best topic word is often one half of
// such a compound in the lead sentence, and the other half scores too
// low to be the second topic word ("Harwick Foods profit", "Marlstone
// Water ban"). The compound rule takes the compound instead of the word
// when the lead sentence (the first leadWords words of the lead
// paragraph) first uses it, and it reads as a noun compound: its first
// word a noun modifying the second, not an adjective, a verb or an
// adverb ("lengthy anecdote", "agreeing takeover", "restore bus"), and
// its second a noun ("vote tonight"). The part-of-speech lexicon
// (label_pos.go) says which words are mostly nouns; for a word it lacks,
// the story's own evidence does. A modifier the story never writes in
// lower case opens a sentence in front of a name ("Television chef
// Laurence Pike"), and a compound that the lead first uses right in
// front of a name ("gold explorer Kestrel Ridge"): they describe the
// name, not the event.

// leadCompound returns the best two-word term of terms that holds the
// one word of top, first used in the lead sentence (lead: the words of
// the lead paragraph) but not in front of a name, and reads as a noun
// compound; or nil.
func (lb *labeler) leadCompound(terms []*cand, top *cand, lead []word) *cand {
	if len(top.words) != 1 {
		return nil
	}
	e := extension(terms, top, lb.used)
	if e == nil || e.pos < 0 || e.pos >= leadWords || !lb.nounCompound(e.words) {
		return nil
	}
	if n := e.pos + 2; n < len(lead) && lead[n].joined && lead[n].name {
		return nil // "gold explorer Kestrel Ridge"
	}
	if m := lead[e.pos]; lb.nameStems[m.id] && startsUpper(m.surface) {
		// Written with the capital of a name it belongs to: the label
		// would keep it ("Fire investigators" beside "Westmere Fire and
		// Rescue").
		return nil
	}
	return e
}

// nounCompound reports whether the two words ws read as a noun compound.
func (lb *labeler) nounCompound(ws []word) bool {
	mod, head := ws[0], ws[1]
	if lb.caseKnown && !lb.lower[mod.id] {
		return false // a capitalised descriptor: "Gold explorer Kestrel Ridge"
	}
	if c, ok := posOfWord(head); ok && !c.mostlyNoun() {
		return false // "vote tonight"
	}
	if lb.kind(mod)&(kindNotNoun|kindVerb) != 0 || mod.lex&(lexAdverb|lexAdjective|lexPast) != 0 {
		return false
	}
	if c, ok := posOfWord(mod); ok {
		return c.mostlyNoun() // "drilling results", not "lengthy anecdote"
	}
	return lb.kind(mod)&kindIng == 0 || lb.nounUse(mod) // "releasing water" is no compound
}
