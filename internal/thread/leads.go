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
// sentence against 10 % of the paragraphs after them. Two kinds of
// one-sentence paragraph of up to 50 words, neither opening with a
// quotation or by pointing back ("He", "But", "Mr"), nor reasoning
// ("should never have been"), are taken for leads:
//
//   - one that tells news in the present perfect ("has hit") or the
//     announced future ("are to be") outside any quotation, quoting no
//     more than a few words at a time (a "fundamental lack of trust"),
//     of 8 words or more: 96 % of those in the BBC articles open their
//     article, and 45 % of first paragraphs are of this kind;
//   - one of 12 words or more that quotes nothing, whose names are all
//     new to the story and that the next unit carries on (cosine above
//     Options.LeadNext): a new report introducing its subject.
//
// Where a story of multi-sentence paragraphs holds two or more leads
// (the first unit counts when it reads as one), it joins several reports
// (a digest, or reports of one field run together), and two clusters
// that each hold a lead are two matters unless their words say plainly
// otherwise (Options.LeadApart). There, a stretch without a lead that
// opens in mid-report (a unit of several sentences, where a report opens
// with one) after another report is the rest of an earlier report,
// resumed: it is pulled towards the cluster with a lead it is most like,
// when they do not touch (Options.LeadResume).

// leadUnits marks the units that read as a news lead, or returns nil when
// fewer than o.MinLeads do or the story is not one of multi-sentence
// paragraphs (most units must hold two or more sentences, as a report's
// body does; text set one sentence a line gives leads no contrast). vs
// are the units' vectors and toks their words.
func leadUnits(units []string, toks [][]word, vs []vec, o Options) []bool {
	if len(units) < 3 {
		return nil
	}
	var buf [64]int8
	sents := buf[:0]
	multi := 0
	for _, t := range units {
		n := min(sentenceCount(t), 2)
		if n == 2 {
			multi++
		}
		sents = append(sents, int8(n))
	}
	if 2*multi < len(units) {
		return nil
	}
	var leads []bool
	var firstUse []int32 // by stem id: the first unit using it (nil: not yet needed)
	count := 0
	for u, t := range units {
		if sents[u] != 1 {
			continue
		}
		form, tells := leadForm(t)
		// a lead told by its names alone quotes nothing
		form = form && (tells || quoteIndex(t) < 0)
		if form && !tells && u > 0 && o.LeadNext >= 0 && u+1 < len(units) && dot(vs[u], vs[u+1]) > o.LeadNext {
			if firstUse == nil {
				firstUse = firstUses(toks)
			}
			tells = freshNames(toks[u], firstUse, int32(u))
		}
		if form && (tells || (u == 0 && o.LeadNext >= 0)) {
			if leads == nil {
				leads = make([]bool, len(units))
			}
			leads[u] = true
			count++
		}
	}
	if count < o.MinLeads {
		return nil
	}
	return leads
}

// firstUses gives, by stem id, the first unit of toks that uses the stem.
func firstUses(toks [][]word) []int32 {
	first := make([]int32, vocabSize(toks))
	for i := range first {
		first[i] = -1
	}
	for u, ws := range toks {
		for _, w := range ws {
			if first[w.id] < 0 {
				first[w.id] = int32(u)
			}
		}
	}
	return first
}

// leadOpeners are first words after which a sentence carries on from
// what came before rather than opening a report.
var leadOpeners = toSet(`he she it they his her its their this these that those but however and also yet so although though while mr mrs ms miss dr meanwhile there`)

// leadLike reports whether a one-sentence unit reads as a news lead that
// tells news by its verb (leadForm).
func leadLike(u string) bool {
	form, tells := leadForm(u)
	return form && tells
}

// quoteIndex returns the index of the first quotation mark (", “ or ”)
// in s, or -1: strings.IndexAny(s, "\"“”") in one pass over the bytes,
// where IndexAny, given non-ASCII runes, decodes every rune of s and
// looks it up in the set. UTF-8 is self-synchronising, so the curly
// quotes' three bytes stand for them wherever they appear.
func quoteIndex(s string) int {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '"':
			return i
		case 0xE2: // “ is E2 80 9C, ” E2 80 9D
			if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x9C || s[i+2] == 0x9D) {
				return i
			}
		}
	}
	return -1
}

