package index

import (
	"cmp"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search/query"
)

// Highlighter finds the words of a story's text that a query matched.
// The index stores no text (the store has it), so highlighting and the
// mapping of hits to paragraphs and threads happen here, with the same
// analyzers the index uses.
type Highlighter struct {
	text    matcher // body and title terms
	threads matcher // thread-label terms
	// windows caches, by the text of a window (see matcher.windows),
	// the spans found in it, relative to its start: a search's hits
	// repeat the same few words ("police", "Police,") paragraph after
	// paragraph, and analysing a window is most of highlighting's cost.
	// Safe for the concurrent use Spans allows.
	windows sync.Map // string → [][2]int
}

type matcher struct {
	terms    map[string]bool
	prefixes []string
	patterns []*regexp.Regexp
	fuzzy    []fuzzyTerm // "budjet~": terms within an edit distance
}

// fuzzyTerm is a term a fuzzy query matches, with every indexed term
// within dist edits of it.
type fuzzyTerm struct {
	term string
	dist int
}

func (m *matcher) empty() bool {
	return len(m.terms) == 0 && len(m.prefixes) == 0 && len(m.patterns) == 0 && len(m.fuzzy) == 0
}

// mayMatch is a cheap test that rules out most texts before they are
// analysed: a stemmed term keeps the first letters of the word it came
// from, so a text none of whose lowered bytes contain such a start cannot
// match. Patterns always need the full test.
func (m *matcher) mayMatch(lower string) bool {
	if len(m.patterns) > 0 || len(m.fuzzy) > 0 {
		return true
	}
	for t := range m.terms {
		if strings.Contains(lower, stemStart(t)) {
			return true
		}
	}
	for _, p := range m.prefixes {
		if strings.Contains(lower, stemStart(p)) {
			return true
		}
	}
	return false
}

// stemStart is the part of a term every word that stems to it begins
// with: the Porter stemmer only strips or rewrites endings, and a rewrite
// ("says" → "sai", "possibly" → "possibl") touches the last letter at
// most, so all but the last letter is safe.
func stemStart(t string) string {
	if utf8.RuneCountInString(t) < 2 {
		return t
	}
	_, last := utf8.DecodeLastRuneInString(t)
	return t[:len(t)-last]
}

func (m *matcher) match(term string) bool {
	if m.terms[term] {
		return true
	}
	for _, p := range m.prefixes {
		if strings.HasPrefix(term, p) {
			return true
		}
	}
	for _, re := range m.patterns {
		if re.MatchString(term) {
			return true
		}
	}
	for _, f := range m.fuzzy {
		if withinEdits(term, f.term, f.dist) {
			return true
		}
	}
	return false
}

// withinEdits reports whether a and b are at most max single-rune
// insertions, deletions or substitutions apart (the Levenshtein distance
// bleve's fuzzy queries search by).
func withinEdits(a, b string, max int) bool {
	if a == b {
		return true
	}
	ra, rb := []rune(a), []rune(b)
	if d := len(ra) - len(rb); d > max || -d > max {
		return false
	}
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		best := cur[0]
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			best = min(best, cur[j])
		}
		if best > max {
			return false // every later row is at least as far
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)] <= max
}

// autoFuzziness is the edit distance bleve's "auto" fuzziness allows a
// term of n runes: none up to 2, one up to 5, two beyond.
func autoFuzziness(n int) int {
	switch {
	case n <= 2:
		return 0
	case n <= 5:
		return 1
	}
	return 2
}

var analysisMapping = NewMapping().(*mapping.IndexMappingImpl)

func analyzerFor(field string) analysis.Analyzer {
	switch field {
	case FieldActor, FieldThread, FieldSource:
		return analysisMapping.AnalyzerNamed("standard")
	}
	return analysisMapping.AnalyzerNamed(analysisMapping.DefaultAnalyzer)
}

func analyse(a analysis.Analyzer, text string) analysis.TokenStream {
	return a.Analyze([]byte(text))
}

// NewHighlighter builds the highlighter of a query string. Terms under
// a "must not" are not highlighted.
func NewHighlighter(q string) (*Highlighter, error) {
	h := &Highlighter{text: matcher{terms: map[string]bool{}}, threads: matcher{terms: map[string]bool{}}}
	if strings.TrimSpace(q) == "" {
		return h, nil
	}
	parsed, err := bleve.NewQueryStringQuery(q).Parse()
	if err != nil {
		return nil, &QueryError{Query: q, Err: err}
	}
	h.collect(parsed)
	return h, nil
}

