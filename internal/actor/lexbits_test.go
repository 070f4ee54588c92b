package actor

import (
	"strings"
	"testing"
)

// classPredicates are the definitions of the wordClass bits: the bit of
// a token must be its predicate of the token's lower-case form.
var classPredicates = []struct {
	name string
	c    wordClass
	pred func(l string) bool
}{
	{"roleHead", clsRoleHead, isRoleHeadL},
	{"kinship", clsKinship, func(l string) bool { return kinship[l] }},
	{"nationality", clsNationality, isNationalityL},
	{"personNoun", clsPersonNoun, personNoun},
	{"beForm", clsBeForm, func(l string) bool { return beForms[l] }},
	{"sayVerb", clsSayVerb, func(l string) bool { return sayVerbs[l] }},
	{"petCue", clsPetCue, func(l string) bool { return chipWords[l] || l == "owner" || l == "owners" }},
	{"personPronoun", clsPersonPronoun, func(l string) bool { return personPronouns[l] }},
	{"heroNoun", clsHeroNoun, func(l string) bool { return heroNouns[l] }},
	{"clauseWord", clsClauseWord, func(l string) bool { return clauseWords[l] }},
	{"titleHead", clsTitleHead, func(l string) bool { return titleHeads[l] }},
	{"animalTell", clsAnimalTell, func(l string) bool { return animalDeeds[l] || animalParts[l] }},
	{"playedBetween", clsPlayedBetween, func(l string) bool { return playedBetween[l] }},
	{"playVerb", clsPlayVerb, func(l string) bool { return playVerbs[l] }},
	{"workNoun", clsWorkNoun, func(l string) bool { return workNouns[l] }},
	{"linkWord", clsLinkWord, func(l string) bool { return linkWords[l] }},
	{"possessiveDet", clsPossessiveDet, func(l string) bool { return possessiveDeterminers[l] }},
	{"month", clsMonth, func(l string) bool { return monthMonths[l] }},
	{"afterNounWords", clsAfterNounWord, func(l string) bool { return afterNounWords[l] }},
	{"animalNouns", clsAnimalNoun, func(l string) bool { return animalNouns[l] }},
	{"prepositionWords", clsPrepositionWord, func(l string) bool { return prepositionWords[l] }},
	{"placePrepositions", clsPlacePreposition, func(l string) bool { return placePrepositions[l] }},
	{"racingWords", clsRacingWord, func(l string) bool { return racingWords[l] }},
	{"titleNouns", clsTitleNoun, func(l string) bool { return titleNouns[l] }},
	{"appositionOpeners", clsAppositionOpener, func(l string) bool { return appositionOpeners[l] }},
	{"productHeads", clsProductHead, func(l string) bool { return productHeads[l] }},
	{"performVerbs", clsPerformVerb, func(l string) bool { return performVerbs[l] }},
	{"kinPlural", clsKinPlural, func(l string) bool { return kinPlurals[l] || l == "boys" || l == "girls" }},
	{"openQuote", clsOpenQuote, openQuote},
	{"roleNoun", clsRoleNoun, isRoleNounL},
	{"noise", 0, isNoiseL},
	{"kinExPrefix", clsKinExPrefix, func(l string) bool { return strings.HasPrefix(l, "ex-") && kinship[l[3:]] }},
}

// classWords returns words to check the classes of: every word of the
// lists behind them, in compounds with a hyphen and in the plural, and
// some words of none.
func classWords() []string {
	words := []string{"", "-", "s", "'s", ",", ".", "'", "‘", "\"", "“", "’", "”", "boys", "girls", "the", "Mr", "tarrow", "ex-", "-wife", "anglo-", "co-founder",
		"director-general", "ex-chancellor", "anglo-french", "german-us", "sino-us", "us-uk", "franco-german",
		"ex-wife", "ex-husband", "super-regulator", "chat-show", "vice-president", "ex-ex-wife", "london-based"}
	sets := []map[string]bool{roleHeads, roleModifiers, kinship, nationalityAdjectives, orgAmbiguousHeads,
		adjectiveHeads, beForms, sayVerbs, chipWords, personPronouns, heroNouns, clauseWords, countryAbbreviations,
		combiningForms, calendar, furniture, pronouns, titleHeads, animalDeeds, animalParts,
		playedBetween, playVerbs, workNouns, linkWords, possessiveDeterminers, monthMonths, kinPlurals,
		afterNounWords, animalNouns, prepositionWords, placePrepositions, racingWords, titleNouns, appositionOpeners, productHeads, performVerbs}
	for _, set := range sets {
		for w := range set {
			words = append(words, w, w+"s", "ex-"+w, w+"-"+w, "co-"+w, w+"-elect", strings.TrimSuffix(w, "s"))
		}
	}
	for w := range wordListIndex {
		words = append(words, w)
	}
	return words
}

