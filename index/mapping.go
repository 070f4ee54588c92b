package index

import (
	"sync"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/token/porter"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/single"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/registry"
)

// SchemaVersion names the mapping below. The index lives in a directory
// named after it, so a bump makes storyline rebuild the index from the
// store instead of reading an incompatible one.
const SchemaVersion = 6

// Names of the text analysis the index registers with bleve.
const (
	// noOffsetsFilter zeroes each token's byte offsets.
	noOffsetsFilter = "storyline_no_offsets"
	// paraTokenizerName is bleve's unicode tokenizer with a gap in the
	// positions at each paragraph break (paraTokenizer).
	paraTokenizerName = "storyline_paragraphs"
	// textAnalyzer is bleve's English analyzer with a position gap at
	// paragraph breaks (paraTokenizer) and offsets zeroed: phrase
	// queries need the positions in term vectors, but nothing reads the
	// offsets (Highlighter finds matches in the stored text itself), and
	// zeros take the least room in the index (about 12 % smaller).
	textAnalyzer = "storyline_en"
	// nameAnalyzer keeps a whole actor name as one lower-cased term, so
	// a name: search finds the stories naming exactly that actor.
	nameAnalyzer = "storyline_name"
)

// registerFilter registers noOffsetsFilter and paraTokenizerName with
// bleve, once, before the first mapping needs them (package variables
// are set before init runs).
var registerFilter = sync.OnceFunc(func() {
	err := registry.RegisterTokenFilter(noOffsetsFilter, func(map[string]any, *registry.Cache) (analysis.TokenFilter, error) {
		return noOffsets{}, nil
	})
	if err != nil {
		panic(err)
	}
	err = registry.RegisterTokenizer(paraTokenizerName, func(map[string]any, *registry.Cache) (analysis.Tokenizer, error) {
		return paraTokenizer{unicode.NewUnicodeTokenizer()}, nil
	})
	if err != nil {
		panic(err)
	}
})

// noOffsets is the token filter that zeroes byte offsets.
type noOffsets struct{}

func (noOffsets) Filter(in analysis.TokenStream) analysis.TokenStream {
	for _, t := range in {
		t.Start, t.End = 0, 0
	}
	return in
}

// Field names usable in query strings.
const (
	FieldTitle = "title"
	FieldBody  = "body"
	FieldActor = "actor"
	// FieldName holds the same actor names as FieldActor, each one whole
	// term: name:"BBC" finds the stories naming the BBC, not those that
	// name only BBC News, as actor:"BBC" does.
	FieldName      = "name"
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
	// field is a text field of the analyzer named, indexed only:
	// positions kept where phrase queries need them.
	field := func(analyzer string, positions bool) *mapping.FieldMapping {
		f := bleve.NewTextFieldMapping()
		f.Analyzer = analyzer
		f.Store = false
		f.IncludeTermVectors = positions
		f.IncludeInAll = false
		f.DocValues = false
		return f
	}

	date := bleve.NewDateTimeFieldMapping()
	date.Store = false
	date.IncludeInAll = false
	date.DocValues = true

	story := bleve.NewDocumentStaticMapping()
	story.AddFieldMappingsAt(FieldTitle, field(textAnalyzer, true))
	story.AddFieldMappingsAt(FieldBody, field(textAnalyzer, true))
	story.AddFieldMappingsAt(FieldActor, field("standard", true))
	// One term per name, no positions: a name: phrase is searched as
	// that one term (wholeNames).
	story.AddFieldMappingsAt(FieldName, field(nameAnalyzer, false))
	story.AddFieldMappingsAt(FieldThread, field("standard", true))
	story.AddFieldMappingsAt(FieldSource, field("standard", true))
	story.AddFieldMappingsAt(FieldCategory, field(keyword.Name, false))
	story.AddFieldMappingsAt(FieldPublished, date)

	registerFilter()
	im := bleve.NewIndexMapping()
	err := im.AddCustomAnalyzer(textAnalyzer, map[string]any{
		"type":          custom.Name,
		"tokenizer":     paraTokenizerName,
		"token_filters": []any{en.PossessiveName, lowercase.Name, en.StopName, porter.Name, noOffsetsFilter},
	})
	if err != nil {
		panic(err) // the names above are all registered
	}
	err = im.AddCustomAnalyzer(nameAnalyzer, map[string]any{
		"type":          custom.Name,
		"tokenizer":     single.Name,
		"token_filters": []any{lowercase.Name},
	})
	if err != nil {
		panic(err)
	}
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
