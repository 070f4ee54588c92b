package thread

import (
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/article"
	"github.com/storyline/storyline/internal/devdata"
	stemmer "github.com/storyline/storyline/internal/stem"
)

// refWord is what the straightforward tokenizer decides about a token.
type refWord struct {
	stem, surface            string
	name, stop, joined, caps bool
}

// refTokenize is the plain form of tokenize: whole-word lower-casing and
// a stopword map lookup per token, no lexicon. The fast tokenizer must
// agree with it word for word.
func refTokenize(text string) []refWord {
	var out []refWord
	sentenceStart := true
	i, prevEnd := 0, -1
	apart := false     // the token dropped last was a "v" or a number
	prevUpper := false // the word kept last is capitalised
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			if strings.ContainsRune(".!?:;\n•–—", r) {
				sentenceStart = true
			}
			i += size
			continue
		}
		j := i
		for j < len(text) {
			r2, s2 := utf8.DecodeRuneInString(text[j:])
			if unicode.IsLetter(r2) || unicode.IsDigit(r2) {
				j += s2
			} else if r3, _ := utf8.DecodeRuneInString(text[min(j+s2, len(text)):]); strings.ContainsRune("'’-", r2) && j+s2 < len(text) && unicode.IsLetter(r3) {
				j += s2
			} else {
				break
			}
		}
		gap := ""
		if prevEnd >= 0 {
			gap = text[prevEnd:i]
		}
		w := refWord{joined: prevEnd >= 0 && (gap == " " || gap == "-" || gap == "\u00a0"), surface: text[i:j]}
		prevEnd, i = j, j
		opens := sentenceStart
		sentenceStart = false
		for _, suf := range []string{"'s", "’s", "'S", "’S"} {
			if t, ok := strings.CutSuffix(w.surface, suf); ok {
				w.surface = t
				break
			}
		}
		if strings.IndexFunc(w.surface, unicode.IsLetter) < 0 || utf8.RuneCountInString(w.surface) < 2 {
			apart = w.surface == "v" || strings.IndexFunc(w.surface, unicode.IsLetter) < 0
			prevUpper = false
			continue
		}
		first, _ := utf8.DecodeRuneInString(w.surface)
		// " & " between two capitalised words joins them ("Marks & Spencer")
		amp := gap == " & " && prevUpper && unicode.IsUpper(first) && !apart
		w.joined = w.joined && !apart || amp
		apart = false
		prevUpper = unicode.IsUpper(first)
		lower := strings.ToLower(w.surface)
		w.caps = strings.IndexFunc(w.surface, unicode.IsLower) < 0
		_, w.stop = stopwords[lower]
		short := utf8.RuneCountInString(w.surface) <= 5
		w.name = !w.stop && unicode.IsUpper(first) && (!opens || w.caps && short)
		w.stem = lower
		if !strings.Contains(lower, "-") {
			w.stem = stemmer.Of(lower)
		}
		out = append(out, w)
	}
	return out
}

// refOpening is the plain form of the paragraph-opening tests: each
// lower-cases and splits the whole paragraph.
func refOpening(u string) (shift, ret, cont, quote bool) {
	low := strings.ToLower(strings.TrimLeftFunc(u, func(r rune) bool { return !unicode.IsLetter(r) }))
	t := strings.TrimSpace(u)
	var first rune
	if t != "" {
		first = []rune(t)[0]
	}
	quote = strings.ContainsRune("'\"‘“", first) && t != ""
	cont = strings.ContainsRune("'\"‘“`", first) && t != ""
	if words := strings.FieldsFunc(t, func(r rune) bool { return !unicode.IsLetter(r) }); len(words) > 0 && !cont {
		_, cont = continuationWords[strings.ToLower(words[0])]
	}
	if words := strings.Fields(strings.ToLower(t)); !quote && len(words) > 0 {
		if _, ok := quoteLinks[strings.TrimRight(words[0], ",")]; ok && len(words) > 1 {
			words = words[1:]
		}
		quote = reportsQuote(words)
	}
	return shiftCue(low), returnCue(low), cont, quote
}

