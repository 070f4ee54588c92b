package nlp

import (
	"strings"
	"unicode/utf8"
)

// sentenceStarters are capitalised words that usually begin a sentence;
// after an ambiguous abbreviation ("U.S.", "Inc.") they signal a boundary.
var sentenceStarters = map[string]bool{
	"The": true, "A": true, "An": true, "He": true, "She": true, "It": true,
	"They": true, "We": true, "I": true, "But": true, "And": true,
	"This": true, "That": true, "These": true, "Those": true, "There": true,
	"His": true, "Her": true, "Its": true, "Their": true, "Our": true,
	"In": true, "On": true, "At": true, "If": true, "When": true,
	"However": true, "Meanwhile": true, "So": true, "Yet": true, "Some": true,
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "Mr.": true,
	"Mrs.": true, "Ms.": true, "Dr.": true, "What": true, "Why": true,
	"How": true, "Who": true, "You": true, "As": true, "After": true,
}

// Sentences tokenises text and splits it into sentences. A sentence ends at
// ".", "!", "?" or "..." (with any closing quotes or brackets) before a token
// that can start a sentence, and at every line break. Title abbreviations
// ("Mr.", "Dr.", "Sen.") and initials ("J.") never end a sentence; other
// abbreviations ("U.S.", "Inc.") end one only before a typical sentence
// opener ("The", "He", ...).
func Sentences(text string) [][]Token {
	return appendSentences(nil, text, Tokenize(text))
}

// appendSentences appends the sentences of toks, the tokens of text, to out.
func appendSentences(out [][]Token, text string, toks []Token) [][]Token {
	start := 0
	for i := 0; i < len(toks); i++ {
		if i+1 < len(toks) && !boundaryAfter(text, toks, i) {
			continue
		}
		out = append(out, toks[start:i+1:i+1])
		start = i + 1
	}
	return out
}

// boundaryAfter reports whether a sentence ends after toks[i].
func boundaryAfter(text string, toks []Token, i int) bool {
	next := toks[i+1]
	if hasLineBreak(text[toks[i].End:next.Start]) {
		return true
	}
	w := toks[i].Text
	if opensQuote(text, toks, i) {
		return false
	}
	// Closing quotes or brackets after the final punctuation belong to
	// the sentence; look at the punctuation before them.
	if isCloser(next.Text) && !opensQuote(text, toks, i+1) {
		return false
	}
	j := i
	for j > 0 && isCloser(toks[j].Text) {
		j--
		w = toks[j].Text
	}
	switch w {
	case ".", "!", "?", "...", "…":
		return startsSentence(next.Text)
	}
	if strings.HasSuffix(w, ".") && numberAbbreviation(w, next.Text) {
		return false
	}
	if strings.HasSuffix(w, ".") && isAbbreviation(w) {
		core := strings.ToLower(strings.TrimSuffix(w, "."))
		if titleAbbreviations[core] || len(strings.TrimSuffix(w, ".")) == 1 {
			return false
		}
		return sentenceStarters[next.Text]
	}
	return false
}

// hasLineBreak reports whether s has a "\n" or "\r": strings.ContainsAny(s,
// "\n\r") without building a set for the one or two bytes between tokens
// (neither byte occurs inside a multi-byte character).
func hasLineBreak(s string) bool {
	for k := 0; k < len(s); k++ {
		if s[k] == '\n' || s[k] == '\r' {
			return true
		}
	}
	return false
}

// opensQuote reports whether the straight quote toks[k] opens a quotation:
// it has space before it and none after it.
func opensQuote(text string, toks []Token, k int) bool {
	t := toks[k]
	if t.Text != "\"" && t.Text != "'" {
		return false
	}
	spaceBefore := k == 0 || toks[k-1].End < t.Start
	spaceAfter := k+1 >= len(toks) || toks[k+1].Start > t.End
	return spaceBefore && !spaceAfter
}

func isCloser(w string) bool {
	switch w {
	case "\"", "'", "”", "’", ")", "]", "}", "»":
		return true
	}
	return false
}

// startsSentence reports whether a token can open a sentence: a capitalised
// word, a number, or an opening quote or bracket.
func startsSentence(w string) bool {
	if w == "" {
		return false
	}
	if isCap(w) {
		return true
	}
	switch w[0] {
	case '"', '\'', '(', '[', '`':
		return true
	}
	if strings.HasPrefix(w, "“") || strings.HasPrefix(w, "‘") {
		return true
	}
	r, _ := utf8.DecodeRuneInString(w)
	return w[0] >= '0' && w[0] <= '9' || strings.ContainsRune(money, r)
}
