package actor

import "testing"

// TestAnimalNames checks that a name given to an animal ("the gelding,
// named Gale Force", "her spaniel, Biscuit,") is no person, while a name
// after an animal noun used of a person ("fat cat Ivo Marsh") or named
// after a person's noun stays a person.
func TestAnimalNames(t *testing.T) {
	fakeLexicon(t)
	tagged := map[string]string{"Gale Force": "PER", "Biscuit": "PER", "Ivo Marsh": "PER", "Ada Kell": "PER", "Tamsin Gale": "PER"}
	runKindRows(t, tagged, [][4]string{
		{"named after an animal noun", "Tamsin Gale owned a gelding, named Gale Force in her honour, which never won.", "Gale Force", Other},
		{"an animal noun before it", "Ada Kell was walking her spaniel, Biscuit, when it happened.", "Biscuit", Other},
		{"a breed before the noun", "Ada Kell takes her Border terrier Biscuit to every match.", "Biscuit", Other},
		{"a breed before the noun and a comma", "Ada Kell was walking her springer spaniel, Biscuit, when it happened.", "Biscuit", Other},
		{"an animal noun of a person", "Critics said fat cat Ivo Marsh, 58, was paid too much.", "Ivo Marsh", Person},
		{"an animal noun of a person after an article", "Critics said the fat cat Ivo Marsh was paid too much.", "Ivo Marsh", Person},
		{"named after a person's noun", "The nurse, named Ada Kell by the court, was cleared.", "Ada Kell", Person},
		{"an animal noun after a possessive noun", "Ada Kell said the couple's spaniel, Biscuit, would move with them.", "Biscuit", Other},
		{"an apposition with an animal head", "Gale Force, a six-year-old bay gelding, was taken from a field.", "Gale Force", Other},
		{"an apposition with an animal head and a closer", "Biscuit, the family cockapoo belonging to Ada Kell, won a rosette.", "Biscuit", Other},
		{"the animal noun right after the name", "When Biscuit the tortoise wandered off, Ada Kell feared the worst.", "Biscuit", Other},
		{"an animal noun in a compound after the name", "Ada Kell the horse trainer said nothing.", "Ada Kell", Person},
		{"an apposition with an animal noun in a compound", "Ivo Marsh, a dog breeder from Corran, was fined.", "Ivo Marsh", Person},
		{"an apposition naming the owner of an animal", "Ivo Marsh, the owner of a dog, was fined.", "Ivo Marsh", Person},
	})
}

// TestAnimalNamesRound26 checks round 26's animal cues: an animal noun
// with no determiner after a function word ("as cockerel Ambrosius"), an
// animal plural before a list's first name, an animal epithet in the
// name ("Horatio the Heron"), and "the" and an animal noun after a
// name the tagger missed or misread, whose other mentions follow it;
// a clause listed after a comma ("ride a pony, Ivo Marsh will …") is
// no apposition.
func TestAnimalNamesRound26(t *testing.T) {
	fakeLexicon(t)
	tagged := map[string]string{"Ambrosius": "PER", "Ottie": "PER", "Horatio the Heron": "PER", "Tuppence the Tractor": "PER", "Ivo Marsh the Younger": "PER", "Ivo Marsh": "PER", "Ada Kell": "PER"}
	runKindRows(t, tagged, [][4]string{
		{"an animal noun after a function word", "Neighbours complained as cockerel Ambrosius crowed at dawn.", "Ambrosius", Other},
		{"an adjective before the animal noun", "Critics said greedy cat Ivo Marsh was paid too much.", "Ivo Marsh", Person},
		{"an animal plural before a list", "Ada Kell lives with her two whippets, Ottie and Wystan, near the coast.", "Ottie", Other},
		{"an animal epithet", "The charity's new emblem, Horatio the Heron, will appear on its vans.", "Horatio the Heron", Other},
		{"a made-up figure's epithet", "Tuppence the Tractor and his friends return to screens in May.", "Tuppence the Tractor", Other},
		{"a person's epithet", "Ivo Marsh the Younger inherited the estate.", "Ivo Marsh the Younger", Person},
		{"a clause listed after a comma", "Ada Kell will ride a pony, Ivo Marsh will walk beside her.", "Ivo Marsh", Person},
	})
}

// TestUntaggedCreature: "the" and an animal noun after a name the tagger
// misread make its other mentions the animal's.
func TestUntaggedCreature(t *testing.T) {
	stubLexicon(t, nil, setOf(`although`), setOf(`Ada Ivo`))
	runNameRules(t, []nameRuleCase{{
		name:   "the animal noun after a misread name",
		text:   []string{"Although Wilbur the hedgehog escaped last spring, the keepers kept a bowl out.", "Wilbur returned to the shed on Tuesday, Ada Kell said."},
		tagged: map[string]string{"Although Wilbur": "ORG", "Wilbur": "PER", "Ada Kell": "PER"},
		want:   map[string]string{"Wilbur": Other, "Ada Kell": Person},
	}})
}
