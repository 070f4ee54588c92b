package thread

import (
	"hash/maphash"
	"strings"
	"unicode"
	"unicode/utf8"

	stemmer "github.com/storyline/storyline/internal/stem"
)

// word is one token of a unit: its stemmed key, its surface form and
// whether it looks like part of a name (capitalised away from a sentence
// start, or an all-capitals acronym).
type word struct {
	stem    string
	surface string
	// id numbers the stem among the stems of one call (see interner):
	// words tokenized together share ids
	id   int32
	lex  uint16 // flags of the lower-case word (lexStop…)
	kind uint8  // its kinds for labels (wordKind), from the lexicon
	name bool
	stop bool
	// joined: follows the previous word with only a space or hyphen between
	// (or " & " between two capitalised words: "Marks & Spencer")
	joined bool
	amp    bool // joined by " & "
	// promoted marks a word that labels take as part of a name although
	// tokenize did not (a sentence opener, a capitalised function word)
	promoted bool
	upper    bool // the first letter is a capital
	afterA   bool // follows the article "a" (a dropped one-letter token)
	caps     bool // no lower-case letter
}

// tokenize splits text into words. Digits-only tokens and one-letter
// tokens are dropped; possessive endings are removed. Stems get ids from
// in.
func tokenize(text string, in *interner) []word {
	return appendTokens(nil, text, in)
}

// appendTokens appends the words of text to out.
//
// It reads the text in two passes: the first finds the words and
// lower-cases them, the second looks them up in the lexicon memo. The
// memo is too large for the nearest caches, and in a loop of its own
// the look-ups of successive words, independent of each other, wait for
// memory together instead of one after another between the scanning of
// their words.
func appendTokens(out []word, text string, in *interner) []word {
	tk := in.tokenizer(text)
	at := len(out)
	out = tk.scan(out)
	tk.resolve(out[at:])
	for k := range out[at:] {
		w := &out[at+k]
		w.id = in.id(w.stem, tk.pend[k].hash)
	}
	in.keep(&tk)
	return out
}

// tokenizer returns a tokenizer of text that puts its look-ups off,
// with in's memo and storage.
func (in *interner) tokenizer(text string) tokenizer {
	return tokenizer{text: text, memo: in.lexMemo(), deferred: true, pend: in.pend[:0], lower: in.lower[:0]}
}

// keep takes back the storage of tk, from in.tokenizer, for later calls.
func (in *interner) keep(tk *tokenizer) { in.pend, in.lower = tk.pend[:0], tk.lower[:0] }

// scan appends the words of the text to out, their look-ups put off.
func (t *tokenizer) scan(out []word) []word {
	for {
		// The tokenizer writes each word in its place: a word is too big
		// to copy for nothing.
		out = append(out, word{})
		if !t.next(&out[len(out)-1]) {
			return out[:len(out)-1] // the spare place stays zero
		}
	}
}

// resolve looks up ws, the words scan appended, in the lexicon and
// fills in what it tells; the stems' hashes go to t.pend.
func (t *tokenizer) resolve(ws []word) {
	for k := range ws {
		p := &t.pend[k]
		w := &ws[k]
		var lex lexEntry
		if p.slow {
			lex = lexicon.Get(strings.ToLower(w.surface))
		} else {
			lex = t.memo.get(t.lower[p.off:p.off+p.n], p.h)
		}
		stop := lex.flags&lexStop != 0
		w.stem, w.lex, w.kind, w.stop = lex.stem, lex.flags, lex.kind, stop
		w.name = !stop && p.name
		p.hash = lex.hash
	}
}

// pending is a word whose lexicon look-up appendTokens has put off.
type pending struct {
	off, n int32  // its lower-case bytes: tokenizer.lower[off:off+n]
	h      uint32 // their hash under memoHash
	hash   uint64 // its stem's hash under stemSeed, once looked up
	slow   bool   // not in lower: ask the lexicon for its surface, lower-cased
	name   bool   // it is a name unless it is a stopword
}

// tokenizer reads the words of a text one by one.
type tokenizer struct {
	text          string
	i             int
	prevEnd       int // end of the previous token, dropped or not (0: none yet)
	started       bool
	sentenceStart bool
	hash          uint64   // hash of the last word's stem under stemSeed
	lastA         bool     // the token just dropped was the article "a"
	apart         bool     // the token just dropped parts the words around it
	prevUpper     bool     // the last word kept is capitalised
	memo          *lexMemo // nil: ask the lexicon
	buf           [64]byte
	// deferred: put the look-ups off (see appendTokens), recording the
	// words met so far in pend and their lower-case bytes in lower
	deferred bool
	pend     []pending
	lower    []byte
}

