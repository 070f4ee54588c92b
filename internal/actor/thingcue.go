package actor

// portrayVerbs, with playVerbs (staged.go), make the name after them a
// part an actor plays: "she plays Edwina Scarth", "portrays widow
// Martha Glaisdale".
var portrayVerbs = setOf(`portray portrays portrayed portraying`)

// partNouns before "of" make the name after them a part in a work: "the
// part of the gardener, Lewis Bray,".
var partNouns = setOf(`part role character`)

// playedBetween are lower-case words that may stand between a verb of
// playing and a person's name without making it a part: an opponent
// ("played against Ada Kell"), a partner ("playing alongside Ada Kell").
var playedBetween = setOf(`against alongside with for opposite beside under to at in on by from of as
the a an his her their its`)

// playedCharacter reports whether the name m, of two words or more, is a
// part an actor plays rather than a person of the story: after a verb of
// playing and the part's kind in lower case ("plays widow Martha
// Glaisdale", "has played landlady Tilly Penrose"), after such a verb
// and before an apposition that describes the part ("will play Tabitha
// Aykroyd, the family's long-serving servant"; "she plays Edwina Scarth,
// a widowed lighthouse keeper"), or after "the part of", "the role of",
// maybe with the part's kind in apposition ("the part of the gardener,
// Lewis Bray,"). A name of one word is as often a sports opponent
// ("plays Federer") and is left alone.
func playedCharacter(toks []tok, m *mention) bool {
	s, e := m.s, m.e
	if len(m.name) < 2 || s < 2 {
		return false
	}
	// The verb, maybe with one or two lower-case words of the part's kind.
	for k := s - 1; k >= 0 && k >= s-3; k-- {
		t := toks[k]
		if !t.word || t.cap && !t.sentStart {
			break
		}
		if playVerbs[t.lower] || portrayVerbs[t.lower] {
			if k < s-1 {
				return true // "plays widow Martha Glaisdale"
			}
			return e+1 < len(toks) && toks[e].text == "," && (toks[e+1].lower == "a" || toks[e+1].lower == "an" || toks[e+1].lower == "the")
		}
		if playedBetween[t.lower] || t.cap {
			break
		}
	}
	// "the part of [the gardener,] Lewis Bray".
	k := s - 1
	if toks[k].text == "," {
		for k--; k > s-5 && k > 0 && toks[k].word && !toks[k].cap && toks[k].lower != "of"; k-- {
		}
	}
	return k >= 1 && toks[k].lower == "of" && partNouns[toks[k-1].lower]
}

// kinAddresses are the words a family calls its elders or parents by,
// written with a capital as names are ("Grandad has worn Nana's ring"):
// alone they name no one the story can tell apart.
var kinAddresses = setOf(`grandad granddad grandpa grandma granny gran nana nanna nan nanny mummy
daddy mum dad mam mammy mama papa grandmother grandfather`)

// kinAddress reports whether m is one word that calls a relative by
// their place in the family: "Grandad", "Nana", "Granny".
func kinAddress(m *mention) bool {
	return len(m.name) == 1 && kinAddresses[lowerKey(m.name[0])]
}

// buildingNouns after a name say it names a building or a vessel, often
// after a person: "the Ada Crowther footbridge", "the Lord Ravensworth
// pub", "the Mayfair bookshop".
var buildingNouns = setOf(`pub inn tavern hotel bar restaurant cafe bookshop footbridge bridge
building hall ferry ship yacht liner vessel lifeboat statue memorial wing ward`)

// namedBuilding reports whether m stands between "the" and a building
// noun that ends its noun phrase: "the Ada Crowther footbridge over the
// River Calder", "the Lord Ravensworth pub just off Whitehall" (not "the
// Kell building works").
func namedBuilding(toks []tok, m *mention) bool {
	e := m.e
	if m.s == 0 || toks[m.s-1].lower != "the" || e >= len(toks) || !toks[e].word || toks[e].cap || !buildingNouns[toks[e].lower] {
		return false
	}
	return e+1 == len(toks) || !toks[e+1].word || toks[e+1].cap || !nounAfterBuilding(toks[e+1].lower)
}

// nounAfterBuilding reports whether l, after a building noun, makes it
// qualify a further noun ("the bar staff", "the hall manager").
func nounAfterBuilding(l string) bool {
	return isRoleHeadL(l) || l == "staff" || l == "works" || l == "owners" || l == "owner"
}

// namedThing reports whether m, read as a person's name, names a part
// in a work (playedCharacter), a relative called by their place in the
// family (kinAddress), a building (namedBuilding) or, with a title, a
// ship, a pub or a horse that "which" follows ("The Countess Mara,
// which left Roscoff").
func namedThing(toks []tok, m *mention) bool {
	if playedCharacter(toks, m) || kinAddress(m) || namedBuilding(toks, m) {
		return true
	}
	if m.hon == "" && !m.ofTitle {
		return false
	}
	e := m.e
	return e+1 < len(toks) && toks[e].text == "," && toks[e+1].lower == "which" || e < len(toks) && toks[e].lower == "which"
}
