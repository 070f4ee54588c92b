package nlp

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// CoNLLLine is one token line of a CoNLL column file.
type CoNLLLine struct {
	Raw  string // the line as read, without the line ending
	Word string // first column
	Tag  string // last column (the gold tag), "" when the line has one column
}

// CoNLLSentence is one sentence of a CoNLL file.
type CoNLLSentence struct {
	Lines []CoNLLLine
}

// Words returns the sentence's words.
func (s CoNLLSentence) Words() []string {
	w := make([]string, len(s.Lines))
	for i, l := range s.Lines {
		w[i] = l.Word
	}
	return w
}

// Tags returns the sentence's gold tags converted to IOB2.
func (s CoNLLSentence) Tags() []string {
	t := make([]string, len(s.Lines))
	for i, l := range s.Lines {
		t[i] = l.Tag
	}
	return ToIOB2(t)
}

// CoNLLDocument is one document (the text between -DOCSTART- lines).
type CoNLLDocument struct {
	DocStart  string // the -DOCSTART- line that opened it, "" when none did
	Sentences []CoNLLSentence
}

// ReadCoNLL reads a CoNLL-2003 style column file: one token a line with
// whitespace-separated columns (word first, tag last), blank lines between
// sentences and "-DOCSTART-" lines between documents. A file without
// -DOCSTART- lines is read as one document.
func ReadCoNLL(r io.Reader) ([]CoNLLDocument, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	var docs []CoNLLDocument
	var cur *CoNLLDocument
	var sent CoNLLSentence
	flush := func() {
		if len(sent.Lines) == 0 {
			return
		}
		if cur == nil {
			docs = append(docs, CoNLLDocument{})
			cur = &docs[len(docs)-1]
		}
		cur.Sentences = append(cur.Sentences, sent)
		sent = CoNLLSentence{}
	}
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" {
			flush()
			continue
		}
		if strings.HasPrefix(line, "-DOCSTART-") {
			flush()
			docs = append(docs, CoNLLDocument{DocStart: line})
			cur = &docs[len(docs)-1]
			continue
		}
		f := strings.Fields(line)
		l := CoNLLLine{Raw: line, Word: f[0]}
		if len(f) > 1 {
			l.Tag = f[len(f)-1]
			if l.Tag != "O" && (len(l.Tag) < 3 || (l.Tag[0] != 'B' && l.Tag[0] != 'I') || l.Tag[1] != '-') {
				return nil, fmt.Errorf("line %d: bad tag %q", n, l.Tag)
			}
		}
		sent.Lines = append(sent.Lines, l)
	}
	flush()
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return docs, nil
}

// ToIOB2 converts IOB1 or IOB2 tags to IOB2: every entity starts with B-.
func ToIOB2(tags []string) []string {
	out := make([]string, len(tags))
	prev := "O"
	for i, t := range tags {
		if strings.HasPrefix(t, "I-") && (prev == "O" || prev[2:] != t[2:]) {
			t = "B-" + t[2:]
		}
		out[i] = t
		prev = t
	}
	return out
}

// Span is an entity span over token positions [Start, End).
type Span struct {
	Start, End int
	Type       string
}

// SpansFromIOB returns the entity spans of IOB1 or IOB2 tags, reading them
// the way conlleval does: an entity ends where the next tag is O, a B-, or
// an I- of another type.
func SpansFromIOB(tags []string) []Span {
	return appendSpansFromIOB(nil, tags)
}

// appendSpansFromIOB appends the spans of tags to spans.
func appendSpansFromIOB(spans []Span, tags []string) []Span {
	start, typ := -1, ""
	for i, t := range tags {
		if t == "" || t == "O" {
			if start >= 0 {
				spans = append(spans, Span{start, i, typ})
				start = -1
			}
			continue
		}
		ty := t[2:]
		if t[0] == 'B' || start < 0 || ty != typ {
			if start >= 0 {
				spans = append(spans, Span{start, i, typ})
			}
			start, typ = i, ty
		}
	}
	if start >= 0 {
		spans = append(spans, Span{start, len(tags), typ})
	}
	return spans
}