func (h *Highlighter) target(field string) *matcher {
	switch field {
	case "", FieldBody, FieldTitle, FieldActor, FieldName:
		// Actor names are highlighted where the text names them.
		return &h.text
	case FieldThread:
		return &h.threads
	}
	return nil
}

func (h *Highlighter) collect(q query.Query) {
	switch q := q.(type) {
	case *query.BooleanQuery:
		if q.Must != nil {
			h.collect(q.Must)
		}
		if q.Should != nil {
			h.collect(q.Should)
		}
	case *query.ConjunctionQuery:
		for _, c := range q.Conjuncts {
			h.collect(c)
		}
	case *query.DisjunctionQuery:
		for _, c := range q.Disjuncts {
			h.collect(c)
		}
	case *query.MatchQuery:
		h.addAnalysed(q.FieldVal, q.Match, q.Fuzziness, fuzzyAuto(q))
	case *query.MatchPhraseQuery:
		h.addAnalysed(q.FieldVal, q.MatchPhrase, q.Fuzziness, fuzzyAuto(q))
	case *query.TermQuery:
		if m := h.target(q.FieldVal); m != nil {
			m.terms[q.Term] = true
		}
	case *query.FuzzyQuery:
		// bleve compares the term as written with the indexed terms.
		if m := h.target(q.FieldVal); m != nil {
			m.fuzzy = append(m.fuzzy, fuzzyTerm{q.Term, q.Fuzziness})
		}
	case *query.PrefixQuery:
		if m := h.target(q.FieldVal); m != nil {
			m.prefixes = append(m.prefixes, strings.ToLower(q.Prefix))
		}
	case *query.WildcardQuery:
		if m := h.target(q.FieldVal); m != nil {
			pat := regexp.QuoteMeta(strings.ToLower(q.Wildcard))
			pat = strings.NewReplacer(`\*`, ".*", `\?`, ".").Replace(pat)
			if re, err := regexp.Compile("^" + pat + "$"); err == nil {
				m.patterns = append(m.patterns, re)
			}
		}
	case *query.RegexpQuery:
		if m := h.target(q.FieldVal); m != nil {
			if re, err := regexp.Compile("^(?:" + q.Regexp + ")$"); err == nil {
				m.patterns = append(m.patterns, re)
			}
		}
	}
}

// addAnalysed adds the terms of a match or phrase query's text, as the
// field's analyzer makes them; a fuzzy query's terms (fuzziness edits,
// or bleve's automatic distance) also match the terms near them.
func (h *Highlighter) addAnalysed(field, text string, fuzziness int, auto bool) {
	m := h.target(field)
	if m == nil {
		return
	}
	a := analyzerFor(FieldBody)
	if m == &h.threads {
		a = analyzerFor(FieldThread)
	}
	for _, t := range analyse(a, text) {
		term := string(t.Term)
		d := fuzziness
		if auto {
			d = autoFuzziness(utf8.RuneCount(t.Term))
		}
		if d > 0 {
			m.fuzzy = append(m.fuzzy, fuzzyTerm{term, d})
			continue
		}
		m.terms[term] = true
	}
}

// Empty reports whether the query highlights nothing in text (a query on
// other fields only, or match-all).
func (h *Highlighter) Empty() bool { return h.text.empty() }

// Spans returns the byte ranges of text that the query matched. It is
// safe to call from several goroutines at once.
func (h *Highlighter) Spans(text string) [][2]int {
	if h.text.empty() {
		return nil
	}
	lower := strings.ToLower(text)
	if !h.text.mayMatch(lower) {
		return nil
	}
	ws := h.text.windows(text, lower)
	if ws == nil {
		return h.spansIn(text, 0, nil)
	}
	var out [][2]int
	for _, w := range ws {
		out = h.windowSpans(text[w[0]:w[1]], w[0], out)
	}
	return out
}

// windowSpans is spansIn for a window, through the cache of windows.
func (h *Highlighter) windowSpans(win string, off int, out [][2]int) [][2]int {
	var rel [][2]int
	if v, ok := h.windows.Load(win); ok {
		rel = v.([][2]int)
	} else {
		rel = h.spansIn(win, 0, nil)
		h.windows.Store(win, rel)
	}
	for _, r := range rel {
		out = append(out, [2]int{off + r[0], off + r[1]})
	}
	return out
}

