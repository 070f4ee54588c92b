package actor

import (
	"strings"

	"github.com/storyline/storyline/internal/lower"
)

// animalNouns name pets and other animals, whose names read like
// people's: "her spaniel Biscuit", "the gelding, named Gale Force".
var animalNouns = setOf(`dog dogs puppy puppies cat cats kitten kittens horse horses pony ponies
gelding mare filly colt stallion racehorse greyhound parrot pet pets hamster rabbit tortoise
donkey goat pig cow bull lamb owl falcon hawk snake spaniel labrador terrier poodle retriever
dachshund whippet lurcher bulldog hound chihuahua pug beagle collie alsatian sheepdog cockapoo
labradoodle llama llamas alpaca alpacas sheep ferret budgie beaver beavers otter otters
camel camels heifer heifers rabbits tortoises springer crow pigeon penguin dinosaur badger
hedgehog squirrel fox duck goose swan hen cockerel chicken seal dolphin whale elephant giraffe
lion lioness tiger bear monkey gorilla chimpanzee meerkat turtle lizard iguana
gull seagull magpie peacock eagle buzzard stork heron ewe sow boar mule`)

// creatureName reports whether m names an animal (animalName), a vessel
// (vesselName, vesselPrefixed, measuredVessel, vessel.go) or a
// racehorse (racehorseCue, racehorseAround, racehorse.go) rather than a person, also
// when a title the rules split off as a role stands between the cue and
// the name ("the boat's cat, Captain Marrowfat").
func creatureName(d *paraDoc, m *mention) bool {
	toks := d.toks
	if s := m.s - 1; s > 0 && len(m.roles) > 0 && titleBefore(&toks[s]) && (animalName(toks, s) || vesselName(toks, s)) {
		return true // "the boat's cat, Captain Marrowfat", "a parrot called Captain Marrowfat": the title split off as a role
	}
	return animalName(toks, m.s) || animalAfter(toks, m.e) || animalEpithet(m.name) || riderOwned(toks, m.e) || vesselName(toks, m.s) || racehorseCue(d, m) || racehorseAround(d, m) || vesselPrefixed(toks, m.s) || measuredVessel(toks, m.s) || vesselOwning(toks, m) || moreVessel(toks, m) || racePlacing(toks, m) || petKept(d, m) || m.typ == "PER" && ownedBy(toks, m.e) || mascotName(toks, m) || animalIsName(toks, m.s, m.e)
}

// mascotName reports whether m, a name of two words whose last is an
// animal noun, follows "mascot": "the club's mascot Barney Badger" is a
// costume, not the person inside it. A child who leads a team out as a
// mascot bears a surname that is seldom an animal's; "mascot Tom Swan"
// remains a risk the rule takes.
func mascotName(toks []tok, m *mention) bool {
	var buf [32]byte
	if m.s < 1 || len(m.name) != 2 || !animalNouns[string(lower.Append(buf[:0], m.name[1]))] {
		return false
	}
	p := toks[m.s-1].lower
	if p == "," && m.s >= 2 {
		p = toks[m.s-2].lower
	}
	return p == "mascot" || p == "mascots"
}

// ownedBy reports whether a comma and "owned by" follow the name ending
// before token e: "Gale Force, owned by a syndicate of teachers," is a
// horse (or a thing); no person is owned.
func ownedBy(toks []tok, e int) bool {
	return e+2 < len(toks) && toks[e].text == "," && toks[e+1].lower == "owned" && toks[e+2].lower == "by"
}

// creature is creatureName or productName (product.go), or, in a story
// of racing (racingStory), a
// titled name a racehorse's often is with nothing said of a person
// (racehorseTitled, racehorse.go) or a name after a race's time in a
// line of selections (racecardEntry), or a person's name of one word
// right after a sentence that brings in an animal or told what only an
// animal has or does (introducedAnimal, animalTold, animalintro.go).
func (st *story) creature(d *paraDoc, m *mention) bool {
	return creatureName(d, m) || productName(d.toks, m) || st.racing && (racehorseTitled(d, m) || racecardEntry(d.toks, m)) ||
		(m.kind == Person || m.typ == "PER" || len(m.name) == 1 && givenName(m.name[0])) && (st.introducedAnimal(d, m) || animalTold(d, m))
}

// titleBefore reports whether t is a capitalised title or rank inside a
// sentence, as the rules split off a name: "Captain", "Lady", "Sir".
func titleBefore(t *tok) bool {
	return t.word && t.cap && !t.sentStart && (t.honorific() || rankTitles[t.lower] || isRoleHeadL(t.lower))
}