// next reads the next word into w (leaving w.id alone) and reports
// whether there was one.
func (t *tokenizer) next(w *word) bool {
	text := t.text
	if t.i == 0 && !t.started {
		t.sentenceStart = true
	}
	for t.i < len(text) {
		i := t.i
		if c := text[i]; c < utf8.RuneSelf {
			if asciiClass[c]&classWord == 0 {
				if asciiClass[c]&classStop != 0 {
					t.sentenceStart = true
				}
				t.i++
				continue
			}
		} else if r, size := utf8.DecodeRuneInString(text[i:]); !isWordRune(r) {
			switch r {
			case '•', '–', '—':
				t.sentenceStart = true
			}
			t.i += size
			continue
		}
		j := i
		for j < len(text) {
			c := text[j]
			if c < utf8.RuneSelf && asciiClass[c]&classWord != 0 {
				j++ // an ASCII letter or digit: the usual case
				continue
			}
			r2, s2 := rune(c), 1
			if c >= utf8.RuneSelf {
				r2, s2 = utf8.DecodeRuneInString(text[j:])
				if isWordRune(r2) {
					j += s2
					continue
				}
			}
			// keep internal apostrophes and hyphens only when a letter follows
			if (r2 == '\'' || r2 == '’' || r2 == '-') && j+s2 < len(text) && letterAt(text, j+s2) {
				j += s2
				continue
			}
			break
		}
		joined, amp := false, false
		if t.started {
			gap := text[t.prevEnd:i]
			joined = gap == " " || gap == "-" || gap == "\u00a0"
			amp = gap == " & " && t.prevUpper
		}
		t.started = true
		t.prevEnd = j
		t.i = j
		startsSentence := t.sentenceStart
		t.sentenceStart = false
		surface := trimPossessive(text[i:j])
		if t.word(w, surface, startsSentence) {
			// A dropped "v" or number stands between two names
			// ("Sheffield United v Leeds United", "Leeds 2 Chelsea"):
			// they do not run together. An initial ("George W Bush")
			// does not part them.
			w.amp = amp && w.upper && !t.apart
			w.joined = joined && !t.apart || w.amp
			w.afterA = t.lastA && joined
			t.lastA, t.apart, t.prevUpper = false, false, w.upper
			return true
		}
		t.lastA = surface == "a" || surface == "A"
		t.apart = surface == "v" || !hasLetter(surface)
		t.prevUpper = false
	}
	return false
}

// word fills w from surface, reporting false for a token to drop (no
// letter, or a single rune).
func (t *tokenizer) word(w *word, surface string, startsSentence bool) bool {
	var lex lexEntry
	var upper, caps bool
	var runes int
	// One pass tells whether surface is ASCII, holds a letter and a
	// lower-case letter, and lower-cases and hashes it (up to len(t.buf)
	// bytes) for the lexicon memo.
	ascii, letter, lower := true, false, false
	b := t.buf[:min(len(surface), len(t.buf))]
	h := memoOffset
	for k := 0; k < len(surface); k++ {
		c := surface[k]
		switch {
		case c >= utf8.RuneSelf:
			ascii = false
		case 'a' <= c && c <= 'z':
			letter, lower = true, true
		case 'A' <= c && c <= 'Z':
			letter = true
			c += 'a' - 'A'
		}
		if !ascii {
			break
		}
		if k < len(b) {
			b[k] = c
		}
		h = (h ^ uint32(c)) * memoPrime
	}
	if ascii {
		runes = len(surface)
		if !letter || runes < 2 {
			return false
		}
		upper = 'A' <= surface[0] && surface[0] <= 'Z'
		caps = !lower
		switch {
		case t.deferred:
			p := pending{slow: len(surface) > len(b), h: h}
			if !p.slow {
				p.off, p.n = int32(len(t.lower)), int32(len(b))
				t.lower = append(t.lower, b...)
			}
			return t.put(w, p, surface, upper, caps, runes, startsSentence)
		case len(surface) > len(b):
			lex = lexicon.Get(strings.ToLower(surface))
		case t.memo != nil:
			lex = t.memo.get(b, h)
		default:
			lex = lexicon.GetBytes(b)
		}
	} else {
		runes = utf8.RuneCountInString(surface)
		if !hasLetter(surface) || runes < 2 {
			return false
		}
		first, _ := utf8.DecodeRuneInString(surface)
		upper = unicode.IsUpper(first)
		caps = isAllCaps(surface)
		if t.deferred {
			return t.put(w, pending{slow: true}, surface, upper, caps, runes, startsSentence)
		}
		lex = lexicon.Get(strings.ToLower(surface))
	}
	stop := lex.flags&lexStop != 0
	*w = word{
		stem:    lex.stem,
		surface: surface,
		lex:     lex.flags,
		kind:    lex.kind,
		stop:    stop,
		name:    !stop && nameLike(upper, caps, runes, startsSentence),
		upper:   upper,
		caps:    caps,
	}
	t.hash = lex.hash
	return true
}

