package actor

// bodyHeads head a description of a public or voluntary body or of a
// newspaper, never a person's job, in apposition after its name:
// "Icstis, the UK's premium rate services watchdog,", "Shelter, the
// housing charity,", "Unosat, the UN satellite mapping organisation",
// "De Telegraaf, a daily Amsterdam newspaper,". A job in such a body is
// named by another noun after it ("the watchdog's chief", "a charity
// worker", "a magazine columnist"), which the apposition check leaves a
// person's.
var bodyHeads = setOf(`watchdog watchdogs quango charity charities organisation organization
newspaper magazine tabloid`)

// appositionHead reports whether t, a lower-case word in an apposition, may
// head the description of a body: a business noun, a service's noun or a
// body's (bodyHeads).
func appositionHead(t *tok) bool {
	return !t.cap && (t.lists()&inBusinessNouns != 0 || serviceNouns[t.lower] || bodyHeads[t.lower])
}

// firmOnlyOf reports whether token k is a noun that names only a firm,
// followed by "of": "Chrysler, the US unit of Germany's DaimlerChrysler,",
// "Velmart, a subsidiary of Corran Holdings,". A trade a person practises ("the
// maker of the film") or a noun that praises a person too ("the giant
// of British athletics") is not one.
func firmOnlyOf(toks []tok, k int) bool {
	l := toks[k].lower
	return k+1 < len(toks) && toks[k+1].lower == "of" && (firmOnlyNouns[l] && l != "giant" || firmPartNouns[l])
}

// firmPartNouns name a part of a firm, before "of" and the firm: "the
// US unit of", "a subsidiary of".
var firmPartNouns = setOf(`unit subsidiary division`)