// spansIn appends to out the spans of text, which starts at byte off of
// the whole text.
func (h *Highlighter) spansIn(text string, off int, out [][2]int) [][2]int {
	for _, t := range analyse(analyzerFor(FieldBody), text) {
		if h.text.match(string(t.Term)) {
			out = append(out, [2]int{off + t.Start, off + t.End})
		}
	}
	return out
}

// windows returns, in order and apart, the stretches of text between
// white space that hold a term's start (see stemStart): only words there
// can match, and since words never run across white space, analysing the
// stretches alone finds the same tokens at the same places as analysing
// the whole text, in a fraction of the time for a long paragraph. It
// returns nil when the whole text must be analysed: patterns can match
// anywhere, and lowering letters that change length would shift offsets.
func (m *matcher) windows(text, lower string) [][2]int {
	if len(m.patterns) > 0 || len(text) < 200 {
		return nil
	}
	if len(lower) != len(text) {
		return nil
	}
	var hits [][2]int
	find := func(start string) {
		if start == "" {
			hits = append(hits, [2]int{0, len(text)})
			return
		}
		for i := 0; ; {
			k := strings.Index(lower[i:], start)
			if k < 0 {
				return
			}
			hits = append(hits, [2]int{i + k, i + k + len(start)})
			i += k + len(start)
		}
	}
	for t := range m.terms {
		find(stemStart(t))
	}
	for _, p := range m.prefixes {
		find(stemStart(p))
	}
	if len(hits) == 0 {
		return [][2]int{}
	}
	slices.SortFunc(hits, func(a, b [2]int) int { return cmp.Compare(a[0], b[0]) })
	var out [][2]int
	for _, hit := range hits {
		a := 0
		if k := strings.LastIndexFunc(text[:hit[0]], unicode.IsSpace); k >= 0 {
			_, size := utf8.DecodeRuneInString(text[k:])
			a = k + size
		}
		b := len(text)
		if k := strings.IndexFunc(text[hit[1]:], unicode.IsSpace); k >= 0 {
			b = hit[1] + k
		}
		if n := len(out); n > 0 && a <= out[n-1][1] {
			out[n-1][1] = max(out[n-1][1], b)
			continue
		}
		out = append(out, [2]int{a, b})
	}
	return out
}

// MatchesThread reports whether a thread label matches the query's
// thread: terms.
func (h *Highlighter) MatchesThread(label string) bool {
	if h.threads.empty() {
		return false
	}
	for _, t := range analyse(analyzerFor(FieldThread), label) {
		if h.threads.match(string(t.Term)) {
			return true
		}
	}
	return false
}

// Fragment returns about size bytes of text around its first matches,
// cut at word boundaries, with matches between MarkStart and MarkEnd and
// "…" where text was left out. spans come from Spans(text).
func Fragment(text string, spans [][2]int, size int) string {
	if len(spans) == 0 {
		return ""
	}
	size = max(size, 16)
	spans = mergeAdjacent(text, spans)
	// Start a little before the first match, at a word boundary.
	start := spans[0][0] - size/4
	if start <= 0 {
		start = 0
	} else if i := strings.IndexByte(text[start:spans[0][0]], ' '); i >= 0 {
		start += i + 1
	} else {
		start = spans[0][0]
	}
	end := start + size
	if end >= len(text) {
		end = len(text)
	} else {
		if i := strings.LastIndexByte(text[start:end], ' '); i > 0 {
			end = start + i
		}
		for end < len(text) && !utf8.RuneStart(text[end]) {
			end++
		}
	}
	var b strings.Builder
	if start > 0 {
		b.WriteString("…")
	}
	cur := start
	for _, s := range spans {
		if s[0] < cur || s[1] > end {
			continue
		}
		b.WriteString(text[cur:s[0]])
		b.WriteString(MarkStart)
		b.WriteString(text[s[0]:s[1]])
		b.WriteString(MarkEnd)
		cur = s[1]
	}
	b.WriteString(text[cur:end])
	if end < len(text) {
		b.WriteString("…")
	}
	return b.String()
}

// mergeAdjacent joins matches separated only by spaces, so a matched name
// or phrase is marked as one run.
func mergeAdjacent(text string, spans [][2]int) [][2]int {
	out := make([][2]int, 0, len(spans))
	for _, s := range spans {
		if n := len(out); n > 0 && s[0] >= out[n-1][1] && strings.TrimSpace(text[out[n-1][1]:s[0]]) == "" {
			out[n-1][1] = s[1]
			continue
		}
		out = append(out, s)
	}
	return out
}
