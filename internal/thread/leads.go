package thread

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// News reports open with a lead: one sentence that says what happened,
// its subject named afresh ("A fresh delay has hit new European Union
// rules…", "Senior officials are to be questioned by MPs"), while the
// paragraphs after it run to several sentences and carry on from it.
// Among the BBC developer articles 97 % of first paragraphs are one
// sentence against 10 % of the paragraphs after them; a one-sentence
// paragraph that tells news in the present perfect ("has hit") or the
// announced future ("are to be") and neither quotes nor opens by
// pointing back is a first paragraph in 96 % of cases. Where a story of
// such paragraphs holds two or more leads, it joins several reports (a
// digest, or two reports that a page run together), and two clusters
// that each hold a lead are two matters unless their words say plainly
// otherwise (Options.LeadApart).

// leadUnits marks the units that read as a news lead, or returns nil when
// fewer than minLeads do or the story is not one of multi-sentence
// paragraphs (most units must hold two or more sentences, as a report's
// body does; text set one sentence a line gives leads no contrast).
func leadUnits(units []string, minLeads int) []bool {
	if len(units) < 3 {
		return nil
	}
	var leads []bool
	count, multi := 0, 0
	for u, t := range units {
		n := sentenceCount(t)
		if n >= 2 {
			multi++
		}
		if n == 1 && leadLike(t) {
			if leads == nil {
				leads = make([]bool, len(units))
			}
			leads[u] = true
			count++
		}
	}
	if count < minLeads || 2*multi < len(units) {
		return nil
	}
	return leads
}

// leadOpeners are first words after which a sentence carries on from
// what came before rather than opening a report.
var leadOpeners = toSet(`he she it they his her its their this these that those but however and also yet so although though while mr mrs ms miss dr meanwhile there`)

// leadLike reports whether a one-sentence unit reads as a news lead: 12 to
// 50 words, no quotation, not opening with a pronoun, a conjunction or a
// title, and telling news with "has/have" and a participle or "is/are to".
func leadLike(u string) bool {
	u = strings.TrimSpace(u)
	if strings.ContainsAny(u, "\"“”") || !strings.HasSuffix(u, ".") {
		return false
	}
	var buf [16]byte
	if first, ok := firstLetters(u); !ok {
		return false
	} else if _, ok := leadOpeners[string(appendLower(buf[:0], first))]; ok {
		return false
	}
	// what the two words before the current one are
	const (
		other = iota
		perfect
		copula
		modal
	)
	words, tells := 0, false
	before, prev := other, other
	var wb [24]byte
	for f := range strings.FieldsSeq(u) {
		words++
		w := appendLower(wb[:0], strings.Trim(f, ",;:()"))
		switch prev {
		case perfect:
			// "may have forced" looks back; a lead says what has happened
			tells = tells || (participle(w) && before != modal)
		case copula:
			tells = tells || string(w) == "to"
		}
		before, prev = prev, other
		switch string(w) {
		case "has", "have":
			prev = perfect
		case "is", "are":
			prev = copula
		case "may", "might", "could", "would", "should", "must", "will", "to":
			prev = modal
		}
	}
	return words >= 12 && words <= 50 && tells
}

// irregularParticiples are past participles that do not end in -ed or -en.
var irregularParticiples = toSet(`made won got set hit put cut held told said found shown seen become begun left lost paid sold bought brought led struck run spent done gone come kept met built sent been quit flown grown thrown drawn withdrawn agreed signed`)

// participle reports whether the lower-case word w looks like a past
// participle.
func participle(w []byte) bool {
	if _, ok := irregularParticiples[string(w)]; ok {
		return true
	}
	return len(w) > 3 && (bytes.HasSuffix(w, []byte("ed")) || bytes.HasSuffix(w, []byte("en")))
}

// sentenceCount counts the sentences of u: a full stop, question or
// exclamation mark (and any closing quote or bracket) followed by a
// space and a capital, digit or opening quote ends one, unless it
// follows a lone capital (an initial) or a common abbreviation.
func sentenceCount(u string) int {
	u = strings.TrimSpace(u)
	if u == "" {
		return 0
	}
	n := 1
	for i := 0; i < len(u); i++ {
		c := u[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		j := i + 1
		for j < len(u) && strings.IndexByte("\"')’”", u[j]) >= 0 {
			j++
		}
		if j >= len(u) || u[j] != ' ' {
			continue
		}
		for j < len(u) && u[j] == ' ' {
			j++
		}
		if j >= len(u) {
			break
		}
		r, _ := utf8.DecodeRuneInString(u[j:])
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && r != '"' && r != '“' && r != '\'' && r != '‘' {
			continue
		}
		if c == '.' && abbreviated(u[:i]) {
			continue
		}
		n++
	}
	return n
}

// abbreviations end with a full stop that does not end a sentence.
var abbreviations = toSet(`mr mrs ms dr st no vs co inc ltd jr sr gen gov sen rep prof rev lt col capt sgt jan feb mar apr aug sep sept oct nov dec`)

// abbreviated reports whether s ends with an initial or an abbreviation.
func abbreviated(s string) bool {
	last := s
	if k := strings.LastIndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }); k >= 0 {
		_, size := utf8.DecodeRuneInString(s[k:])
		last = s[k+size:]
	}
	if r, size := utf8.DecodeRuneInString(last); size == len(last) && unicode.IsUpper(r) {
		return true // an initial
	}
	var buf [16]byte
	if len(last) > len(buf) {
		return false
	}
	_, ok := abbreviations[string(appendLower(buf[:0], last))]
	return ok
}