// animalAfter reports whether the words after a name ending before
// token e say it is an animal's: an apposition whose head is an animal
// noun closing the phrase, after "a" or "the" and at most three words
// of age, coat, breed or description, or after a possessive determiner
// ("Colonel Biscuit, a six-year-old bay gelding,", "Biscuit, the family
// cockapoo belonging to", "Biscuit, their cockapoo,"), or "the"
// and the noun itself right after the name, before no other noun
// ("Gerald the tortoise wandered off"; not "Ada Kell the horse
// trainer").
func animalAfter(toks []tok, e int) bool {
	if e+1 >= len(toks) {
		return false
	}
	if toks[e].lower == "the" {
		k := e + 1
		if k+1 < len(toks) && coatColours[toks[k].lower] {
			k++
		}
		if !toks[k].is(clsAnimalNoun) || toks[k].cap {
			return false
		}
		return k+1 == len(toks) || !toks[k+1].word || animalVerbAfter(toks[k+1].lower)
	}
	if toks[e].text != "," || e+2 >= len(toks) || toks[e+1].lower != "a" && toks[e+1].lower != "the" && toks[e+1].lower != "an" && !toks[e+1].is(clsPossessiveDet) && toks[e+1].lower != "my" && toks[e+1].lower != "our" {
		return false // "Reggie, their cockapoo," counts too
	}
	for k := e + 2; k < len(toks) && k <= e+5; k++ {
		t := &toks[k]
		if !t.word {
			return false
		}
		if t.is(clsAnimalNoun) && !t.cap {
			if k+1 < len(toks) && toks[k+1].is(clsAnimalNoun) {
				continue // "the springer spaniel"
			}
			return k+1 == len(toks) || !toks[k+1].word && !isPossessive(&toks[k+1]) || appositionCloser[toks[k+1].lower]
		}
		if t.is(clsClauseWord) || t.is(clsLinkWord) {
			return false // "Ada Kell, the owner of a dog"
		}
	}
	return false
}

// appositionCloser may follow an animal noun that closes an apposition:
// "a cockapoo belonging to", "a mare owned by", "a terrier who", "the
// spaniel taken from outside a shop", "the dinosaur whose bones".
var appositionCloser = setOf(`belonging owned bred trained who whose which that taken stolen found rescued missing`)

// animalVerbAfter reports whether l, right after "Gerald the tortoise",
// goes on with a verb rather than a compound noun ("the horse
// trainer"): an auxiliary, a relative word or a past tense.
func animalVerbAfter(l string) bool {
	return beForms[l] || appositionCloser[l] || l == "has" || l == "had" || l == "will" || l == "would" || strings.HasSuffix(l, "ed")
}

// animalName reports whether the name starting at token s is an
// animal's: after "named", "called", "dubbed" or "nicknamed" with an animal noun at
// most four words before in the sentence ("The gelding, named Gale
// Force in her honour"), or right after an animal noun, maybe with a
// comma, that follows an article or a possessive determiner, maybe
// with one or two words of the breed between ("her spaniel, Biscuit,",
// "his Border terrier, Biscuit,", "the gelding Gale Force"; not "fat
// cat Fred Goodwin"), also after "in question" ("the gelding in
// question, Gale Force,"), or what a jockey rides: "the ride on Gale
// Force" (ridden).
func animalName(toks []tok, s int) bool {
	if s == 0 {
		return false
	}
	k := s - 1
	if k > 0 && toks[k].cap && toks[k-1].lower == "aboard" {
		return true // "aboard Captain Harrow", the title read as a role
	}
	comma := toks[k].text == ","
	switch toks[k].lower {
	case "named", "called", "dubbed", "nicknamed":
		for i := k - 1; i >= 0 && i >= k-4; i-- {
			if toks[i].is(clsAnimalNoun) && !toks[i].cap {
				return true
			}
			if toks[i].sentStart {
				break
			}
		}
		return false
	case "on":
		return ridden(toks, k)
	case "including":
		return animalsListed(toks, k)
	case "aboard":
		return true // "aboard Captain Harrow": a horse or a vessel, no one is aboard a person
	case ",":
		if listedClause(toks, s) {
			return false // "Ada Kell will ride a pony, Ivo Marsh will walk beside her"
		}
		k--
		if k >= 2 && toks[k].lower == "question" && toks[k-1].lower == "in" {
			k -= 2 // "The gelding in question, Mister Cadwallader,"
		}
	}
	if k < 1 || !toks[k].word || toks[k].cap || !animalNoun(toks[k].lower) {
		return false
	}
	if !comma && bareAnimalOpeners[toks[k-1].lower] && toks[k].is(clsAnimalNoun) {
		return true // "as cockerel Ambrosius crowed": the noun heads its phrase, no word describes it
	}
	// One or two words may describe the breed or the coat between the
	// determiner and the noun, capitalised, before a comma or a coat's
	// colour: "his Border terrier Biscuit", "her springer spaniel,
	// Biscuit,", "the grey mare Lady Maud".
	for i := k - 1; i >= 0 && i >= k-3; i-- {
		d := toks[i].lower
		if d == "the" || d == "a" || d == "an" || possessiveDeterminers[d] || d == "my" || d == "our" || d == "your" {
			return true
		}
		if isPossessive(&toks[i]) && i > 0 && toks[i-1].word {
			return true // "the couple's spaniel, Horace,", "the boat's cat, Captain Marrowfat"
		}
		if !toks[i].word || i == k-3 || !toks[i].cap && !comma && !coatColours[d] {
			return false // "the fat cat Fred Goodwin"
		}
	}
	return false
}

