package actor

// bodyHeads head a description of a public or voluntary body, never a
// person's job, in apposition after its name: "Icstis, the UK's premium
// rate services watchdog,", "Shelter, the housing charity,". A job in
// such a body is named by another noun after it ("the watchdog's
// chief", "a charity worker"), which the apposition check leaves a
// person's.
var bodyHeads = setOf(`watchdog watchdogs quango charity charities`)

// appositionHead reports whether t, a lower-case word in an apposition, may
// head the description of a body: a business noun, a service's noun or a
// body's (bodyHeads).
func appositionHead(t *tok) bool {
	return !t.cap && (t.lists()&inBusinessNouns != 0 || serviceNouns[t.lower] || bodyHeads[t.lower])
}
