package article

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html"
	"regexp"
	"strconv"
	"strings"
)

// record is one article object of a JSON Lines file or JSON array. Each
// field accepts a string, a number or a list (see flex); alternative key
// names are folded in by pick.
type record struct {
	ID          flex `json:"id"`
	GUID        flex `json:"guid"`
	Title       flex `json:"title"`
	Headline    flex `json:"headline"`
	Body        flex `json:"body"`
	Text        flex `json:"text"`
	Content     flex `json:"content"`
	Paragraphs  flex `json:"paragraphs"`
	Description flex `json:"description"`
	Summary     flex `json:"summary"`
	Date        flex `json:"date"`
	Published   flex `json:"published"`
	PubDate     flex `json:"pubDate"`
	PublishedAt flex `json:"published_at"`
	URL         flex `json:"url"`
	Link        flex `json:"link"`
	Source      flex `json:"source"`
	Author      flex `json:"author"`
	Byline      flex `json:"byline"`
	Authors     flex `json:"authors"`
	Category    flex `json:"category"`
	Section     flex `json:"section"`
}

// flex is a JSON value read as text: strings as they are, numbers in
// their JSON spelling, lists of strings as their items (joined by ", ",
// or kept apart as paragraphs), objects by their "name" field, null as "".
type flex struct {
	s     string
	items []string
	// scalar is the JSON kind ("number", "true or false") when the value
	// was neither text nor a list: fine for an id, wrong for a body.
	scalar string
}

// UnmarshalJSON implements json.Unmarshaler.
func (f *flex) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if len(b) == 0 {
		return nil
	}
	switch b[0] {
	case '"':
		return json.Unmarshal(b, &f.s)
	case 'n':
		return nil
	case '[':
		var raw []flex
		if err := json.Unmarshal(b, &raw); err != nil {
			return err
		}
		for _, r := range raw {
			if r.s != "" {
				f.items = append(f.items, r.s)
			}
		}
		f.s = strings.Join(f.items, ", ")
		return nil
	case '{':
		var obj struct {
			Name flex `json:"name"`
		}
		if err := json.Unmarshal(b, &obj); err != nil {
			return err
		}
		f.s = obj.Name.s
		return nil
	case 't', 'f':
		f.s, f.scalar = string(b), "true or false"
		return nil
	default:
		if _, err := strconv.ParseFloat(string(b), 64); err != nil {
			return fmt.Errorf("not a JSON value: %.20s", b)
		}
		f.s, f.scalar = string(b), "a number"
		return nil
	}
}

// scalarText reports a text field given as a number or a boolean
// ({"body": 5}): a mistake in the export, not an article whose text is
// "5".
func (r *record) scalarText() *ParseError {
	for _, f := range []struct {
		key string
		v   flex
	}{
		{"body", r.Body}, {"text", r.Text}, {"content", r.Content}, {"paragraphs", r.Paragraphs},
		{"description", r.Description}, {"summary", r.Summary},
	} {
		if f.v.scalar != "" {
			return &ParseError{Field: f.key, Msg: fmt.Sprintf("is %s (%s), not text", f.v.scalar, f.v.s),
				Fix: "give the article's text as a string or a list of paragraph strings"}
		}
	}
	return nil
}

// pick returns the first non-empty value.
func pick(vs ...flex) string {
	for _, v := range vs {
		if v.s != "" {
			return v.s
		}
	}
	return ""
}

// fields turns a record into article fields.
func (r *record) fields() fields {
	f := fields{
		id:       pick(r.ID, r.GUID),
		title:    decodeRefs(pick(r.Title, r.Headline)),
		url:      pick(r.URL, r.Link),
		source:   pick(r.Source),
		author:   pick(r.Author, r.Byline, r.Authors),
		category: pick(r.Category, r.Section),
	}
	for _, d := range []struct {
		v    flex
		name string
	}{{r.Date, "date"}, {r.Published, "published"}, {r.PubDate, "pubDate"}, {r.PublishedAt, "published_at"}} {
		if d.v.s != "" {
			f.date, f.dateField = d.v.s, d.name
			break
		}
	}
	for _, b := range []flex{r.Body, r.Text, r.Content, r.Paragraphs, r.Description, r.Summary} {
		if len(b.items) > 0 {
			f.paras = make([]string, len(b.items))
			for i, it := range b.items {
				f.paras[i] = decodeRefs(it)
			}
			break
		}
		if strings.TrimSpace(b.s) != "" {
			f.paras, f.captions = bodyParagraphs(b.s)
			break
		}
	}
	return f
}

// htmlBody matches text that is HTML markup rather than plain text.
var htmlBody = regexp.MustCompile(`(?i)</p>|<p[ >]|<br ?/?>|</div>|<div[ >]`)

// bodyParagraphs splits a body field: HTML by its blocks (flagging
// figure captions), plain text by its blank lines.
func bodyParagraphs(s string) (paras []string, captions []bool) {
	if strings.IndexByte(s, '<') >= 0 && htmlBody.MatchString(s) {
		return htmlParagraphs([]byte(s))
	}
	return splitParagraphs(decodeRefs(s)), nil
}

// charRef matches an HTML character reference closed by its semicolon:
// numeric ("&#233;", "&#x2019;") or named ("&amp;", "&eacute;").
var charRef = regexp.MustCompile(`&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});`)