// animalsListed reports whether "including" at token k (maybe after a
// comma) closes a list whose last noun, within six words before, is an
// animal's plural: "cares for 60 horses, ponies and donkeys, including
// Captain Tarrow". The name is one of the animals.
func animalsListed(toks []tok, k int) bool {
	i := k - 1
	if i >= 0 && toks[i].text == "," {
		i--
	}
	for ; i >= 0 && i >= k-7; i-- {
		t := &toks[i]
		if t.sentStart || t.word && t.cap {
			return false
		}
		if !t.word {
			continue
		}
		if animalNoun(t.lower) && strings.HasSuffix(t.lower, "s") {
			return true // a plural: "donkeys", "horses"
		}
		if t.lower != "and" && t.lower != "or" {
			return false // "horses and their owners, including": the last noun is people's
		}
	}
	return false
}

// listedClause reports whether the name starting at token s, after a
// comma, is a given name and a surname that open a clause of their own,
// a verb after them and no comma: "ride a pony, Ivo Marsh will walk beside
// her" lists clauses, where an apposition would close with a comma.
func listedClause(toks []tok, s int) bool {
	e := s
	for e < len(toks) && toks[e].word && toks[e].cap && !toks[e].sentStart {
		e++
	}
	if e-s < 2 || e >= len(toks) || !givenName(toks[s].text) || !toks[e].word {
		return false
	}
	l := toks[e].lower
	return modalVerbs[l] || beForms[l] || haveForms[l] || strings.HasSuffix(l, "ed")
}

// modalVerbs open a clause's verb phrase.
var modalVerbs = setOf(`will would can could shall should may might must`)

// animalNoun reports whether l is an animal noun or its plural: "their
// two whippets, Ottie and Wystan".
func animalNoun(l string) bool {
	return animalNouns[l] || len(l) > 3 && l[len(l)-1] == 's' && animalNouns[l[:len(l)-1]]
}

// bareAnimalOpeners may stand right before an animal noun with no
// determiner that heads its own phrase before a name: "as cockerel
// Ambrosius crowed", "with tortoise Ebbo". An adjective there makes a figure
// of speech ("fat cat Ivo Marsh").
var bareAnimalOpeners = setOf(`as and with like including while after when but`)

// animalEpithet reports whether a name ends in "the" and an animal noun
// or a made-up figure's noun (epithetNouns), an epithet no person bears:
// "Horatio the Heron", "Wilbur the Hedgehog", "Tuppence the Tractor" (not
// "Ivo Marsh the Younger").
func animalEpithet(name []string) bool {
	n := len(name)
	if n < 3 || name[n-2] != "the" {
		return false
	}
	l := strings.ToLower(name[n-1])
	return animalNouns[l] || epithetNouns[l]
}

// epithetNouns after "the" end the names of children's characters and
// mascots, never a person's: "Tuppence the Tractor", "Ivo the Engine".
var epithetNouns = setOf(`builder engine tractor robot dragon monster pirate clown snowman train
bus digger`)