// nameLike reports whether a word, unless a stopword, is part of a name:
// capitalised away from a sentence start, or a short acronym.
func nameLike(upper, caps bool, runes int, startsSentence bool) bool {
	allCaps := upper && caps && runes >= 2
	return upper && (!startsSentence || (allCaps && runes <= 5))
}

// put fills w from surface as word does, but for what the lexicon tells,
// which p records how to look up later (see appendTokens).
func (t *tokenizer) put(w *word, p pending, surface string, upper, caps bool, runes int, startsSentence bool) bool {
	p.name = nameLike(upper, caps, runes, startsSentence)
	t.pend = append(t.pend, p)
	*w = word{surface: surface, upper: upper, caps: caps}
	return true
}

// Classes of ASCII bytes for the tokenizer.
const (
	classWord = 1 << iota // a letter or a digit
	classStop             // ends a sentence: . ! ? : ; or a newline
)

var asciiClass = func() (c [utf8.RuneSelf]uint8) {
	for b := range c {
		if isWordRune(rune(b)) {
			c[b] |= classWord
		}
	}
	for _, b := range ".!?:;\n" {
		c[b] |= classStop
	}
	return c
}()

// isWordRune reports whether r is a letter or a digit.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// letterAt reports whether a letter starts at text[k].
func letterAt(text string, k int) bool {
	if c := text[k]; c < utf8.RuneSelf {
		return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(text[k:])
	return unicode.IsLetter(r)
}

func trimPossessive(s string) string {
	if len(s) >= 2 && s[len(s)-1]|0x20 == 's' {
		if s[len(s)-2] == '\'' {
			return s[:len(s)-2]
		}
		if strings.HasSuffix(s[:len(s)-1], "’") {
			return s[:len(s)-1-len("’")]
		}
	}
	return s
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

func isAllCaps(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// Flags of a lower-case word in the lexicon.
const (
	lexStop      uint16 = 1 << iota // a stopword
	lexGeneric                      // too general to name a matter (by word or stem)
	lexPast                         // looks like a past-tense verb
	lexTitle                        // an honorific ("mr", "dr")
	lexFigure                       // holds a digit or an apostrophe
	lexShort                        // a single rune
	lexAdverb                       // ends like an adverb ("purely", "especially")
	lexAdjective                    // ends like an adjective ("electoral", "unsustainable")
	lexNoun                         // ends like a noun ("inflation", "agreement")
	lexDet                          // a determiner: a noun phrase follows
	lexVerbCue                      // a modal, pronoun or "to": a verb follows
	lexAdjCue                       // a copula or degree word: an adjective follows
	lexEvent                        // its stem is an event noun's (eventStems)
	lexNeverNoun                    // the POS lexicon has it, never as a noun (neverNoun)
	lexIdiom                        // a noun of the set phrases of idioms (label_idiom.go)
)

// lexEntry is what the segmenter keeps of a lower-case word: its stem
// (the word itself when hyphenated), the stem's hash under stemSeed, its
// flags, and its kinds for labels (wordKind: they depend on the
// lower-case word alone, so the lexicon works them out once for all
// stories).
type lexEntry struct {
	stem  string
	hash  uint64
	flags uint16
	kind  uint8
}

// lexicon caches the entry of every lower-case word the tokenizer meets.
var lexicon = stemmer.NewCache(newLexEntry)

func newLexEntry(lower string) lexEntry {
	e := lexEntry{stem: lower}
	if !strings.Contains(lower, "-") {
		e.stem = stemmer.Of(lower)
	}
	e.hash = maphash.String(stemSeed, e.stem)
	if _, ok := stopwords[lower]; ok {
		e.flags |= lexStop
	}
	_, generic := genericLabelWords[lower]
	if _, ok := genericLabelWords[e.stem]; ok || generic {
		e.flags |= lexGeneric
	}
	if _, ok := pastTense[lower]; ok || len(lower) > 4 && strings.HasSuffix(lower, "ed") && (!strings.HasSuffix(lower, "eed") || len(lower) > 5) {
		e.flags |= lexPast
	}
	e.flags |= wordClass(lower)
	if titleWord(lower) {
		e.flags |= lexTitle
	}
	if strings.ContainsAny(lower, "0123456789'’") {
		e.flags |= lexFigure
	}
	if utf8.RuneCountInString(lower) < 2 {
		e.flags |= lexShort
	}
	if eventStems[e.stem] {
		e.flags |= lexEvent
	}
	if lowerNeverNoun(lower) {
		e.flags |= lexNeverNoun
	}
	if _, ok := idioms[lower]; ok {
		e.flags |= lexIdiom
	}
	e.kind = lowerKind([]byte(lower))
	return e
}

// Terms returns the distinct stemmed content terms of text: the keys under
// which an archive should count document frequencies for Stats.
func Terms(text string) []string {
	return AppendTerms(nil, text)
}

// AppendTerms appends the Terms of text to dst and returns the extended
// slice; with room in dst it does not allocate.
func AppendTerms(dst []string, text string) []string {
	in := getInterner()
	tk := in.tokenizer(text)
	ws := tk.scan(in.words[:0])
	tk.resolve(ws)
	for k := range ws {
		w := &ws[k]
		if w.stop {
			continue
		}
		if n := in.size(); int(in.id(w.stem, tk.pend[k].hash)) == n {
			dst = append(dst, w.stem)
		}
	}
	clear(ws) // drop references to the text
	in.words = ws[:0]
	in.keep(&tk)
	putInterner(in)
	return dst
}

// DocFreq counts document frequencies of Terms over a set of texts. It
// implements Stats, so it can stand in for archive statistics (the eval
// commands count over every unit of their input file).
type DocFreq struct {
	df    map[string]int
	n     int
	terms []string // scratch for Add
}

// NewDocFreq returns an empty DocFreq.
func NewDocFreq() *DocFreq { return &DocFreq{df: map[string]int{}} }

// Add counts one document.
func (d *DocFreq) Add(text string) {
	d.n++
	d.terms = AppendTerms(d.terms[:0], text)
	for _, t := range d.terms {
		d.df[t]++
	}
}

// DF returns the number of documents added that contain term.
func (d *DocFreq) DF(term string) int { return d.df[term] }

// N returns the number of documents added.
func (d *DocFreq) N() int { return d.n }

// stopwords are function words and reporting verbs: they carry no topic.
var stopwords = toSet(`a about above across after afterwards again against all almost alone along already also although always am among amongst an and another any anyhow anyone anything anyway anywhere are aren around as at back be became because become becomes becoming been before beforehand behind being below beside besides between beyond both but by can cannot could couldn did didn do does doesn doing don done down during each either else elsewhere enough etc even ever every everyone everything everywhere except few for former formerly from further had hadn has hasn have haven having he hence her here hereafter hereby herein hers herself him himself his how however i if in indeed instead into is isn it its itself just last latter least less let like ll made make many may me meanwhile might mine more moreover most mostly much must my myself namely neither never nevertheless next no nobody none nor not nothing now nowhere of off often on once one only onto or other others otherwise our ours ourselves out over own per perhaps please quite rather re really s same seem seemed seeming seems several she should shouldn since so some somehow someone something sometime sometimes somewhere still such than that the their theirs them themselves then thence there thereafter thereby therefore therein these they this those though through throughout thru thus to together too toward towards under until up upon us very via was wasn we well were weren what whatever when whence whenever where whereas whereby wherein whether which while whither who whoever whole whom whose why will with within without won would wouldn yet you your yours yourself yourselves ve t d m o y mr mrs ms miss dr sir
said say says saying told tell tells added adding says according claimed claims claim stated states explained explains asked asks insisted insists noted notes warned warns revealed reveals suggested suggests believes believed thinks think thought went go goes going get gets got come comes came take takes took want wants wanted know knows knew see sees saw seen look looks looked put puts give gives gave given use used uses using found find finds felt feel feels keep kept also around yesterday today tomorrow week weeks monday tuesday wednesday thursday friday saturday sunday month months year years day days time times ago`)

// genericLabelWords are too general to name a matter; labels avoid them
// (in addition to stopwords). Units of time and length measure the news
// ("in the final five minutes", "rose above four metres", "bottom this
// season") as "week" and "per cent" do, and name no matter of their own;
// "hour" is left out, as a rate names one ("pay per hour").
var genericLabelWords = toSet(`minute minutes season seasons metre metres inches feet government people thing things way ways lot number part new old good bad big small high low first second third last latest former many much per cent percent pc million billion bn m news report reports statement spokesman spokeswoman spokesperson official officials source sources comment comments interview story stories issue issues matter matters case cases plan plans move moves decision decisions deal group company companies firm firms business market markets share shares price prices point points level levels rise rises fall falls end start week weeks month months year years day days time times today yesterday people's man woman men women world country countries uk us britain british national public local chief head director executive boss leader minister ministers mp mps member members team club player players fans pictured picture photo video image
rose rise rising risen fell fall falling fallen soared soar soaring climbed climb dipped dip jumped jump slumped slump gained gain lost lose edged edge surged surge closed close closing opened open trading traded slid slide tumbled tumble plunged plunge rallied rally added increase increased decrease decreased cut cuts higher lower up down
january february march april may june july august september october november december
previous long short worth three four five six seven eight nine ten include includes including included original recent recently early later late next past current full whole total top best worst major key likely possible set expected back`)

func toSet(s string) map[string]struct{} {
	m := map[string]struct{}{}
	for _, f := range strings.Fields(s) {
		m[f] = struct{}{}
	}
	return m
}
