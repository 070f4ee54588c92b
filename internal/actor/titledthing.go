package actor

import (
	"strings"

	"github.com/storyline/storyline/internal/nlp"
)

// Ships, pubs, racehorses and houses are often named with a title of
// rank and a name ("the Lady Gwendolyn", "the Lord Harcourt", "the
// Countess Mara"); a person bearing such a title is written without an
// article ("Lady Ashcombe", "Lord Harcourt said").

// rankTitles are the titles of rank that open such names.
var rankTitles = setOf(`lord lady sir dame earl countess baron baroness viscount viscountess
marquess marchioness marquis duke duchess`)

// rankTitled reports whether a name's first word is a title of rank:
// "Lord Ravensworth", not "Ada Crowther".
func rankTitled(name []string) bool {
	return len(name) > 1 && inSetFold(rankTitles, name[0])
}

// theTitled reports whether m, a person's mention whose title is one of
// rank and no title of place ("the Duke of York"), is written right
// after "the": "on the Lady Gwendolyn", "The Countess Mara has docked";
// or a royal title and one name, no style, after "the" ("the King
// Edward at Tarrow", "the Queen Velmora docked").
func theTitled(toks []tok, m *mention) bool {
	if m.hon == "" || m.ofTitle || m.s < 1 || toks[m.s-1].lower != "the" || m.e-m.s < 2 {
		return false
	}
	if royalThingTitles[strings.ToLower(m.hon)] {
		// "aimed at the King Edward at Tarrow", "the Queen Ada docked":
		// a sovereign or a royal child is written with "the" only
		// before a style ("the Princess Royal"), never a given name.
		return len(m.name) == 1 && !ordinaryWord(m.name[0]) && !royalStyles[strings.ToLower(m.name[0])] // not "the Queen Mother", "the Prince Regent"
	}
	return rankTitles[strings.ToLower(m.hon)]
}

// royalThingTitles open the names of races, ships and pubs written
// with "the" and a name: "the King Edward", "the Queen Ada", "the Queen
// Velmora".
var royalThingTitles = setOf(`king queen prince princess`)

// royalStyles after a royal title and "the" make a style a royal person
// is known by ("the Prince Regent", "the Queen Consort"), not a thing's
// name.
var royalStyles = setOf(`regent consort mother royal dowager emperor empress imperial`)

// notePart records a name, title and all in lower case, that one of its
// mentions shows to be a part in a work or a thing named with a title,
// for markParts.
func (st *story) notePart(key string) {
	if st.parts == nil {
		st.parts = map[string]bool{}
	}
	st.parts[key] = true
}

// noteTheTitled counts a mention theTitled finds under its name, title
// and all in lower case, for markTheTitled.
func (st *story) noteTheTitled(d *paraDoc, m *mention) {
	if st.theTitled == nil {
		st.theTitled = map[string]int{}
	}
	st.theTitled[spanKey(d, m)]++
}

// markTheTitled makes a titled name written after "the" at every one of
// its mentions a thing's ("the Lady Rosalind, as it returned", "the
// Lady Rosalind was boarded"), for markParts: a person's name is written
// at least once without the article.
func (st *story) markTheTitled() {
	if len(st.theTitled) == 0 {
		return
	}
	n := map[string]int{}
	for _, m := range st.mentions {
		if m.kind == Person && m.e-m.s > 1 {
			if k := spanKey(st.doc(m.para), m); st.theTitled[k] > 0 {
				n[k]++
			}
		}
	}
	for k, c := range st.theTitled {
		if n[k] == c {
			st.notePart(k)
		}
	}
}

// spanKey returns the words of m's span, title and all, in lower case
// and joined by spaces.
func spanKey(d *paraDoc, m *mention) string { return wordsKey(d.toks, m.s, m.e) }

// wordsKey returns the words of tokens [s, e) in lower case, joined by
// spaces.
func wordsKey(toks []tok, s, e int) string {
	var b strings.Builder
	for k := s; k < e; k++ {
		if t := &toks[k]; t.word {
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(t.lower)
		}
	}
	return b.String()
}

// pubNouns are the people and things of a pub, which are "at" or "of"
// it: "regulars at the Duke of Tarrow", "the bar of the Lord Nelson".
var pubNouns = setOf(`regulars drinkers landlord landlady publican bar pint pints beer ale taproom
lounge snug`)

// pubBefore reports whether a pub's noun, "at", "of" or "in" and "the"
// stand right before token s: the titled name after them is the pub's
// ("behind the bar of the Duke of Tarrow"), no person's.
func pubBefore(toks []tok, s int) bool {
	if s < 3 || toks[s-1].lower != "the" {
		return false
	}
	switch toks[s-2].lower {
	case "at", "of", "in":
	default:
		return false
	}
	p := &toks[s-3]
	return p.word && !p.cap && pubNouns[p.lower] || p.word && p.sentStart && pubNouns[p.lower]
}

// ordinaryWord reports whether w is often written in lower case, as a
// word and not only a name ("Mother", "Rose").
func ordinaryWord(w string) bool {
	c := wordCasing(strings.ToLower(w))
	return c == nlp.CasingLower || c == nlp.CasingMixed
}