// referenceTexts returns tricky hand-made openings and, when the data is
// there, the paragraphs of BBC articles.
func referenceTexts(t *testing.T) []string {
	texts := []string{
		"", " ", "’", "A", "I'm", "U.S. officials' plan", "John’s dog's bone's", "Bob’s's", "X-ray's co-op'S",
		"Back in January the firm said", "Back in 2019, profits rose", "Back to the convention row: MPs voted",
		"BACK TO Westminster", "bac\u212a to the row", "İt comes as no surprise", "It\tcomes\u00a0as the",
		"  \u201cWe will,\u201d she said.", "He added: \"No.\"", "The company said it would", "The firm", "The",
		"It", "Meanwhile,", "meanwhile…", "Elsewhere in the market", "In other news, the rain", "To return to it",
		"Coming back to the vote, the whips", "Returning to  the\nstory", "\u00a0Turning to sport",
		"Ping An and Chapel Down rose 4.1 per cent", "the NHS, the BBC and the UN", "ÉLYSÉE PALACE talks",
		"Straße und Ärger", "ἀλφα beta", strings.Repeat("Supercalifragilistic", 5) + " word",
		"Séance’s end", "O'Neill-Smith's team–won—again • yes; no: ok? fine! done.", "\xff\xfeBad bytes here",
		"co-operate -hyphen hyphen- a-b", "3G 4x4 2020s 1st", "AAA BBBBBB Cc dD",
	}
	path := devdata.Path(t, "bbc-news/bbc-news.jsonl")
	n := 0
	eachJSONL(t, path, func(a struct{ Body string }) bool {
		texts = append(texts, strings.Split(a.Body, "\n\n")...)
		n++
		return n < 300
	})
	return texts
}

// TestTokenizeMatchesReference checks the fast tokenizer word for word
// against the plain one.
func TestTokenizeMatchesReference(t *testing.T) {
	for _, text := range referenceTexts(t) {
		var got []refWord
		for _, w := range tokenize(text, new(interner)) {
			got = append(got, refWord{w.stem, w.surface, w.name, w.stop, w.joined, w.caps})
		}
		if want := refTokenize(text); !slices.Equal(got, want) {
			t.Errorf("tokenize(%q):\n got %+v\nwant %+v", text, got, want)
		}
	}
}

// TestOpeningsMatchReference checks the paragraph-opening tests, which
// read only the first words, against whole-paragraph lower-casing.
func TestOpeningsMatchReference(t *testing.T) {
	for _, text := range referenceTexts(t) {
		shift, ret, cont, quote := refOpening(text)
		if opensShift(text) != shift || opensReturn(text) != ret || opensContinuation(text) != cont || continuesQuote(text) != quote {
			t.Errorf("%q: shift, return, continuation, quote = %v %v %v %v, want %v %v %v %v", text,
				opensShift(text), opensReturn(text), opensContinuation(text), continuesQuote(text), shift, ret, cont, quote)
		}
	}
}

// first returns the first of two results.
func first[A, B any](a A, _ B) A { return a }

// TestSplitTermsMatchesTerms checks that SplitTerms splits as Split does
// and gives every reading paragraph the Terms of its text.
func TestSplitTermsMatchesTerms(t *testing.T) {
	texts := referenceTexts(t)
	for start := 0; start < len(texts); start += 9 {
		paras := paragraphs(texts[start:min(start+9, len(texts))])
		paras[len(paras)/2].Boilerplate = true
		threads, terms := SplitTerms(paras, nil, nil)
		if want := Split(paras, nil, nil); !reflect.DeepEqual(threads, want) {
			t.Fatalf("SplitTerms threads %+v, Split %+v", threads, want)
		}
		for i, p := range paras {
			want := Terms(p.Text)
			if p.Boilerplate {
				want = nil
			}
			if !slices.Equal(terms[i], want) {
				t.Errorf("paragraph %q: terms %q, want %q", p.Text, terms[i], want)
			}
		}
	}
}

// TestSplitConcurrent splits the same stories from several goroutines at
// once (the pools and the lexicon are shared) and expects what a lone
// Split gives.
func TestSplitConcurrent(t *testing.T) {
	texts := referenceTexts(t)
	var stories [][]article.Paragraph
	for start := 0; start < len(texts) && len(stories) < 60; start += 7 {
		stories = append(stories, paragraphs(texts[start:min(start+7, len(texts))]))
	}
	want := make([][]Thread, len(stories))
	for i, s := range stories {
		want[i] = Split(s, nil, nil)
	}
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for k := range stories {
				i := (k + 13*g) % len(stories)
				if got := Split(stories[i], nil, nil); !reflect.DeepEqual(got, want[i]) {
					t.Errorf("story %d: concurrent Split %+v, alone %+v", i, got, want[i])
					return
				}
			}
		}(g)
	}
	wg.Wait()
}
