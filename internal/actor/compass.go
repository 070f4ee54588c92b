package actor

// compassBefore reports whether a compass word in lower case stands right
// before token s inside a sentence ("in north London", "south Wales",
// "central Manchester"): it picks out a part of the place named after
// it, so that "who" after the name speaks of people there ("allotment
// holders in north London who say …"), not of a person called London.
// Written with a capital it opens the name itself ("North London", a
// region, or "West Ham", a club).
func compassBefore(toks []tok, s int) bool {
	if s == 0 {
		return false
	}
	t := &toks[s-1]
	return t.word && !t.cap && compassWords[t.lower]
}

// compassOf reports whether a compass word in lower case and "of" stand
// right before token s: "35 miles southwest of Corran Abbas", "just
// north of Tarrow". What lies in a direction from somewhere is a place;
// a person is never the point a bearing is taken from. Written with a
// capital the compass word opens a name ("South of Tarrow", a title).
func compassOf(toks []tok, s int) bool {
	if s < 2 || toks[s-1].lower != "of" {
		return false
	}
	t := &toks[s-2]
	return t.word && !t.cap && (compassWords[t.lower] && t.lower != "upper" && t.lower != "lower" && t.lower != "greater" || compassJoined[t.lower])
}

// compassJoined are the compass points between the four written as one
// word: "southwest of".
var compassJoined = setOf(`northeast northwest southeast southwest`)
