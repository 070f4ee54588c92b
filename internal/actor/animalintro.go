package actor

// News brings in an animal by its kind and names it in the next
// sentence: "A penguin who went missing from the zoo was found two miles
// away. Nigel, who is three, had squeezed through a fence." or "I backed
// a horse on Boxing Day. She was called Lady Velma." The name then
// stands for the animal the sentence before spoke of, as long as that
// sentence spoke of no person to whom it could belong instead.

// introducedAnimal reports whether m, a name of one word (maybe after a
// title), opens its sentence, or follows "she", "he" or "it" and "was
// called" or "is named" opening it, right after a sentence with an
// animal noun after a determiner ("a penguin", "our spaniel") and no
// person in it: no name read as a person's, no noun for a person ("a
// boy and his dog"). An age in commas after the name ("Sam, 12,") is a
// child's, not an animal's.
func (st *story) introducedAnimal(d *paraDoc, m *mention) bool {
	if m.s >= len(d.toks) || len(m.name) != 1 && (len(m.name) != 2 || !isHonorific(m.name[0])) {
		return false // one word, maybe after a title read into the name once it was found an animal's (animalTitled)
	}
	toks := d.toks
	s := m.s
	if s > 0 && titleBefore(&toks[s-1]) || s > 0 && toks[s-1].sentStart && toks[s-1].cap && toks[s-1].honorific() {
		s-- // "Lady Velma" with its title split off
	}
	if !toks[s].sentStart {
		if s < 4 || !calledWords[toks[s-1].lower] || !toks[s-2].is(clsBeForm) || !toks[s-3].sentStart || !animalPronouns[toks[s-3].lower] {
			return false
		}
		s -= 3
	} else if e := m.e; e+2 < len(toks) && toks[e].text == "," && (isNumber(toks[e+1].lower) || ageWord(toks[e+1].lower)) {
		return false // "Sam, 12, said"
	}
	pd, ps := d, s-1 // the sentence before: in this paragraph, else the last of the one before
	if ps < 0 {
		pd = st.prevDoc(d)
		if pd == nil || len(pd.toks) == 0 {
			return false // no paragraph before, or an empty one
		}
		ps = len(pd.toks) - 1
	}
	return animalSentence(pd, ps)
}

// calledWords after "she was" or "it is" give a name: "She was called".
var calledWords = setOf(`called named`)

// animalPronouns stand for an animal opening the sentence that names it.
var animalPronouns = setOf(`she he it`)

// animalSentence reports whether the sentence of d ending at token e
// holds an animal noun in lower case after a determiner, maybe with one
// or two words between ("a Humboldt penguin", "our springer spaniel"),
// and speaks of no person: no token of a person's name, no noun for a
// person or a kinship noun, no "he" or
// "she" (who would be the one the name is: "Ada has decided she will
// be a giraffe. Ivo is sticking with fireman").
func animalSentence(d *paraDoc, e int) bool {
	toks := d.toks
	s := e
	for s > 0 && !toks[s].sentStart {
		s--
	}
	animal := false
	for k := s; k <= e; k++ {
		t := &toks[k]
		if !t.word {
			continue
		}
		if d.persons != nil && d.persons[k] {
			return false
		}
		if t.cap {
			continue
		}
		if residentNouns[t.lower] || isKinship(t.lower) || personNoun(t.lower) || personPronouns[t.lower] {
			return false // "a boy and his dog", "the owner's spaniel", "she is going to be a giraffe"
		}
		if t.is(clsAnimalNoun) && !animal {
			for j := k - 1; j >= s && j >= k-3; j-- {
				if l := toks[j].lower; articleWords[l] || possessiveDeterminers[l] || l == "our" || l == "my" {
					animal = true
					break
				}
			}
		}
	}
	return animal
}

// articleWords are the articles.
var articleWords = setOf(`a an the`)

// prevDoc returns the paragraph read before d, or nil.
func (st *story) prevDoc(d *paraDoc) *paraDoc {
	for i, o := range st.docs {
		if o == d {
			if i == 0 {
				return nil
			}
			return st.docs[i-1]
		}
	}
	return nil
}

// animalParts are parts of an animal's body no person has: "wags her
// tail", "licked his paws".
var animalParts = setOf(`tail tails paw paws whiskers mane hooves hoof muzzle snout beak claws`)

// animalDeeds are what only animals do: "barked at the postman".
var animalDeeds = setOf(`wag wags wagged wagging purr purrs purred purring bark barks barked barking
neigh neighs neighed whinnied`)

// animalTold reports whether the sentence of m, a name of one word, or
// the next one in the paragraph if "she", "he" or "it" opens it, tells
// what only an animal has or does: "his", "her" or "its" before a part
// of an animal's body ("wags her tail"), or a verb of barking, purring
// or wagging ("Luna had lost a leg. She still wags her tail at
// strangers").
func animalTold(d *paraDoc, m *mention) bool {
	if len(m.name) != 1 {
		return false
	}
	if !d.has(clsAnimalTell) {
		return false // no deed nor part of an animal to tell
	}
	toks := d.toks
	next := false
	for k := m.e; k < len(toks); k++ {
		t := &toks[k]
		if t.sentStart {
			if next || !animalPronouns[t.lower] {
				return false
			}
			next = true
			continue
		}
		if !t.word || t.cap {
			continue
		}
		if animalDeeds[t.lower] || animalParts[t.lower] && k > 0 && (toks[k-1].lower == "her" || toks[k-1].lower == "his" || toks[k-1].lower == "its") {
			return true
		}
	}
	return false
}
