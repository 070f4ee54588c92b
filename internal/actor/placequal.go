package actor

// A place qualifies a role or a business after "a" or "an" to say where
// it is ("a Velmora judge", "a 35-year-old Corran City man", "a Tarrow
// supermarket"): the role is held in, or the business stands in, the
// place, while a body named before a role ("an AJ Bell director") is
// read as a body by the tagger in the first place, and a product ("a
// Velmo model") is made by a firm.

// placeQualifier reports whether m, a name the tagger read as a place,
// follows "a" or "an" (maybe after an age or other lower-case words): a
// role or a business noun after it then says where, not what body. A
// product after it ("a Velmo model") says what firm made it.
func placeQualifier(toks []tok, m *mention) bool {
	if m.typ != "LOC" || m.the || !indefinite(toks, m.s) {
		return false
	}
	if m.e < len(toks) {
		switch l := toks[m.e].lower; {
		case productNouns[l], l == "model", l == "models", l == "phone", l == "phones":
			return false
		}
	}
	return true
}
