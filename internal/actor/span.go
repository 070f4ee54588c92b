package actor

import (
	"slices"
	"sort"
	"strings"

	"github.com/storyline/storyline/internal/nlp"
)

// span is a candidate name over tokens [s, e) of one paragraph.
type span struct {
	s, e int
	typ  string // PER, ORG, LOC, MISC
	rule bool   // found by a rule (honorific, title) rather than the tagger
	pair bool   // one of two names the tagger read as one across "and" (andlist.go)
	// surname, when above zero, is the token of the surname a given name
	// alone in the span shares with the name after "and": "Len and
	// Pauline Sowerby" (sharedsurname.go).
	surname int
	// titleFirst marks a two-word span whose first word the story writes
	// as a title before a longer name of the same surname ("Justice
	// Menon" beside "Justice Ravi Menon"; titlegiven.go).
	titleFirst bool
}

// orgWords end or fill organisation and place names; a name containing
// one is not split into a role and a person.
var orgWords = setOf(`league party office council bank group club united city fc ltd plc inc
llc corp corporation company co commission committee department ministry service services
trust union university college school hospital court house street road square park
foundation institute institution agency authority board bureau government parliament
assembly senate congress cabinet treasury airways airlines railway railways motors holdings
partners capital fund funds media news times post mail herald guardian telegraph express
sun mirror star review journal magazine press radio tv television network channel festival
awards prize cup championship open games olympics tour show series theatre museum gallery
centre center hall palace castle abbey cathedral church chapel bridge airport station port
island islands county borough district region province state states republic kingdom
empire federation association society network forces army navy police force brigade
regiment guards royal`)

// appendEntitySpans maps tagger entities (byte offsets) onto token spans
// of toks and appends them to out.
func appendEntitySpans(out []span, toks []tok, ents []nlp.Entity) []span {
	for _, e := range ents {
		// First token ending after the entity's start, then every token
		// starting before its end.
		s := sort.Search(len(toks), func(i int) bool { return toks[i].end > e.Start })
		en := s
		for en < len(toks) && toks[en].start < e.End {
			en++
		}
		if en == s {
			continue
		}
		typ := strings.ToUpper(e.Type)
		switch typ {
		case "PER", "ORG", "LOC", "MISC":
		case "PERSON":
			typ = "PER"
		case "GPE", "LOCATION":
			typ = "LOC"
		case "ORGANIZATION", "ORGANISATION":
			typ = "ORG"
		default:
			typ = "MISC"
		}
		out = append(out, span{s: s, e: en, typ: typ})
	}
	return out
}

// nameWord reports whether toks[k] can be part of a person's name after a
// title: a capitalised word that is not a calendar, furniture or role word,
// or an initial.
func nameWord(toks []tok, k int) bool {
	t := &toks[k]
	if !t.word || !t.cap {
		return false
	}
	if t.noise() || t.is(clsRoleHead) {
		return false
	}
	return !isAllCaps(t.text) || len(t.text) <= 3
}