// leadForm reports whether a one-sentence unit has the form of a news
// lead (8 to 50 words ending in a full stop, short quotations only, not
// opening with a pronoun, a conjunction or a title, no "may have"
// perfect that reasons rather than reports) and whether it tells news
// with "has/have" and a participle or "is/are to" outside quotations.
func leadForm(u string) (form, tells bool) {
	u = strings.TrimSpace(u)
	if !strings.HasSuffix(u, ".") || !shortQuotes(u) {
		return false, false
	}
	var buf [16]byte
	if first, ok := firstLetters(u); !ok {
		return false, false
	} else if _, ok := leadOpeners[string(appendLower(buf[:0], first))]; ok {
		return false, false
	}
	// what the words before the current one are
	const (
		other = iota
		perfect
		copula
		modal
		adverb // between a modal and "have": "should never have"
	)
	words, reasons := 0, false
	var last [3]int // kinds of the three words before, nearest first
	var wb [24]byte
	quoted := false // words in quotation marks tell nothing of the lead's own
	for f := range strings.FieldsSeq(u) {
		words++
		q := quoteIndex(f)
		if q == 0 {
			quoted = !quoted
			q = quoteIndex(f[1:])
		}
		if quoted {
			if q >= 0 {
				quoted = false // the quotation closes on this word
			}
			last = [3]int{}
			continue
		}
		w := appendLower(wb[:0], strings.Trim(f, ",;:()"))
		switch last[0] {
		case perfect:
			if participle(w) {
				// "may have forced", "should never have been": reasons
				m := last[1] == modal || (last[1] == adverb && last[2] == modal)
				reasons = reasons || m
				tells = tells || !m
			}
		case copula:
			tells = tells || string(w) == "to"
		}
		kind := other
		switch string(w) {
		case "has", "have":
			kind = perfect
		case "is", "are":
			kind = copula
		case "may", "might", "could", "would", "should", "must", "will", "to":
			kind = modal
		case "never", "not", "also", "already", "still", "probably", "possibly", "surely", "perhaps", "certainly", "well", "just":
			kind = adverb
		}
		last = [3]int{kind, last[0], last[1]}
		if q > 0 {
			quoted = !quoted // a quotation opens inside the word
		}
	}
	if words < minLeadWords(tells) || words > 50 || reasons {
		return false, false
	}
	return true, tells
}

// minLeadWords is the fewest words of a lead: 8 for one that tells news
// by its verb ("Ken Bates has completed his takeover of Leeds United"),
// 12 for one told by its names alone.
func minLeadWords(tells bool) int {
	if tells {
		return 8
	}
	return 12
}

// shortQuotes reports whether u quotes no more than a few words at a time
// ("a 'fundamental lack of trust'", as leads do) and does not open with
// a quotation: a unit that reports speech carries on its matter.
func shortQuotes(u string) bool {
	open, words, inWord := false, 0, false
	for i, r := range u {
		switch r {
		case '"', '“', '”':
			if i == 0 {
				return false
			}
			open, words, inWord = !open, 0, false
			continue
		}
		if open {
			if unicode.IsSpace(r) {
				inWord = false
			} else if !inWord {
				inWord = true
				if words++; words > 6 {
					return false
				}
			}
		}
	}
	return !open
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
		j := pastStop(u, i)
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

// pastStop returns the index just past the full stop, question or
// exclamation mark at u[i] and any closing quotes or brackets after it.
func pastStop(u string, i int) int {
	j := i + 1
	for j < len(u) && strings.IndexByte("\"')’”", u[j]) >= 0 {
		j++
	}
	return j
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

// freshNames reports whether ws, the words of unit u, hold a name and
// none of their names is used before u (firstUse from firstUses).
func freshNames(ws []word, firstUse []int32, u int32) bool {
	named := false
	for _, w := range ws {
		if w.name {
			if firstUse[w.id] < u {
				return false
			}
			named = true
		}
	}
	return named
}
