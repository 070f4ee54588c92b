package actor

import (
	"math/bits"
	"slices"
	"strings"
)

// American teams are named for a city or a school and a plural nickname
// ("the Corran City Herons"), written whole, as the nickname alone ("the
// Herons beat …") or as the town or school alone ("Corran City (11-4)
// hosts …"). A tagger reads the town as a place and the nickname as a
// place or a thing. In a sports story a name ending in a nickname is the
// team, an organisation, and in a story about American games (two words
// or more only they use: "quarterback", "playoffs", "yards") a town or
// school standing where a side does is the team even when the model
// knows it only as a place: there are no national sides in them. A town
// read as a body joins the team's full name when the story writes one.

// americanCues are the sportsCues bits of words only American games use
// ("innings" and "halftime" are cricket's and football's too).
var americanCues = func() uint64 {
	var mask uint64
	for _, w := range []string{"quarterback", "touchdown", "touchdowns", "playoff", "playoffs", "rebounds",
		"inning", "pitcher", "basketball", "baseball", "hockey", "assists", "yards", "rushing", "linebacker", "cornerback",
		"nba", "nfl", "ncaa", "nhl"} {
		mask |= sportsCues[w]
	}
	return mask
}()

// americanSports reports whether the cue bits of a story make it a story
// about American games: two of their own words or more.
func americanSports(cues uint64) bool {
	return sportsStory(cues) && bits.OnesCount64(cues&americanCues) >= 2
}

// teamPlural reports whether w, the last word of a name, may be a team's
// plural nickname ("Herons", "Chiefs", "Bluejays"): a capitalised word
// (not initials, no compound) ending in "s" that is no place or other
// thing the model knows ("Kansas", "Olympics"), no Latin-looking
// singular ("Memphis", "Texas"), no nationality's plural ("Americans")
// and no head noun of a place, an event or a document ("Gardens",
// "Awards").
func teamPlural(w string) bool {
	if len(w) < 4 || w[0] < 'A' || w[0] > 'Z' || w[1] < 'a' || w[1] > 'z' || w[len(w)-1] != 's' || strings.ContainsRune(w, '-') {
		return false // not initials ("MMORPGs") nor a compound ("Tri-Nations")
	}
	switch w[len(w)-2] {
	case 's', 'u', 'i', 'a', 'o':
		return false
	}
	if landNouns[w] || headBits(w)&(placeHead|eventHead|documentHead) != 0 {
		return false
	}
	one := strings.TrimSuffix(w, "s")
	if isNationality(one) || isNationality(strings.TrimSuffix(one, "e")) {
		return false
	}
	known := knownTypes(w)
	return !slices.Contains(known, "LOC") && !slices.Contains(known, "MISC")
}

// countWords open names of contests between so many sides, not teams:
// "the Six Nations", "the Big Ten".
var countWords = setOf(`two three four five six seven eight nine ten twelve big`)

// isCountWord reports whether w, in any case, is one of countWords.
func isCountWord(w string) bool { return inSetFold(countWords, w) }

// teamNames holds what a sports story says of its teams: the keys of
// names ending in a nickname that stand after "the" or open with a town,
// the nicknames ending a longer one, and the towns or schools opening
// one.
type teamNames struct {
	whole map[string]bool // "herons", "corran city herons"
	towns map[string]bool // "corran city"
}

