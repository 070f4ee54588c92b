package actor

// animalNouns name pets and other animals, whose names read like
// people's: "her spaniel Biscuit", "the gelding, named Gale Force".
var animalNouns = setOf(`dog dogs puppy puppies cat cats kitten kittens horse horses pony ponies
gelding mare filly colt stallion racehorse greyhound parrot pet pets hamster rabbit tortoise
donkey goat pig cow bull lamb owl falcon hawk snake spaniel labrador terrier poodle retriever
dachshund whippet lurcher bulldog hound chihuahua pug beagle collie alsatian sheepdog cockapoo
labradoodle`)

// animalName reports whether the name starting at token s is an
// animal's: after "named", "called" or "dubbed" with an animal noun at
// most four words before in the sentence ("The gelding, named Gale
// Force in her honour"), or right after an animal noun, maybe with a
// comma, that follows an article or a possessive determiner, maybe
// with one or two words of the breed between ("her spaniel, Biscuit,",
// "his Border terrier, Biscuit,", "the gelding Gale Force"; not "fat
// cat Fred Goodwin").
func animalName(toks []tok, s int) bool {
	if s == 0 {
		return false
	}
	k := s - 1
	comma := toks[k].text == ","
	switch toks[k].lower {
	case "named", "called", "dubbed":
		for i := k - 1; i >= 0 && i >= k-4; i-- {
			if animalNouns[toks[i].lower] && !toks[i].cap {
				return true
			}
			if toks[i].sentStart {
				break
			}
		}
		return false
	case ",":
		k--
	}
	if k < 1 || !toks[k].word || toks[k].cap || !animalNouns[toks[k].lower] {
		return false
	}
	// One or two words may describe the breed between the determiner
	// and the noun, capitalised or before a comma: "his Border terrier
	// Biscuit", "her springer spaniel, Biscuit,".
	for i := k - 1; i >= 0 && i >= k-3; i-- {
		d := toks[i].lower
		if d == "the" || d == "a" || d == "an" || possessiveDeterminers[d] || d == "my" || d == "our" || d == "your" {
			return true
		}
		if !toks[i].word || i == k-3 || !toks[i].cap && !comma {
			return false // "the fat cat Fred Goodwin"
		}
	}
	return false
}