func TestTokClassMatchesPredicates(t *testing.T) {
	for _, w := range classWords() {
		c := tokClass(w)
		for _, p := range classPredicates {
			got := c&p.c != 0
			if p.c == 0 {
				tk := tok{cls: c}
				got = tk.noise()
			}
			if want := p.pred(w); got != want {
				t.Errorf("tokClass(%q) has %s = %v, want %v", w, p.name, got, want)
			}
		}
		if got, want := wordLists(c&wordListBits), listsOf(w); got != want {
			t.Errorf("tokClass(%q) lists %b, want listsOf %b", w, got, want)
		}
	}
}

// TestTokenClasses checks that the tokenizer gives every token the
// classes of its lower-case form, possessive endings and punctuation too.
func TestTokenClasses(t *testing.T) {
	texts := []string{
		"The ex-wife of Health Secretary Ada Kell's brother, a Franco-German co-founder, said he was microchipped.",
		"MR TIBBS IS MICROCHIPPED, HIS OWNERS SAID; the heroine — who is Anglo-Irish — told her Director-General.",
		"Mr. Ada Kell, Dr Ivo Marsh, SIR Tom, Lady Jane, the Rt Hon Prof. Vane, Captain Ezra, Chancellor Reeves; Mme Dupont's aide.",
		"Cathal ‘Cha’ Hennessy, “Big” Ada and 'Tiny' Tom, the twin boys' grandchildren.",
		"Theresa May, April Jones and JUNE Marsh met in June, not in MAY. Augusta Sept.",
		"Mr Tibbs, his owners said, is microchipped: The Heroine told the director-general & Étienne’s ex-Wife.",
	}
	lm := new(lowerMemo) // kept across texts and rounds, as between stories
	for round := 0; round < 2; round++ {
		for _, text := range texts {
			for _, m := range []*lowerMemo{nil, lm} {
				for _, tk := range appendTokens(nil, text, m) {
					if tk.honorific() != isHonorific(tk.text) || tk.honorificClass() != honorificClass(tk.text) || tk.is(clsRoleHead) != isRoleHead(tk.text) {
						t.Errorf("%q: honorific %v class %q role head %v; want %v %q %v", tk.text, tk.honorific(), tk.honorificClass(), tk.is(clsRoleHead),
							isHonorific(tk.text), honorificClass(tk.text), isRoleHead(tk.text))
					}
					if tk.word && monthGivenTok(&tk) != monthGiven(tk.text) {
						t.Errorf("%q: monthGivenTok %v, monthGiven %v", tk.text, monthGivenTok(&tk), monthGiven(tk.text))
					}
					if tk.cls != tokClass(tk.lower) || tk.lower != strings.ToLower(tk.text) {
						t.Errorf("%q: lower %q cls %b, want %q and tokClass %b", tk.text, tk.lower, tk.cls, strings.ToLower(tk.text), tokClass(tk.lower))
					}
				}
			}
		}
	}
	for _, c := range []struct {
		text string
		c    wordClass
		want bool
	}{
		{texts[0], clsPetCue, true}, {texts[0], clsKinExPrefix, true}, {texts[0], clsRoleHead, true},
		{texts[0], clsHeroNoun, false}, {texts[1], clsHeroNoun, true}, {"Ada Kell said.", clsPetCue, false},
		{"Ada Kell said.", clsSayVerb, true}, {"", clsSayVerb, false},
		{"Cathal ‘Cha’ Hennessy", clsOpenQuote, true}, {"“Big” Ada", clsOpenQuote, true}, {"Ada’s", clsOpenQuote, false},
		{"his twin boys", clsKinPlural, true}, {"the boys ran", clsKinship, false}, {"the boys ran", clsKinPlural, true},
	} {
		d := &paraDoc{toks: appendTokens(nil, c.text, nil)}
		if got := d.has(c.c); got != c.want {
			t.Errorf("%q: has(%b) = %v, want %v", c.text, c.c, got, c.want)
		}
	}
}

