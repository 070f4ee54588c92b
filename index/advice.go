package index

import (
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/search/query"
)

// QueryFields are the fields a query string may name, in the order the
// help lists them.
var QueryFields = []string{FieldTitle, FieldBody, FieldActor, FieldName, FieldThread, FieldSource, FieldCategory, FieldPublished}

// UnknownFields returns the fields q names that no story has, each once,
// in the order written: bleve searches such a field quietly and finds
// nothing ("author:smith", or "10:30" read as field "10"). It returns nil
// when q does not parse.
func UnknownFields(q string) []string {
	if strings.TrimSpace(q) == "" {
		return nil
	}
	parsed, err := bleve.NewQueryStringQuery(q).Parse()
	if err != nil {
		return nil
	}
	var out []string
	rewrite(parsed, func(q query.Query) query.Query {
		if f, ok := q.(query.FieldableQuery); ok {
			if name := f.Field(); name != "" && !slices.Contains(QueryFields, name) && !slices.Contains(out, name) {
				out = append(out, name)
			}
		}
		return q
	})
	return out
}

// Advice says, one hint a line, why q may have found no story and what to
// try instead: a field no story has, a phrase (which must stand as
// written within one paragraph), a misspelt word (a ~ finds near
// spellings).
func Advice(q string) []string {
	var out []string
	if h := FieldAdvice(q); h != "" {
		out = append(out, h)
	}
	if strings.Contains(q, `"`) {
		out = append(out, `a "phrase" must stand as written within one paragraph: try its words without the quotes`)
	}
	words := queryWords(q)
	var stop []string
	for _, w := range words {
		if isStopWord(w) {
			stop = append(stop, w)
			continue
		}
		out = append(out, fmt.Sprintf("check the spelling; a ~ after a word also finds near spellings (%s~)", w))
		return out
	}
	if len(stop) > 0 {
		// Misspelt they are not: the index leaves them out.
		out = append(out, fmt.Sprintf("%s: too common to be searched for (the index leaves out words such as the, of, and, it); add a rarer word", quoteAll(stop)))
	}
	return out
}

var (
	stopOnce  sync.Once
	stopWords analysis.TokenMap
)

// isStopWord reports whether the index's analyser drops w (bleve's
// English stop list, as the mapping's stop_en filter uses).
func isStopWord(w string) bool {
	stopOnce.Do(func() {
		stopWords = analysis.NewTokenMap()
		if err := stopWords.LoadBytes(en.EnglishStopWords); err != nil {
			stopWords = analysis.TokenMap{}
		}
	})
	_, ok := stopWords[strings.ToLower(w)]
	return ok
}

// FieldAdvice names the fields q names that no story has and lists those
// it may name; "" when q names none such.
func FieldAdvice(q string) string {
	f := UnknownFields(q)
	if len(f) == 0 {
		return ""
	}
	return fmt.Sprintf("no field %s: the fields are %s", quoteAll(f), strings.Join(QueryFields, ", "))
}

// Hint says how to mend a query that does not parse.
func (e *QueryError) Hint() string {
	msg := e.Err.Error()
	switch {
	case strings.Contains(msg, "unterminated quote"):
		return `close the quote: "a phrase"`
	case strings.Contains(msg, "invalid time"):
		return `write dates as published:>"2025-01-01" (year-month-day, in quotes)`
	case strings.Contains(e.Query, ":"):
		return `a field needs a value (title:budget, actor:"Ines Duarte"); quote a word with a colon in it ("10:30")`
	}
	return `see the syntax under ? in the browser: words, "a phrase", +must -not, field:value`
}

func quoteAll(ss []string) string {
	q := make([]string, len(ss))
	for i, s := range ss {
		q[i] = `"` + s + `"`
	}
	return strings.Join(q, ", ")
}

// queryWords are the words of q outside quotes that name no field and
// carry no operator, in order.
func queryWords(q string) []string {
	in := false
	var word strings.Builder
	var out []string
	for _, r := range q + " " {
		switch {
		case r == '"':
			in = !in
			word.Reset()
		case in:
		case r == ' ':
			if w := word.String(); w != "" && !strings.ContainsAny(w, `:~*?^()+-\/`) {
				out = append(out, w)
			}
			word.Reset()
		default:
			word.WriteRune(r)
		}
	}
	return out
}