// findTeams reads a sports story's runs of capitalised words for team
// names: a run ending in a nickname after "the" ("the Herons", "the Tar
// Heels"), or opening with a town the story names alone or the model
// knows as a place ("Corran City Herons" beside "Corran City").
func findTeams(docs []*paraDoc) teamNames {
	alone := map[string]bool{}
	type run struct {
		words []string
		the   bool
	}
	var runs []run
	for _, d := range docs {
		for i := 0; i < len(d.toks); {
			if !d.toks[i].word || !d.toks[i].cap {
				i++
				continue
			}
			j := i
			var words []string
			for j < len(d.toks) && d.toks[j].word && d.toks[j].cap {
				words = append(words, d.toks[j].text)
				j++
			}
			the := i > 0 && d.toks[i-1].lower == "the"
			if len(words) > 1 && words[0] == "The" {
				words, the = words[1:], true // "The Corran City Herons won"
			}
			alone[strings.ToLower(strings.Join(words, " "))] = true
			if teamPlural(words[len(words)-1]) {
				runs = append(runs, run{words, the})
			}
			i = j
		}
	}
	t := teamNames{whole: map[string]bool{}, towns: map[string]bool{}}
	for _, r := range runs {
		n := len(r.words)
		if givenName(r.words[0]) && n == 2 || isNationality(r.words[0]) || slices.ContainsFunc(r.words[:n-1], isCountWord) {
			continue // "Chris Evans", "the European Indoors", "the RBS Six Nations"
		}
		key := strings.ToLower(strings.Join(r.words, " "))
		town := strings.ToLower(strings.Join(r.words[:n-1], " "))
		if n > 1 && (alone[town] || slices.Contains(knownTypes(r.words[0]), "LOC")) {
			t.whole[key] = true
			t.towns[town] = true
		}
		if r.the {
			t.whole[key] = true
		}
	}
	for k := range t.whole {
		if i := strings.LastIndexByte(k, ' '); i >= 0 {
			t.whole[k[i+1:]] = true // "Herons" alone after "Corran City Herons"
		}
	}
	return t
}

// teamEvidence returns the organisation evidence for m in a sports story:
// a name ending in a team's nickname, or a team's town or school where a
// side stands ("beat Corran City", "Corran City (11-4)").
func (st *story) teamEvidence(d *paraDoc, m *mention) int {
	if m.typ == "PER" || m.typ == "ORG" || len(m.name) == 0 {
		return 0
	}
	key := strings.ToLower(strings.Join(m.name, " "))
	if st.teams.whole[key] {
		return 3
	}
	if !americanSports(st.cues) || m.typ != "LOC" && m.typ != "MISC" && !st.teams.towns[key] {
		return 0
	}
	last := m.name[len(m.name)-1]
	if givenName(m.name[0]) || headBits(last)&placeHead != 0 || landNouns[last] {
		return 0
	}
	if sidePosition(d.toks, m.s, m.e) || americanSide(d.toks, m.s, m.e) {
		return 3
	}
	return 0
}

// seedWords before a name rank it as a side: "top-ranked Corran City",
// "No. 5 seed Corran City", "visiting Corran City".
var seedWords = setOf(`seed top-seeded top-ranked visiting unbeaten defending`)

// americanSide reports whether the words around the name at tokens
// [s, e) are those around a side in an American sports report: a record
// in brackets after it ("Corran City (25-7)"), a rank or "visiting"
// before it, or a score after its possessive ("Corran City's 65-53
// victory").
func americanSide(toks []tok, s, e int) bool {
	if s > 0 && seedWords[toks[s-1].lower] {
		return true
	}
	if e+2 < len(toks) && toks[e].text == "(" && scoreLike(toks[e+1].text) && toks[e+2].text == ")" {
		return true
	}
	return e+1 < len(toks) && isPossessive(&toks[e]) && scoreLike(toks[e+1].text)
}

// teamOf returns the one organisation among orgs, other than orgs[self],
// named by the team's town or school fold and a nickname ("Corran City"
// and "Corran City Herons"), or nil: a side named by its town is the
// team of the story.
func (st *story) teamOf(fold string, self int, orgs []orgName) *cluster {
	if !st.teams.towns[fold] {
		return nil
	}
	var into *cluster
	for i, a := range orgs {
		if i == self || a.c == nil || !strings.HasPrefix(a.fold, fold+" ") || !st.teams.whole[a.fold] {
			continue
		}
		if into != nil {
			return nil
		}
		into = a.c
	}
	return into
}