// TestLowerClass checks lowerMemo.lowerClass, whose filter skips the
// class map for most words, against strings.ToLower and tokClass for
// every listed word as written, capitalised and in capitals, twice (from
// the function, then from the memo).
func TestLowerClass(t *testing.T) {
	var lm lowerMemo
	for round := 0; round < 2; round++ {
		for _, w := range classWords() {
			if w == "" {
				continue
			}
			for _, v := range []string{w, strings.ToUpper(w[:1]) + w[1:], strings.ToUpper(w), w + "x", "Tarrow", "Ada", "Kell"} {
				l, c := lm.lowerClass(v)
				if want := strings.ToLower(v); l != want || c != tokClass(want) {
					t.Errorf("lowerClass(%q) = %q, %b; want %q, %b", v, l, c, want, tokClass(want))
				}
			}
		}
	}
	for w := range classIndex {
		if !classFilter.mayHave(fnv32(w)) {
			t.Errorf("classFilter lacks %q", w)
		}
	}
}

// TestParticlesStartLower checks what nameLike's quick test assumes:
// every particle starts with an ASCII lower-case letter.
func TestParticlesStartLower(t *testing.T) {
	for w := range particles {
		if !startsLower(w) {
			t.Errorf("particle %q does not start with a lower-case ASCII letter", w)
		}
	}
	for _, c := range []struct {
		w    string
		want bool
	}{{"van", true}, {"Van", true}, {"al-Haddadi", true}, {"al-haddadi", false}, {"London-based", false},
		{"Élodie", true}, {"élodie", false}, {"\xffx", true}, {"", false}, {"de", true}, {"Bennett-Warner", true}} {
		if got := nameLike(c.w); got != c.want {
			t.Errorf("nameLike(%q) = %v, want %v", c.w, got, c.want)
		}
	}
}

// TestFoldEndsASCII checks that foldEndsASCII says false only where
// lowerKey's test says false: the rules return early on its word.
func TestFoldEndsASCII(t *testing.T) {
	for _, c := range []struct {
		w    string
		n    int
		a, b string
		want bool
	}{
		{"Zoomable", 7, "able", "ible", true}, {"ZOOMABLE.", 7, "able", "ible", true}, {"Edible", 6, "able", "ible", true},
		{"Cable", 7, "able", "ible", false}, {"Tarrow", 7, "able", "ible", false}, {"Ables", 3, "able", "ible", false},
		{"Canaries", 6, "ies", "ies", true}, {"Ties", 6, "ies", "ies", false}, {"Évitable", 7, "able", "ible", true},
		{"Étienne", 7, "able", "ible", true}, {"", 1, "ies", "ies", false},
	} {
		got := foldEndsASCII(c.w, c.n, c.a, c.b)
		if got != c.want {
			t.Errorf("foldEndsASCII(%q, %d, %q, %q) = %v, want %v", c.w, c.n, c.a, c.b, got, c.want)
		}
		l := lowerKey(c.w)
		if exact := len(l) >= c.n && (strings.HasSuffix(l, c.a) || strings.HasSuffix(l, c.b)); exact && !got {
			t.Errorf("foldEndsASCII(%q) is false where lowerKey's test holds", c.w)
		}
	}
}

// TestFoldSet checks foldSet.has against inSetFold for every word of its
// set in three casings, with a full stop, and for words not in it.
func TestFoldSet(t *testing.T) {
	for _, fs := range []*foldSet{placeWordsFold, orgWordsFold, newFoldSet(map[string]bool{"fc": true, "ÉLYSÉE": true})} {
		words := []string{"", ".", "Tarrow", "STREETS", "Élysée", "élysée", strings.Repeat("street", 7)}
		for w := range fs.m {
			words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:], w+".", w+"x")
		}
		for _, w := range words {
			if got, want := fs.has(w), inSetFold(fs.m, w); got != want {
				t.Errorf("has(%q) = %v, inSetFold %v", w, got, want)
			}
		}
	}
}

// TestHeadBitsFilter checks headBits, which skips the map for words its
// filter has not, against nameHeads for every word of it in three
// casings and with a full stop.
func TestHeadBitsFilter(t *testing.T) {
	for w, want := range nameHeads {
		for _, v := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:], w + "."} {
			if got := headBits(v); got != want {
				t.Errorf("headBits(%q) = %b, want %b", v, got, want)
			}
		}
	}
	for _, w := range []string{"", ".", "Tarrow", "Kell", "the"} {
		if got := headBits(w); got != nameHeads[strings.ToLower(strings.TrimSuffix(w, "."))] {
			t.Errorf("headBits(%q) = %b", w, got)
		}
	}
}
