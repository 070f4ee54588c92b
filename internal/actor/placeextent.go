package actor

// extentNouns name a part of the land a place covers, which people do
// not have: "the slopes of Ben Corran", "on the edge of Knaresborough",
// "the outskirts of Tarrow".
var extentNouns = setOf(`edge edges outskirts slopes summit foothills shores`)

// extentOf reports whether "of" at token k follows "the" and an extent
// noun in lower case ("on the edge of", "the lower slopes of"; not "the
// cutting edge of", which may speak of anything, as a plain adjective
// between does not bar it: "the southern edge of").
func extentOf(toks []tok, k int) bool {
	if k < 2 || toks[k-1].cap || !extentNouns[toks[k-1].lower] {
		return false
	}
	j := k - 2
	if j > 0 && toks[j].word && !toks[j].cap && toks[j].lower != "the" && !cuttingWords[toks[j].lower] {
		j-- // "the southern edge of", "the lower slopes of"
	}
	return toks[j].lower == "the"
}

// cuttingWords before "edge" make a figure of speech, no place: "the
// cutting edge of", "the leading edge of".
var cuttingWords = setOf(`cutting leading bleeding trailing competitive`)
