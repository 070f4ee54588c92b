package nlp

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
const ModelVersion = "stub-0"

// Entities returns the named entities in text using the embedded model.
// Placeholder: the real model replaces this.
func Entities(text string) []Entity { return nil }