// decodeRefs decodes the HTML character references of plain text taken
// from JSON: feeds and scrapers often export text still escaped for HTML
// ("Jos&#233; Manuel", "Barnes &amp; Noble"), which would otherwise reach
// the reader, the search index and the name finder as written. Only
// references closed by a semicolon are read, so "AT&T" or "R&amp" stay as
// they are, and an unknown name ("&foo;") is left alone.
func decodeRefs(s string) string {
	if strings.IndexByte(s, '&') < 0 {
		return s
	}
	return charRef.ReplaceAllStringFunc(s, html.UnescapeString)
}

// parseJSONL reads JSON Lines: one article object a line. Blank lines are
// skipped; bad lines are reported (with their line numbers) while the
// good ones are returned.
func parseJSONL(name string, data []byte) ([]Article, error) {
	errs := itemErrors{path: name, unit: "line"}
	var arts []Article
	for lineNo := 1; len(data) > 0; lineNo++ {
		var line []byte
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			line, data = data[:i], data[i+1:]
		} else {
			line, data = data, nil
		}
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		errs.total++
		if len(line) > MaxLineBytes {
			errs.add(&ParseError{Path: name, Line: lineNo, Msg: fmt.Sprintf("line longer than the %d MiB limit", MaxLineBytes>>20),
				Fix: "put one article on each line"})
			continue
		}
		a, perr := parseRecord(name, lineNo, line)
		if perr != nil && perr.Field == "body" {
			// Perhaps an export object holding a list of articles.
			if list := wrappedList(line); list != nil {
				where := fmt.Sprintf("%s:%d", name, lineNo)
				more, err := parseJSONList(where, list)
				arts = append(arts, more...)
				if err != nil {
					errs.add(&ParseError{Path: name, Line: lineNo, Msg: strings.TrimPrefix(err.Error(), where+": ")})
				}
				continue
			}
		}
		if perr != nil {
			errs.add(perr)
			continue
		}
		arts = append(arts, a)
	}
	return arts, errs.err()
}

// parseRecord reads one JSON article object.
func parseRecord(name string, lineNo int, obj []byte) (Article, *ParseError) {
	if len(obj) == 0 || obj[0] != '{' {
		return Article{}, &ParseError{Path: name, Line: lineNo, Msg: "not a JSON object", Fix: "each line must be one {...} object"}
	}
	var r record
	if err := json.Unmarshal(obj, &r); err != nil {
		pe := &ParseError{Path: name, Line: lineNo, Msg: "invalid JSON: " + err.Error()}
		var te *json.UnmarshalTypeError
		if ok := asTypeError(err, &te); ok {
			pe.Field, pe.Msg = te.Field, "unexpected JSON "+te.Value
		}
		return Article{}, pe
	}
	if pe := r.scalarText(); pe != nil {
		pe.Path, pe.Line = name, lineNo
		return Article{}, pe
	}
	path := name
	if lineNo > 0 {
		path = fmt.Sprintf("%s:%d", name, lineNo)
	}
	a, perr := finish(path, lineNo, r.fields())
	if perr != nil {
		perr.Path = name
		return Article{}, perr
	}
	return a, nil
}

func asTypeError(err error, te **json.UnmarshalTypeError) bool {
	t, ok := err.(*json.UnmarshalTypeError)
	if ok {
		*te = t
	}
	return ok
}

// parseJSON reads a JSON array of article objects, or one object.
func parseJSON(name string, data []byte) ([]Article, error) {
	data = bytes.TrimSpace(data)
	if len(data) > 0 && data[0] == '{' {
		if !json.Valid(data) {
			// Perhaps JSON Lines after all.
			return parseJSONL(name, data)
		}
		if list := wrappedList(data); list != nil {
			return parseJSONList(name, list)
		}
		a, perr := parseRecord(name, 0, data)
		if perr != nil {
			return nil, perr
		}
		return []Article{a}, nil
	}
	var raw []json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, &ParseError{Path: name, Msg: "invalid JSON: " + err.Error(), Fix: "give an array of article objects or JSON Lines"}
	}
	return parseJSONList(name, raw)
}

// wrappedList returns the article list of an export object such as
// {"articles": [...]} (also "items", "stories", "posts", "data",
// "results"), or nil when data is a single article.
func wrappedList(data []byte) []json.RawMessage {
	var wrap map[string]json.RawMessage
	if json.Unmarshal(data, &wrap) != nil {
		return nil
	}
	for _, k := range []string{"title", "headline", "body", "text", "content"} {
		if _, ok := wrap[k]; ok {
			return nil
		}
	}
	for _, k := range []string{"articles", "items", "stories", "posts", "data", "results", "documents"} {
		var list []json.RawMessage
		if v, ok := wrap[k]; ok && json.Unmarshal(v, &list) == nil && len(list) > 0 {
			return list
		}
	}
	return nil
}

// parseJSONList reads a list of article objects.
func parseJSONList(name string, raw []json.RawMessage) ([]Article, error) {
	errs := itemErrors{path: name, unit: "item", total: len(raw)}
	var arts []Article
	for i, obj := range raw {
		a, perr := parseRecord(name, 0, bytes.TrimSpace(obj))
		if perr != nil {
			perr.Item = i + 1
			errs.add(perr)
			continue
		}
		a.Path = fmt.Sprintf("%s#%d", name, i+1)
		arts = append(arts, a)
	}
	return arts, errs.err()
}
