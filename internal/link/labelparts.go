package link

import (
	"slices"
	"strings"
)

// labelWords returns the words of a label part that tell it from another:
// lower-case stems, split at spaces and hyphens ("Wal-Mart" is "Wal
// Mart"), without function words ("of" in "Bank of England" says nothing).
func labelWords(part string) []string {
	var out []string
	for w := range strings.FieldsFuncSeq(strings.ToLower(part), isLabelSep) {
		if _, stop := stopwords[w]; stop {
			continue
		}
		out = append(out, stem(w))
	}
	return out
}

// isLabelSep marks the runes that part the words of a label part.
func isLabelSep(r rune) bool { return r == ' ' || r == '-' || r == '‐' }

// containsWords reports whether the words of long hold those of short as
// a run of whole words ("Film Classification" in "British Board of Film
// Classification"), short being the shorter.
func containsWords(long, short []string) bool {
	if len(short) == 0 || len(short) >= len(long) {
		return false
	}
	for i := 0; i+len(short) <= len(long); i++ {
		if slices.Equal(long[i:i+len(short)], short) {
			return true
		}
	}
	return false
}

// pairedIn reports whether the single words a and b (lower case) make
// one name in the arc's names phrases (lower case): at least two of them
// write a before b, side by side, and more than write either word
// otherwise ("cross" and "country" of "World Cross Country
// Championships" and "England Cross Country", not of "Reebok Cardiff
// Cross Challenge"; a list run together, "Amazon Google Yahoo", names
// other pairs too).
func pairedIn(phrases []string, a, b string) bool {
	pairs, other := 0, 0
	for _, p := range phrases {
		has, pair := false, false
		prev := ""
		for w := range strings.FieldsFuncSeq(p, isLabelSep) {
			has = has || w == a || w == b
			pair = pair || prev == a && w == b
			prev = w
		}
		switch {
		case pair:
			pairs++
		case has:
			other++
		}
	}
	return pairs >= 2 && pairs > other
}

// demonyms maps the places whose people's adjective the ending rules of
// samePlace miss to it.
var demonyms = map[string]string{
	"scotland": "scottish", "england": "english", "ireland": "irish", "wales": "welsh",
	"britain": "british", "uk": "british", "france": "french", "spain": "spanish",
	"netherlands": "dutch", "holland": "dutch", "switzerland": "swiss", "poland": "polish",
	"finland": "finnish", "denmark": "danish", "greece": "greek", "norway": "norwegian",
	"peru": "peruvian", "philippines": "filipino", "thailand": "thai", "iceland": "icelandic",
	"portugal": "portuguese", "cyprus": "cypriot", "us": "american", "usa": "american",
	"america": "american", "iraq": "iraqi", "israel": "israeli", "scots": "scottish",
}

// placeEnds and peopleEnds are the endings a place's name gives way to in
// its people's adjective: "Egypt"/"Egyptian", "China"/"Chinese",
// "Germany"/"German", "Turkey"/"Turkish", "Belgium"/"Belgian".
var (
	placeEnds  = []string{"", "a", "o", "e", "y", "ey", "um", "en", "ain", "ia"}
	peopleEnds = []string{"n", "an", "ian", "ese", "i", "ish", "ic"}
)

// samePlace reports whether two single words (lower case) are a place and
// the adjective of its people, either way round: near duplicates in a
// label ("Egypt · Egyptian").
func samePlace(a, b string) bool {
	if a == b {
		return false
	}
	if demonyms[a] == b || demonyms[b] == a {
		return true
	}
	return placeAdjective(a, b) || placeAdjective(b, a)
}

// placeAdjective reports whether adj is place with one of placeEnds given
// way to one of peopleEnds, on a stem of four letters at least; a bare
// stem ("German" of "Germany", "Argentine" of "Argentina") counts only
// after a vowel ending, so that surnames ("Clark", "Clarke") stay apart.
func placeAdjective(place, adj string) bool {
	for _, pe := range placeEnds {
		root, ok := strings.CutSuffix(place, pe)
		if !ok || len(root) < 4 || !strings.HasPrefix(adj, root) {
			continue
		}
		switch rest := adj[len(root):]; {
		case slices.Contains(peopleEnds, rest):
			return true
		case (rest == "" || rest == "e") && (pe == "y" || pe == "a"):
			return true
		}
	}
	return false
}

// acronym reports whether a word is written in capitals only ("RFID").
func acronym(w string) bool {
	return len(w) >= 2 && strings.ToUpper(w) == w && strings.ToLower(w) != w
}