// ruleSpans finds person names the evidence of a title makes certain:
// an honorific followed by capitalised words ("Sir Ed Davey", "Mr Davey",
// "Dame Ada Kell"), "Duke of York" style titles and "the Queen".
func ruleSpans(toks []tok) []span {
	var out []span
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if !t.word || !t.cap || !t.honorific() || isAllCaps(t.text) {
			continue
		}
		if i > 0 && !shortTitle(t.text) && insideName(&toks[i-1]) {
			continue // "Sacha Baron Cohen": a title word inside a name
		}
		class := t.honorificClass()
		j := i + 1
		if j < len(toks) && toks[j].text == "." && isAbbreviated(t.text) {
			j++
		}
		// Title "of" place: Duke of York, Marquess of Milford Haven.
		if (class == "royal" || class == "peer") && j < len(toks) && toks[j].text == "of" {
			k := j + 1
			for k < len(toks) && k-j <= 4 && toks[k].word && toks[k].cap && !isNoiseL(toks[k].lower) {
				k++
			}
			if k > j+1 {
				out = append(out, span{s: i, e: k, typ: "PER", rule: true})
				i = k - 1
			}
			continue
		}
		k := j
		for k < len(toks) && k-j < 5 {
			switch {
			case (nameWord(toks, k) || k == j && monthNames[toks[k].text]) && !toks[k].sentStart:
				k++
				if isInitial(toks[k-1].text) && k < len(toks) && toks[k].text == "." {
					k++
				}
				continue
			case particles[toks[k].text] && k+1 < len(toks) && (nameWord(toks, k+1) || particles[toks[k+1].text] && k+2 < len(toks) && nameWord(toks, k+2)):
				k++
				continue
			}
			break
		}
		if k == j {
			// "the Queen", "the King", "the Pope" alone.
			if (t.text == "Queen" || t.text == "King" || t.text == "Pope") && i > 0 && strings.EqualFold(toks[i-1].text, "the") && !titleOpensName(toks, i) {
				out = append(out, span{s: i - 1, e: i + 1, typ: "PER", rule: true})
			}
			continue
		}
		// Trim a trailing full stop that belonged to the last word.
		for k > j && !toks[k-1].word {
			k--
		}
		if class == "peer" {
			k = designationEnd(toks, j, k)
		}
		out = append(out, span{s: i, e: k, typ: "PER", rule: true})
		i = k - 1
	}
	return out
}

// shortTitle reports whether w is a title written short ("Cllr", "Mrs",
// "Dr", "Sgt", "Insp"): a word that is never a name's, so a capitalised
// word before it ends another name and does not make the title part of
// one ("Mayor of Harlow Cllr Ada Kell" is Ada Kell; not "Sacha Baron
// Cohen").
func shortTitle(w string) bool {
	return isAbbreviated(strings.TrimSuffix(w, ".")) || w == "Ch"
}

// insideName reports whether t, the word before a title word, makes the
// title part of a name: a capitalised word inside the sentence that is
// no role, party, nationality, title or common word ("Sacha" of "Sacha
// Baron Cohen", but not "Labour" of "Labour Lord Adonis" or "Chancellor"
// of "Chancellor Sir Tomas").
func insideName(t *tok) bool {
	if !t.word || !t.cap || t.sentStart || isAllCaps(t.text) {
		return false
	}
	l := t.lower
	if listsOf(l)&(inParties|inRoleModifiers|inCommonCapitalised|noiseLists) != 0 || styleWords[t.text] || isRoleHeadL(l) || isNationalityL(l) || t.honorific() {
		return false
	}
	return nameLike(t.text) && wordCasing(l) != nlp.CasingLower
}

// appendMerged combines tagger spans with rule spans. A rule span wins over
// the tagger spans it overlaps (their union becomes a person), except when
// a non-person tagger span reaches further right, as in "Prince Charles
// Hospital", which stays what the tagger said. The merged spans are
// appended to out; drop is scratch. Both are returned for reuse.
func appendMerged(out []span, drop []bool, tagged, rules []span) ([]span, []bool) {
	drop = resize(drop, len(tagged))
	out = slices.Grow(out, len(tagged)+len(rules))
	for _, r := range rules {
		keep := true
		u := r
		for _, t := range tagged {
			if t.e <= r.s || t.s >= r.e {
				continue
			}
			if t.typ != "PER" && t.e > r.e {
				keep = false
				break
			}
		}
		if !keep {
			continue
		}
		for i, t := range tagged {
			if t.e <= r.s || t.s >= r.e {
				continue
			}
			drop[i] = true
			u.s = min(u.s, t.s)
			u.e = max(u.e, t.e)
		}
		out = append(out, u)
	}
	for i, t := range tagged {
		if !drop[i] {
			out = append(out, t)
		}
	}
	// Of spans opening at one token the longest comes first: a rule's span
	// over a given name ("mayor Ramon") gives way to a longer one over the
	// whole name ("Ramon 'Bong' D. Salazar").
	sort.Slice(out, func(a, b int) bool { return out[a].s < out[b].s || out[a].s == out[b].s && out[a].e > out[b].e })
	// Remove spans nested in an earlier one.
	res := out[:0]
	end := -1
	for _, s := range out {
		if s.s < end {
			continue
		}
		res = append(res, s)
		end = s.e
	}
	return res, drop
}

