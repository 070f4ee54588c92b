package nlp

import (
	"bytes"
	_ "embed"
	"sync"
)

// Token is one token of a text with its byte offsets.
type Token struct {
	Text       string
	Start, End int // byte offsets into the text
}

// Entity is a named-entity mention found in a text.
type Entity struct {
	Text       string
	Type       string // PER, ORG, LOC or MISC
	Start, End int    // byte offsets into the text
}

// ModelVersion identifies the embedded NER model; analysis stored with an
// older version is recomputed by reindex.
const ModelVersion = "ap-2026-11-28-1"

//go:embed model/ner.bin.gz
var embeddedModel []byte

var (
	defaultOnce  sync.Once
	defaultModel *Model
)

// DefaultModel returns the embedded model, loading it on first use. It
// panics if the embedded weights are corrupt, which is a build error.
func DefaultModel() *Model {
	defaultOnce.Do(func() {
		m, err := Load(bytes.NewReader(embeddedModel))
		if err != nil {
			panic(err)
		}
		defaultModel = m
	})
	return defaultModel
}

// Entities returns the named entities in text using the embedded model. The
// text is read as one document, so a name recognised in one sentence helps
// to recognise it in the others.
func Entities(text string) []Entity {
	return DefaultModel().Entities(text)
}

// Entities returns the named entities in text, read as one document.
func (m *Model) Entities(text string) []Entity {
	sents := Sentences(text)
	n := 0
	for _, s := range sents {
		n += len(s)
	}
	flat := make([]string, 0, n) // one backing array for all sentences
	words := make([][]string, len(sents))
	for i, s := range sents {
		at := len(flat)
		for _, t := range s {
			flat = append(flat, t.Text)
		}
		words[i] = flat[at:len(flat):len(flat)]
	}
	var out []Entity
	for i, tags := range m.TagDocument(words) {
		s := sents[i]
		for _, sp := range SpansFromIOB(tags) {
			a, b := s[sp.Start].Start, s[sp.End-1].End
			out = append(out, Entity{Text: text[a:b], Type: sp.Type, Start: a, End: b})
		}
	}
	return out
}
