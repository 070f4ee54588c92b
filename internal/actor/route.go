package actor

// A journey runs to a place, not to a person: "sailings to Tarrow",
// "trains between Corran and Halvey", "the railway from Velmo to
// Brannock". A one-word town's name the tagger reads as a surname is a
// place after a noun of travel and the preposition that gives its end.

// routeNounWords are the nouns of travel both routeToNouns and
// routeBetweenNouns hold.
const routeNounWords = `train trains railway railways flight flights ferry ferries sailing sailings
bus buses journey journeys crossing crossings route routes road roads`

// routeToNouns before "to", "from" or "via" make the name after it a
// journey's end: "sailings to Tarrow", "Tuesday's trip to Halvey". Not
// "line" nor "link" ("a direct line to the Prime Minister", "his link to
// Ada Kell"), nor "coach" (a person).
var routeToNouns = setOf(routeNounWords + ` trip trips voyage voyages drive commute`)

// routeBetweenNouns before "between" make both names after it places: "the
// line between Corran and Halvey", "the border between".
var routeBetweenNouns = setOf(routeNounWords + ` rail line lines service services border borders link links`)

// routeEnd reports whether the name starting at token s ends or starts a
// journey: after a travel noun and "to", "from" or "via" ("sailings to
// Tarrow"), after "between" or "between X and" with a travel noun before
// "between" ("trains between Corran and Halvey"), or after "from X to"
// with a travel noun before "from" ("flights from Corran to Halvey").
// The name must not own what follows it ("a trip to Ada Kell's house"),
// and "en route to" speaks of any goal ("en route to World Cup glory").
func routeEnd(toks []tok, s, e int) bool {
	if s < 2 || e < len(toks) && isPossessive(&toks[e]) {
		return false
	}
	k := s - 1
	switch toks[k].lower {
	case "to", "from", "via":
		if travelNounAt(toks, k-1, routeToNouns) {
			return true
		}
		if toks[k].lower != "to" {
			return false
		}
		j := nameStartBefore(toks, k)
		return j >= 2 && toks[j-1].lower == "from" && travelNounAt(toks, j-2, routeToNouns)
	case "between":
		return travelNounAt(toks, k-1, routeBetweenNouns)
	case "and":
		j := nameStartBefore(toks, k)
		return j >= 2 && toks[j-1].lower == "between" && travelNounAt(toks, j-2, routeBetweenNouns)
	}
	return false
}

// travelNounAt reports whether token k is one of nouns, in lower case
// or opening the sentence ("Trains between Corran and Halvey"), and not
// after "en".
func travelNounAt(toks []tok, k int, nouns map[string]bool) bool {
	if k > 0 && toks[k-1].lower == "en" {
		return false // "en route to"
	}
	return k >= 0 && toks[k].word && (!toks[k].cap || toks[k].sentStart) && nouns[toks[k].lower]
}

// nameStartBefore returns the first token of the capitalised name of at
// most four words that ends just before token k, or -1.
func nameStartBefore(toks []tok, k int) int {
	j := k
	for n := 0; j > 0 && n < 4 && toks[j-1].word && toks[j-1].cap && !toks[j-1].sentStart; n++ {
		j--
	}
	if j == k {
		return -1
	}
	return j
}
