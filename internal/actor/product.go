package actor

// Products and machines bear people's names ("the Kestrel Ada", a car; a
// robot or a smart speaker called Maisie) and are spoken of as people
// are. A product's head noun says what the name is: in apposition
// ("Velby Ada, a five-door hatchback that costs", "Ada, the
// shirt-folding robot made by Corran,"), after "made by" or "built by"
// in apposition ("Ada, made by Corran-based Velby, is"), before "called"
// or "named" ("a robot called Ada"), after "it is called" ("It is called
// Ada, and it answers back"), or right after "a", "an" or "the" before
// it, maybe after one lower-case word ("a Velby Ada electric
// hatchback").

// productHeads name machines and goods a firm makes; a person is none of
// them ("assistant" is as often a person's post).
var productHeads = setOf(`car cars hatchback saloon suv convertible coupe supercar robot robots speaker
gadget device app smartphone phone console drone tablet laptop chatbot`)

// productCloser may follow a product's head noun closing an apposition:
// "a five-door hatchback that costs", "the robot made by".
var productCloser = setOf(`that which made built from costing priced designed sold`)

// productName reports whether the words around the name m say it is a
// product's (see above).
func productName(toks []tok, m *mention) bool {
	s, e := m.s, m.e
	// In apposition: "…, a five-door hatchback that costs".
	if e+2 < len(toks) && toks[e].text == "," {
		switch toks[e+1].lower {
		case "a", "an", "the":
			for k := e + 2; k < len(toks) && k <= e+6; k++ {
				t := &toks[k]
				if !t.word {
					break
				}
				if t.cap || t.is(clsClauseWord) || t.is(clsLinkWord) {
					break
				}
				if t.is(clsProductHead) {
					return k+1 == len(toks) || !toks[k+1].word || productCloser[toks[k+1].lower]
				}
			}
		case "made", "built":
			if toks[e+2].lower == "by" {
				return true // "Ada, made by Corran-based Velby, is"
			}
		}
	}
	if s == 0 {
		return false
	}
	// Before "called" or "named": "a robot called Ada"; "It is called Ada".
	if p := toks[s-1].lower; p == "called" || p == "named" {
		for k := s - 2; k >= 0 && k >= s-5; k-- {
			t := &toks[k]
			if !t.word || t.sentStart && !(t.lower == "it") {
				if t.sentStart && t.is(clsProductHead) {
					return true
				}
				break
			}
			if t.is(clsProductHead) && !t.cap {
				return true
			}
		}
		if s >= 3 && toks[s-2].is(clsBeForm) && toks[s-3].lower == "it" {
			return true // "It is called Ada, and it answers back"
		}
	}
	// Qualifying a product's noun after an article: "a Velby Ada electric hatchback".
	if d := toks[s-1].lower; (d == "a" || d == "an" || d == "the") && e < len(toks) {
		k := e
		if k+1 < len(toks) && toks[k].word && !toks[k].cap && !toks[k].is(clsProductHead) {
			k++
		}
		return k < len(toks) && toks[k].word && !toks[k].cap && toks[k].is(clsProductHead) && (k+1 == len(toks) || !toks[k+1].word || productCloser[toks[k+1].lower] || toks[k+1].lower == "which")
	}
	return false
}