// untaggedCreatures records as a creature's (noteCreature) a name the
// tagger may have missed right before "the" and an animal noun that goes
// on with a verb ("Although Wilbur the hedgehog escaped", animalAfter):
// the name's other mentions ("Wilbur returned") are the animal's too.
// A common word opening the sentence is no part of the name.
func (st *story) untaggedCreatures(d *paraDoc) {
	toks := d.toks
	for k := 1; k+1 < len(toks); k++ {
		if toks[k].lower != "the" || toks[k].cap || !toks[k-1].word || !toks[k-1].cap || !animalAfter(toks, k) {
			continue
		}
		s := k - 1
		for s > 0 && !toks[s].sentStart && toks[s-1].word && toks[s-1].cap && k-s < 3 {
			s--
		}
		if toks[s].sentStart && s < k-1 && commonWord(toks[s].text) {
			s++ // "Although Wilbur the hedgehog"
		}
		if s == k-1 && toks[s].sentStart && commonWord(toks[s].text) {
			continue
		}
		words := make([]string, 0, k-s)
		for i := s; i < k; i++ {
			words = append(words, toks[i].text)
		}
		st.noteCreatureName(words)
	}
}

// coatColours describe an animal's coat before its noun: "the grey mare",
// "a bay gelding", "her tabby cat".
var coatColours = setOf(`grey gray bay chestnut roan dun piebald skewbald palomino dapple black brown
white ginger tabby tortoiseshell brindle`)

// ridden reports whether "on" at token k follows a jockey's ride, a
// noun after a determiner, maybe with one word between: "the ride on
// Gale Force", "his winning ride on Gale Force" (not "everything rides
// on Ada Kell").
func ridden(toks []tok, k int) bool {
	if k < 2 || toks[k-1].lower != "ride" && toks[k-1].lower != "rides" {
		return false
	}
	for i := k - 2; i >= 0 && i >= k-3; i-- {
		d := toks[i].lower
		if d == "the" || d == "a" || possessiveDeterminers[d] {
			return true
		}
		if !toks[i].word || toks[i].cap {
			return false
		}
	}
	return false
}

// animalTitled makes a person mention the tagger or a title rule found
// an animal's name, kind other, title and all: a horse's name often
// opens with a title ("Mister Cadwallader", "Duke of Cadogan") that
// makes no person of it.
func animalTitled(d *paraDoc, m *mention) {
	m.name = m.name[:0:0]
	for k := m.s; k < m.e; k++ {
		if t := d.toks[k]; t.word {
			m.name = append(m.name, t.text)
		}
		d.persons[k] = false
	}
	m.kind, m.hon, m.ofTitle, m.the, m.rule, m.split, m.roles = Other, "", false, false, false, false, nil
	m.key = ""
}

// chipWords say a pet carries an identity chip: no person is
// "microchipped" or identified by "his microchip".
var chipWords = setOf(`microchip microchipped chipped`)

// petKept reports whether what the sentence says of the name ending at
// m.e is said only of a pet: "is microchipped" or "was chipped" right
// after it ("Mr Tibbs is microchipped and wears a collar"), or, in a
// passive clause, a preposition, "his" or "her" and "microchip" later in
// its sentence, with no other person's name and no verb of saying
// between ("Gordon was found in a raid and was identified by his
// microchip"; not "Ada Kell said the dog was identified by its
// microchip", nor "Ada Kell scanned her microchip"), or "his owner" or
// "her owner" after "by", "with" or "to" ("Biscuit, a grey parrot, was
// brought along by her owner"; no one is a person's owner).
func petKept(d *paraDoc, m *mention) bool {
	if !d.has(clsPetCue) {
		return false // every way below needs a chip word, "owner" or "owners"
	}
	toks := d.toks
	k := m.e
	if k+1 < len(toks) && toks[k].is(clsBeForm) && toks[k+1].lower != "not" && chipWords[toks[k+1].lower] && toks[k+1].lower != "microchip" {
		return true // "is microchipped"
	}
	passive := false
	for ; k+1 < len(toks) && k < m.e+30; k++ {
		t := &toks[k]
		if t.sentStart || d.inPerson(k) || t.is(clsSayVerb) {
			return false
		}
		passive = passive || t.is(clsBeForm)
		if (t.lower == "his" || t.lower == "her") && toks[k+1].lower == "microchip" {
			return passive && k > 0 && chipPrepositions[toks[k-1].lower]
		}
		if (t.lower == "his" || t.lower == "her") && (toks[k+1].lower == "owner" || toks[k+1].lower == "owners") && k > 0 && ownerPrepositions[toks[k-1].lower] {
			return true // "had been brought along by her owner", "was reunited with his owners"
		}
	}
	return false
}

// ownerPrepositions before "his owner" or "her owner" later in a
// name's sentence make the name a pet's: "Biscuit was brought along by
// her owner", "was reunited with his owners".
var ownerPrepositions = setOf(`by with to`)

// chipPrepositions before "his microchip" say the chip told who the
// pet was: "identified by his microchip", "traced through her
// microchip".
var chipPrepositions = setOf(`by through via from thanks`)