// titleOpensName reports whether the title at token i opens a proper
// name with its possessive, a capitalised word after it: "the King's
// Cup", "the Queen's Tarrow Regiment", "the King's Gallantry Medal" name
// a thing, not the monarch.
func titleOpensName(toks []tok, i int) bool {
	return i+2 < len(toks) && isPossessive(&toks[i+1]) && toks[i+2].word && toks[i+2].cap
}

// kinSpans finds names introduced by a kinship noun: "his wife, Ann",
// "their son Caspar", "Sister Peaches". Business partners aside, such a
// noun before a capitalised word names a person.
func kinSpans(toks []tok) []span {
	var out []span
	for i := 0; i+1 < len(toks); i++ {
		t := &toks[i]
		// A capitalised kinship word inside a name ("Parents League") is
		// no introduction; one opening a sentence ("Sister Peaches") is.
		if !t.word || t.cap && !t.sentStart {
			continue
		}
		l := t.lower
		if t.cls&(clsKinship|clsKinExPrefix) == 0 && !kinPlural(toks, i) || l == "partner" {
			continue
		}
		j := i + 1
		of := false
		switch {
		case toks[j].text == ",":
			j++
		case toks[j].lower == "of" || toks[j].lower == "for":
			// "mother of Susan", "wife of the late Ronald", "a brother
			// for Freddie".
			of = true
			j++
			if j+1 < len(toks) && toks[j].lower == "the" && toks[j+1].lower == "late" {
				j += 2
			}
		}
		k := kinName(toks, j)
		if k == j || of && (k-j > 1 || !kinListEnd(toks, k) || placeOrBody(toks, j, k)) {
			// After "of" only a given name alone: a longer name is the
			// tagger's to read ("son of the late Beatle George Harrison").
			continue
		}
		out = append(out, span{s: j, e: k, typ: "PER", rule: true})
		i = k - 1
		// The rest of a list the noun governs: "their children, Karen,
		// Neil and Andrew", "father of Chidi and Rosalind". Only a list
		// closed by "and" goes on ("his wife, Ann, said" is no list).
		var items []span
		for m := k; m < len(toks); {
			n := m
			if toks[n].text == "," {
				n++
			}
			closing := n < len(toks) && toks[n].lower == "and"
			if closing {
				n++
			} else if n == m {
				break
			}
			e := kinName(toks, n)
			if e == n || placeOrBody(toks, n, e) {
				break
			}
			if e-n == 1 {
				// A longer name, anywhere in the list, is the tagger's,
				// and one at the end may give the one before it its
				// surname (sharedSurname).
				items = append(items, span{s: n, e: e, typ: "PER", rule: true})
			}
			if closing {
				if kinListEnd(toks, e) {
					out = append(out, items...)
					i = e - 1
				}
				break
			}
			m = e
		}
	}
	return out
}

// kinName returns the end of the name of at most three capitalised words
// from token j on (j when there is none).
func kinName(toks []tok, j int) int {
	k := j
	for k < len(toks) && k-j < 3 && nameWord(toks, k) && !toks[k].sentStart && !(toks[k].lists()&inCommonCapitalised != 0) && !isNationalityL(toks[k].lower) {
		k++
	}
	return k
}

// kinPlurals are plural nouns of kin that govern a list of names:
// "three children, Susan, Keith and Lorraine", "twins, Ezra and Ivy".
var kinPlurals = setOf(`children twins grandchildren grandsons granddaughters stepchildren nephews nieces`)

var kinPluralsLen = lenFilterOf(kinPlurals)

// kinPlural reports whether token i is a plural noun of kin, or "boys"
// or "girls" after "twin" ("twin boys, Alfie and Harri").
func kinPlural(toks []tok, i int) bool {
	l := toks[i].lower
	return kinPluralsLen.mayHave(l) && kinPlurals[l] || (l == "boys" || l == "girls") && i > 0 && (toks[i-1].lower == "twin" || toks[i-1].lower == "twins")
}

