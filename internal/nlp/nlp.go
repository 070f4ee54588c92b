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
const ModelVersion = "ap-2026-11-29-2"

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
	return m.AppendEntities(nil, text)
}

// AppendEntities appends the Entities of text to out and returns the
// extended slice: a caller that tags text after text can reuse one
// buffer.
func (m *Model) AppendEntities(out []Entity, text string) []Entity {
	b := docPool.Get().(*docBuf)
	defer b.release()
	b.toks = appendTokens(b.toks[:0], text)
	b.sents = appendSentences(b.sents[:0], text, b.toks)
	sents := b.sents
	flat := grow(b.flat, len(b.toks))[:0] // one buffer for all sentences
	b.words = grow(b.words, len(sents))
	words := b.words
	for i, s := range sents {
		at := len(flat)
		for _, t := range s {
			flat = append(flat, t.Text)
		}
		words[i] = flat[at:len(flat):len(flat)]
	}
	b.flat = flat
	prep, d := m.prepareDocument(words, b)
	paths := m.tagPrepared(prep, d, len(m.stages), b)
	for i, p := range paths {
		b.spans = m.appendEntitySpans(b.spans[:0], prep[i].toks, p)
		s := sents[i]
		for _, sp := range b.spans {
			a, e := s[sp.Start].Start, s[sp.End-1].End
			out = append(out, Entity{Text: text[a:e], Type: sp.Type, Start: a, End: e})
		}
	}
	return out
}
