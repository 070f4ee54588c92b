package actor

import (
	"strings"

	"github.com/storyline/storyline/internal/nlp"
)

// Hyphenated compounds made from a name ("Singapore-based", "non-Opec",
// "Oscar-winning", "trans-Atlantic") describe something else: the
// tagger often tags them, or takes them into the name that follows
// ("Santa Monica-based Activision"), but they name no actor. Names
// written with a hyphen ("Coca-Cola", "Lloyd-Webber", "Al-Jazeera",
// "Kim Jong-il") have a capital after it or no such affix.

// modifierSuffixes turn a name before the hyphen into an adjective or a
// description: "London-based", "US-led", "Pop Idol-style", "DHL-owner",
// "Oscar-winner".
var modifierSuffixes = setOf(`based born bred led run owned backed made style type like wide
era speaking language listed funded controlled dominated centred centered focused friendly
free only specific bound related linked themed inspired sponsored brokered educated raised
trained registered headquartered proof sized size scale level class minded leaning
affiliated allied supporting winning nominated owner maker parent backer winner nominee
seater held hit built struck stricken torn grown sent`)

// modifierPrefixes, written in lower case before a hyphen, make a
// modifier of the name after it: "non-EU", "anti-Bush", "ex-Yukos",
// "pro-Kremlin", "trans-Atlantic", "mid-March", "then-President".
var modifierPrefixes = setOf(`non anti pro ex trans mid post pre pan neo semi pseudo quasi sub
cross counter inter intra multi over under un then all`)

// capitalPrefixes are the modifierPrefixes that still make a modifier
// when capitalised ("Non-EU", "Ex-Labour"), though only as a whole name:
// "Anti-Slavery International", "Mid-Glamorgan" and "Post-Gazette" are
// names.
var capitalPrefixes = setOf(`non anti pro ex`)

// compoundParts splits w at its first and last hyphen (ASCII, U+2010 or
// U+2011, which the tokenizer joins words with): the part before the
// first and the part after the last. ok is false when w has no hyphen or
// one at either end.
func compoundParts(w string) (first, last string, ok bool) {
	i, j, size := -1, -1, 0
	for k := 0; k < len(w); k++ {
		n := hyphenAt(w, k)
		if n == 0 {
			continue
		}
		if i < 0 {
			i = k
		}
		j, size = k, n
		k += n - 1
	}
	if i <= 0 || j+size >= len(w) {
		return "", "", false
	}
	return w[:i], w[j+size:], true
}

// hyphenAt returns the length in bytes of the hyphen at w[k], or 0 when
// there is none.
func hyphenAt(w string, k int) int {
	switch c := w[k]; {
	case c == '-':
		return 1
	case c == 0xe2 && k+2 < len(w) && w[k+1] == 0x80 && (w[k+2] == 0x90 || w[k+2] == 0x91):
		return 3 // U+2010, U+2011
	}
	return 0
}

// modifierSuffix reports whether a lower-case word ending a compound
// makes it an adjective: a listed suffix, or a participle long enough not
// to be a syllable of a romanised name ("Jong-il", "Xiao-ping", "Mong-koo").
func modifierSuffix(s string) bool {
	if s == "" || !lowerASCII(s) {
		return false
	}
	return modifierSuffixes[s] || len(s) >= 5 && strings.HasSuffix(s, "ed") || len(s) >= 6 && strings.HasSuffix(s, "ing")
}

// lowerASCII reports whether s holds only the letters a to z.
func lowerASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// compoundModifier reports whether w, a word of a name, is a hyphenated
// modifier made from a name: "Singapore-based", "Oscar-winning" (a
// suffix) or "non-Opec", "ex-Yukos" (a prefix, which may also take the
// words after it: "post-World Cup"). alone says whether w is the whole
// name, which lets a capitalised prefix count ("Non-EU").
func compoundModifier(w string, alone bool) (suffix, prefix bool) {
	first, last, ok := compoundParts(w)
	if !ok {
		return false, false
	}
	if c := last[0]; c >= 'a' && c <= 'z' && modifierSuffix(last) {
		return true, false
	}
	if lowerASCII(first) {
		return false, modifierPrefixes[first]
	}
	return false, alone && capitalPrefixes[strings.ToLower(first)]
}

// dropCompoundLead returns how many of a name's words belong to a
// hyphenated modifier that opens it: every word up to the last suffix
// modifier ("Santa Monica-based Activision" → 2, "New York-based" → 2),
// or a prefix modifier with the capitalised words after it up to a role
// noun ("ex-Big Breakfast" → 2, "ex-England captain Jo Bell" → 1). A
// name whose words all go names no actor.
func dropCompoundLead(words []string) int {
	n := 0
	for i := 0; i < len(words); i++ {
		suffix, prefix := compoundModifier(words[i], len(words) == 1)
		switch {
		case suffix:
			n = i + 1
		case prefix && isRoleHead(words[i]):
			// "ex-Chancellor Ken Clarke", "then-President Jo Bell": a
			// title, which the role split takes off.
		case prefix:
			j := i + 1
			for j < len(words) && nameLike(words[j]) && !isRoleHead(words[j]) && !isHonorific(words[j]) {
				j++
			}
			n, i = j, j-1
		}
	}
	return n
}

// nameHyphens reports whether the hyphenated parts of w may belong to a
// person's name: capitalised ("Bennett-Warner", "Jean-Claude"), or one
// short syllable of a romanised name ("Kim Jong-il", "Ji-chang"), not a
// modifier ("London-based") or a phrase ("Man-of-the-match").
func nameHyphens(w string) bool {
	first, last, ok := compoundParts(w)
	if !ok {
		return true
	}
	if c := last[0]; c < 'a' || c > 'z' {
		return !lowerASCII(first) || !modifierPrefixes[first]
	}
	mid := w[len(first) : len(w)-len(last)] // one hyphen, or more parts
	return hyphenAt(mid, 0) == len(mid) && len(last) <= 5 && !modifierSuffix(last)
}

// seatSuffixes end compounds that say where a firm is seated or who owns
// it: "Paris-based", "state-owned", "Nasdaq-listed".
var seatSuffixes = setOf(`based owned listed headquartered registered`)

// seatSuffix reports whether compound w ends in a seatSuffixes word.
func seatSuffix(w string) bool {
	_, last, ok := compoundParts(w)
	return ok && seatSuffixes[last]
}

// personification reports whether a name is "Mother" or "Father" before
// a word of the language (lower or mixed case in the lexicon: "Nature"
// is also a journal) or a feast ("Mother Nature", "Father Time",
// "Father Christmas"): a figure of speech, not a person ("Father Merrin"
// is one).
func personification(words []string) bool {
	if len(words) != 2 {
		return false
	}
	if !strings.EqualFold(words[0], "mother") && !strings.EqualFold(words[0], "father") {
		return false
	}
	l := lowerKey(words[1])
	if calendar[l] {
		return true
	}
	c := wordCasing(l)
	return (c == nlp.CasingLower || c == nlp.CasingMixed) && !givenName(words[1])
}

// letterCompound reports whether w is a common noun made of a capital
// letter and a lower-case word: "T-shirt", "U-turn", "X-ray", "A-levels".
func letterCompound(w string) bool {
	first, last, ok := compoundParts(w)
	return ok && len(first) == 1 && first[0] >= 'A' && first[0] <= 'Z' && len(last) >= 3 && lowerASCII(last)
}