// kinListEnd reports whether a name of kin after "of" ends at token k:
// the end of the text, punctuation or a word in lower case ("father of
// Chidi and Rosalind", "mother of Susan, who"), not more of a longer
// name nor a noun after it ("the son of Leeds striker Ivo Marsh").
func kinListEnd(toks []tok, k int) bool {
	if k >= len(toks) {
		return true
	}
	t := &toks[k]
	if !t.word {
		return t.text != "'" && t.text != "’" && t.text != "-"
	}
	return !t.cap && (t.lower == "and" || t.is(clsClauseWord) || nextClause[t.lower] || t.is(clsPlacePreposition))
}

// placeOrBody reports whether a word of the name from token s to e is
// known as a place's or a body's and not as a given name: "the father of
// Brexit" speaks of no child.
func placeOrBody(toks []tok, s, e int) bool {
	for k := s; k < e; k++ {
		if givenName(toks[k].text) {
			continue
		}
		for _, ty := range knownTypes(toks[k].text) {
			if ty == "LOC" || ty == "ORG" {
				return true
			}
		}
	}
	return false
}

// titleHeads are role nouns that, written just before capitalised words,
// make those words a person's name even when the tagger missed it:
// "Health Secretary Wes Tarrant", "Tottenham manager Jo Mora".
var titleHeads = setOf(`chancellor president minister secretary premier governor mayor
taoiseach commissioner ambassador chairman chairwoman treasurer senator congressman
congresswoman mp mep msp mla boss manager spokesman spokeswoman spokesperson founder
presenter actor actress singer striker midfielder defender goalkeeper captain
coach author novelist economist analyst leader chief-executive director-general
landlady ringleader choreographer backbencher`)

// roleSpans finds names right after a title head the tagger left out.
func roleSpans(toks []tok) []span {
	var out []span
	for i := 0; i+1 < len(toks); i++ {
		t := &toks[i]
		if !t.word || !t.is(clsTitleHead) {
			continue
		}
		if i > 0 && marketWords[toks[i-1].lower] {
			continue // "market leader Omnicom"
		}
		j := i + 1
		k := j
		for k < len(toks) && k-j < 3 && nameWord(toks, k) && !toks[k].sentStart {
			l := toks[k].lower
			if commonCapitalised[l] || isNationalityL(l) || orgWords[l] || placeWords[l] || roleModifiers[l] || strongOrgWords[l] || camelCase(toks[k].text) || isAllCaps(toks[k].text) {
				break
			}
			k++
		}
		// The name must end there: "Minister Tom Vane's" or "…Vane said",
		// not "President Hotel Group".
		if k == j || k < len(toks) && toks[k].word && toks[k].cap {
			continue
		}
		out = append(out, span{s: j, e: k, typ: "PER", rule: true})
		i = k - 1
	}
	return out
}

// marketWords before "leader" or "manager" describe a company's standing
// or trade ("market leader Omnicom", "asset manager Frenkel Topping").
var marketWords = setOf(`market sector industry world global category segment price cost asset
fund investment wealth property hedge pension portfolio`)

// monthNames are months that are also names; after a title they are the
// name ("Mrs May").
var monthNames = map[string]bool{"May": true, "June": true, "April": true, "August": true}

// monthSurnameSpans finds people whose surname is a month ("Theresa May",
// "Brian May said"), which a tagger takes for a date and leaves out or
// misreads: a given name the model knows, then a month of monthNames not
// followed by a number or a comma.
func monthSurnameSpans(toks []tok) []span {
	var out []span
	for k := 0; k+1 < len(toks); k++ {
		t, m := &toks[k], &toks[k+1]
		if c := m.text[0]; c != 'M' && c != 'J' && c != 'A' || len(m.text) > 6 {
			continue // quick: most words are no May, June, April or August
		}
		if !m.word || !monthNames[m.text] || !t.word || !t.cap || isAllCaps(t.text) || !givenName(t.text) {
			continue
		}
		if k+2 < len(toks) && (isNumber(toks[k+2].text) || toks[k+2].text == ",") {
			continue // "on Friday May 5", "in March, May, June"
		}
		out = append(out, span{s: k, e: k + 2, typ: "PER", rule: true})
		k++
	}
	return out
}
