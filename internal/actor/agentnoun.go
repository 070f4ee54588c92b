package actor

import (
	"strings"

	"github.com/storyline/storyline/internal/nlp"
)

// This file holds the test of a word a person is called by that the
// role lists do not hold: a noun of one who does something, told by its
// ending ("harbourmaster", "archaeologist", "gamekeeper", "custodian",
// "auctioneer"). Right before a person's name it is the person's role
// ("Harbourmaster Ned Loveridge said"), as a listed role noun is.

// agentSuffixes end nouns of one who does something. "-er" and "-or"
// end as many nouns of things ("sector", "paper"): only a word opening
// its sentence right before a person's name is taken on them
// ("Gamekeeper Ned Loveridge said").
var agentSuffixes = [...]string{"ist", "ian", "eer", "man", "woman", "master", "mistress", "keeper", "monger", "smith", "wright"}

// openingAgentSuffixes end nouns of one who does something opening a
// sentence before a name (see agentSuffixes).
var openingAgentSuffixes = [...]string{"er", "or"}

// agentStem reports whether l, too rare for the model to know how it is
// written, ends in "-er" after a word the model writes in lower case,
// at least often:
// "rocker" is one who rocks, as "keeper" one who keeps.
func agentStem(l string) bool {
	stem, ok := strings.CutSuffix(l, "er")
	return ok && len(stem) >= 3 && (wordCasing(stem) == nlp.CasingLower || wordCasing(stem) == nlp.CasingMixed)
}

// notAgents end in an agent's suffix but name no one: adverbs,
// prepositions, comparatives, verbs and common nouns that open
// sentences.
var notAgents = setOf(`after under over never ever either neither whether rather together however
whatever whoever whichever wherever whenever other another former latter later earlier further
sooner better bigger older younger elder lower upper inner outer minor major senior junior prior
superior inferior interior exterior remember consider wonder enter offer order cover discover
register answer matter number summer winter water letter paper power tower border corner chapter
weather meanwhile german roman woman human`)

// personAgentNoun reports whether t is a word, not a listed role noun, that
// names one who does something by its ending (agentSuffixes, and
// openingAgentSuffixes for a word opening its sentence), none of
// the words that end so and name no one, no given name, no nationality,
// kinship noun or title, no trade noun as often a firm's (businessNouns:
// "Insurer Cardew Mutual") and no word the model knows as a name's.
func personAgentNoun(t *tok) bool {
	l := t.lower
	if !t.word || len(l) < 5 || strings.ContainsAny(l, "-'") || notAgents[l] || clauseWords[l] || afterNounWords[l] || businessNounPlural(l) ||
		isKinship(l) || t.honorific() || isNationalityL(l) || givenName(t.text) {
		return false
	}
	suffixed := false
	for _, suf := range agentSuffixes {
		suffixed = suffixed || strings.HasSuffix(l, suf)
	}
	if t.sentStart && t.cap && (wordCasing(l) == nlp.CasingLower || wordCasing(l) == nlp.CasingUnknown && agentStem(l)) {
		for _, suf := range openingAgentSuffixes {
			suffixed = suffixed || strings.HasSuffix(l, suf) // a common noun: "Keeper", not "Victor"
		}
	}
	if !suffixed || len(knownTypes(t.text)) > 0 {
		return false
	}
	return wordCasing(l) != nlp.CasingUpper
}
