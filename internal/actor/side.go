package actor

import (
	"math/bits"
	"slices"
)

// Clubs are named after their towns ("Leicester", "West Ham",
// "Portsmouth"), and the tagger reads such a name as the place. In a
// story about a match the town that plays, beats, hosts or signs is the
// club: an organisation. A country's side ("France", "England") keeps
// the country's name and kind, as national teams are written.

// sportsCues are words of match reports, British and American; a story
// using several different ones is about sport.
var sportsCues = func() map[string]uint64 {
	m := map[string]uint64{}
	for i, w := range []string{"beat", "drew", "striker", "midfielder", "goalkeeper", "defender", "winger",
		"premiership", "league", "scored", "goals", "penalty", "fixture", "kick-off", "match", "tries",
		"fly-half", "scrum-half", "half-time", "full-time", "championship", "cup", "manager", "coach",
		"relegation", "promotion", "semi-final", "quarter-final", "final", "squad", "season", "referee",
		// American games: football, basketball, baseball, hockey.
		"quarterback", "touchdown", "touchdowns", "playoff", "playoffs", "halftime", "rebounds", "semifinal",
		"semifinals", "quarterfinal", "quarterfinals", "tournament", "inning", "innings", "pitcher", "basketball",
		"football", "baseball", "hockey", "rookie", "roster", "assists", "yards", "rushing", "linebacker", "cornerback",
		"scoring", "unbeaten", "nba", "nfl", "ncaa", "nhl"} {
		m[w] = 1 << i
	}
	return m
}()

// sportsCuesLen pre-tests membership in sportsCues.
var sportsCuesLen = lenFilterOf(sportsCues)

// sportsStory reports whether the cue bits seen in a story make it a
// story about sport: three different cues or more.
func sportsStory(cues uint64) bool { return bits.OnesCount64(cues) >= 3 }

// landNouns end the names of countries and regions, whose sides keep
// their names' kind: "the Faroe Islands", "the West Country".
var landNouns = setOf(`Islands Island Country Republic Coast Kingdom States Emirates`)

// sideBefore are words before a name that make it a side in a match:
// "against Leicester", "Arsenal v Portsmouth", "joined Leicester"
// ("visit Cardiff" names the venue).
var sideBefore = setOf(`against v vs versus beat beats beating defeated host hosts hosting entertain
entertains face faces facing play plays playing join joins joined joining`)

// sideAfter are words after a name that make it a side: "Leicester
// beat", "Portsmouth manager Harry Redknapp", "West Ham v".
var sideAfter = setOf(`v vs versus beat beats drew draw lost lose won win host hosts travel travels face
faces visit visits signed sign withstood thrashed edged trail trailed manager boss coach striker
midfielder defender winger goalkeeper keeper captain chairman fans supporters side squad player
players team forward full-back fly-half scrum-half prop flanker hooker lock centre`)

// sidePair reports whether the two words a, b before a name make it a
// side: "away to Leicester", "home to Cardiff", "lost to West Ham", "drew
// with Bath", "win over Bath", "clash with Bath", "points behind Bath",
// "loan from Bath"; not "travel to Paris", where the match
// is played.
func sidePair(a, b string) bool {
	switch b {
	case "to":
		switch a {
		case "away", "home", "lost", "loss", "defeat":
			return true
		}
	case "with":
		return a == "draw" || a == "drew" || a == "draws" || a == "clash"
	case "behind":
		return a == "points" || a == "point" // "five points behind Chelsea"
	case "from":
		return a == "loan" // "a season-long loan from Chelsea"
	case "over":
		return a == "win" || a == "victory"
	case "at":
		return a == "win"
	}
	return false
}

// sideContext reports whether the place name of m stands as a side in a
// match: one of the words above before or after it, a score next to it
// ("Wasps 31-37 Leicester", "Leicester 2-1"), or brackets after a
// player's name ("Fletcher (West Ham)"). Names the model knows only as places ("France", "New
// Zealand") are national sides, left alone.
func sideContext(toks []tok, m *mention) bool {
	if m.typ != "LOC" || len(m.name) == 0 || knownOnlyAs(m.name[0], "LOC") || knownOnlyAs(m.name[len(m.name)-1], "LOC") {
		return false
	}
	if givenName(m.name[0]) || headBits(m.name[len(m.name)-1])&placeHead != 0 || landNouns[m.name[len(m.name)-1]] {
		return false // a person the tagger misread ("Rafa"), a region or a country ("West Country", "Faroe Islands")
	}
	if len(m.name) > 1 {
		// A town's name of several words opens with a word the model
		// knows for a place or a body ("West Ham"); a player's
		// ("Fabrice Santoro") does not.
		known := knownTypes(m.name[0])
		if !slices.Contains(known, "LOC") && !slices.Contains(known, "ORG") {
			return false
		}
	}
	return sidePosition(toks, m.s, m.e)
}

// sidePosition reports whether the words around the name at tokens [s, e)
// are those around a side in a match: "against Leicester", "drew with
// Leicester", "Leicester coach", "Fletcher (West Ham)", "Arsenal v …".
func sidePosition(toks []tok, s, e int) bool {
	if s > 0 {
		p := &toks[s-1]
		if sideBefore[p.lower] || scoreLike(p.text) {
			return true
		}
		if s > 1 && sidePair(toks[s-2].lower, p.lower) {
			return true
		}
		if s > 1 && p.text == "(" && toks[s-2].cap && !givenName(toks[s-2].text) && e < len(toks) && toks[e].text == ")" {
			// A squad list: "Fletcher (West Ham), Giggs (Man Utd)"; not
			// a surname filled in after a given name ("Eddie (O'Sullivan)").
			return true
		}
	}
	if e < len(toks) {
		n := &toks[e]
		if sideAfter[n.lower] && !n.cap || n.text == "v" || scoreLike(n.text) {
			return true
		}
	}
	return false
}

// townNamed reports whether a name of two words or more opening with no
// given name ends in "Town" or "City": a town's name, or its club's
// ("Tarrow Town"), never a person's.
func townNamed(name []string) bool {
	if len(name) < 2 || givenName(name[0]) || isHonorific(name[0]) {
		return false
	}
	last := name[len(name)-1]
	return last == "Town" || last == "City"
}
