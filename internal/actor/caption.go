package actor

// This file holds the rule that finds a person placed in a picture by a
// caption: "Kit Quennell, left, and Serena Abbot at a reading", "Ada
// Kell (centre) with her crew". A tagger misses a name of words it reads
// as common ones ("Kit"); the place in the picture, between commas or in
// brackets, says the name is a person's.

// captionPlaces are the words a caption places a person in a picture by.
var captionPlaces = setOf(`left right centre center`)

var captionPlacesLen = lenFilterOf(captionPlaces)

// captionSpans returns a person's span over each name of two or three
// capitalised words placed in a picture (", left," or "(left)" after it)
// that opens its sentence or follows no capitalised word: name words
// (nameLike), none a title, role, body's or place's word (tailIsName),
// nationality or word of the calendar, the last no head noun of a body,
// a place or an event.
func captionSpans(toks []tok) []span {
	var out []span
	for k := 3; k+1 < len(toks); k++ {
		if toks[k].cap || !captionPlacesLen.mayHave(toks[k].lower) || !captionPlaces[toks[k].lower] {
			continue
		}
		open, close := toks[k-1].text, toks[k+1].text
		if !(open == "," && (close == "," || close == ".") || open == "(" && close == ")") {
			continue
		}
		e := k - 1
		s := e
		for s > 0 && e-s < 3 && toks[s-1].word && toks[s-1].cap && nameLike(toks[s-1].text) {
			s--
			if toks[s].sentStart {
				break
			}
		}
		if e-s < 2 || s > 0 && toks[s-1].word && toks[s-1].cap && !toks[s].sentStart {
			continue
		}
		words := make([]string, 0, e-s)
		for i := s; i < e; i++ {
			words = append(words, toks[i].text)
		}
		if !tailIsName(words) || headBits(words[len(words)-1]) != 0 || isNationality(words[0]) || isNoiseWord(words[len(words)-1]) {
			continue
		}
		out = append(out, span{s: s, e: e, typ: "PER", rule: true})
	}
	return out
}
