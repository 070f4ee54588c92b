package index

import (
	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/mapping"
)

// SchemaVersion names the mapping below. The index lives in a directory
// named after it, so a bump makes storyline rebuild the index from the
// store instead of reading an incompatible one.
const SchemaVersion = 3

// Field names usable in query strings.
const (
	FieldTitle     = "title"
	FieldBody      = "body"
	FieldActor     = "actor"
	FieldThread    = "thread"
	FieldSource    = "source"
	FieldPublished = "published"
	FieldCategory  = "category"
)

// NewMapping returns the one index mapping of storyline: a single "story"
// document type, no dynamic fields, nothing in _all and nothing stored:
// the store holds the text, and Highlighter finds matches in it with the
// same analyzers. Term vectors stay, since phrase queries need positions.
// Plain words search the body, which starts with the title.
func NewMapping() mapping.IndexMapping {
	text := func() *mapping.FieldMapping {
		f := bleve.NewTextFieldMapping()
		f.Analyzer = en.AnalyzerName
		f.Store = false
		f.IncludeTermVectors = true
		f.IncludeInAll = false
		f.DocValues = false
		return f
	}
	plain := func() *mapping.FieldMapping {
		f := bleve.NewTextFieldMapping()
		f.Analyzer = "standard"
		f.Store = false
		f.IncludeTermVectors = true
		f.IncludeInAll = false
		f.DocValues = false
		return f
	}
	kw := bleve.NewTextFieldMapping()
	kw.Analyzer = keyword.Name
	kw.Store = false
	kw.IncludeInAll = false
	kw.IncludeTermVectors = false
	kw.DocValues = false

	date := bleve.NewDateTimeFieldMapping()
	date.Store = false
	date.IncludeInAll = false
	date.DocValues = true

	story := bleve.NewDocumentStaticMapping()
	story.AddFieldMappingsAt(FieldTitle, text())
	story.AddFieldMappingsAt(FieldBody, text())
	story.AddFieldMappingsAt(FieldActor, plain())
	story.AddFieldMappingsAt(FieldThread, plain())
	story.AddFieldMappingsAt(FieldSource, plain())
	story.AddFieldMappingsAt(FieldCategory, kw)
	story.AddFieldMappingsAt(FieldPublished, date)

	im := bleve.NewIndexMapping()
	im.DefaultMapping = bleve.NewDocumentDisabledMapping()
	im.AddDocumentMapping("story", story)
	im.TypeField = "_type"
	im.DefaultType = "story"
	im.DefaultField = FieldBody
	im.DefaultAnalyzer = en.AnalyzerName
	im.StoreDynamic = false
	im.IndexDynamic = false
	im.DocValuesDynamic = false
	return im
}
