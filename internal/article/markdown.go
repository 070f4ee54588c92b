package article

import (
	"bytes"
	"fmt"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
	"gopkg.in/yaml.v3"
)

var mdParser = goldmark.New().Parser()

// parseMarkdown reads a Markdown article with optional YAML (---) or TOML
// (+++) front matter. The title is the front matter's, else a heading
// that opens the body, else derived from the text.
func parseMarkdown(name string, data []byte) ([]Article, error) {
	meta, body, perr := frontMatter(name, data)
	if perr != nil {
		return nil, perr
	}
	f := fieldsFromMap(meta)
	paras, heading := markdownParagraphs(body)
	if f.title == "" && heading != "" {
		f.title = heading
		paras = paras[1:]
	}
	f.paras = paras
	a, perr := finish(name, 0, f)
	if perr != nil {
		return nil, perr
	}
	return []Article{a}, nil
}

// frontMatter splits off and decodes YAML or TOML front matter.
func frontMatter(name string, data []byte) (map[string]any, []byte, *ParseError) {
	var fence string
	switch {
	case bytes.HasPrefix(data, []byte("---")):
		fence = "---"
	case bytes.HasPrefix(data, []byte("+++")):
		fence = "+++"
	default:
		return nil, data, nil
	}
	first, rest, ok := bytes.Cut(data, []byte("\n"))
	if !ok || string(bytes.TrimSpace(first)) != fence {
		return nil, data, nil
	}
	// Find the closing fence line.
	var fm, body []byte
	found := false
	for off := 0; off < len(rest); {
		end := bytes.IndexByte(rest[off:], '\n')
		line := rest[off:]
		next := len(rest)
		if end >= 0 {
			line = rest[off : off+end]
			next = off + end + 1
		}
		l := string(bytes.TrimSpace(line))
		if l == fence || (fence == "---" && l == "...") {
			fm, body, found = rest[:off], rest[next:], true
			break
		}
		off = next
	}
	if !found {
		return nil, nil, &ParseError{Path: name, Line: 1, Msg: "front matter opened with " + fence + " is never closed",
			Fix: "end it with a line holding only " + fence}
	}
	meta := map[string]any{}
	var err error
	if fence == "---" {
		err = yaml.Unmarshal(fm, &meta)
	} else {
		_, err = toml.Decode(string(fm), &meta)
	}
	if err != nil {
		return nil, nil, &ParseError{Path: name, Line: 2, Field: "front matter", Msg: "cannot be read: " + firstLine(err.Error()),
			Fix: "check the " + map[string]string{"---": "YAML", "+++": "TOML"}[fence] + " syntax"}
	}
	return meta, body, nil
}

// fieldsFromMap reads article metadata from decoded front matter or a
// JSON object, accepting the usual alternative key names.
func fieldsFromMap(m map[string]any) fields {
	key := "" // the key get read last
	get := func(keys ...string) string {
		for _, k := range keys {
			if v, ok := m[k]; ok {
				if s := valueString(v); s != "" {
					key = k
					return s
				}
			}
		}
		return ""
	}
	date := get("date", "published", "pubDate", "published_at", "publishDate", "datetime", "created")
	dateKey := key
	return fields{
		date:      date,
		dateField: dateKey,
		id:        get("id", "guid", "uid", "slug"),
		title:     get("title", "headline"),
		url:       get("url", "link", "canonical", "canonical_url", "permalink"),
		source:    get("source", "site", "publisher", "site_name"),
		author:    get("author", "byline", "authors", "creator"),
		category:  get("category", "categories", "section"),
	}
}

// valueString renders a decoded YAML, TOML or JSON value as text: lists
// join their items with ", ", times are formatted as RFC 3339.
func valueString(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case time.Time:
		return x.Format(time.RFC3339Nano)
	case []any:
		var parts []string
		for _, it := range x {
			if s := valueString(it); s != "" {
				parts = append(parts, s)
			}
		}
		return strings.Join(parts, ", ")
	case map[string]any:
		return valueString(x["name"])
	case float64:
		if x == float64(int64(x)) {
			return fmt.Sprint(int64(x))
		}
		return fmt.Sprint(x)
	default:
		return fmt.Sprint(x)
	}
}

func firstLine(s string) string {
	l, _, _ := strings.Cut(s, "\n")
	return l
}

// markdownParagraphs turns a Markdown body into readable paragraphs: one
// per paragraph, heading, list item, quote paragraph and code block, with
// link syntax, emphasis markers, images and inline HTML removed. It also
// returns the text of a heading that opens the body ("" if none), which is
// then also the first paragraph.
func markdownParagraphs(body []byte) ([]string, string) {
	doc := mdParser.Parse(text.NewReader(body))
	var out []string
	heading := ""
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch x := n.(type) {
		case *ast.Heading:
			t := inlineText(x, body)
			if len(out) == 0 && heading == "" && t != "" {
				heading = t
			}
			out = appendNonEmpty(out, t)
			return ast.WalkSkipChildren, nil
		case *ast.Paragraph, *ast.TextBlock:
			out = appendNonEmpty(out, inlineText(x, body))
			return ast.WalkSkipChildren, nil
		case *ast.CodeBlock, *ast.FencedCodeBlock:
			out = appendNonEmpty(out, strings.Join(strings.Fields(string(linesOf(x, body))), " "))
			return ast.WalkSkipChildren, nil
		case *ast.HTMLBlock:
			raw := linesOf(x, body)
			if x.HasClosure() {
				raw = append(raw, x.ClosureLine.Value(body)...)
			}
			out = append(out, htmlFragmentParagraphs(raw)...)
			return ast.WalkSkipChildren, nil
		case *ast.ThematicBreak:
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	return out, heading
}

func appendNonEmpty(out []string, s string) []string {
	if s = strings.TrimSpace(s); s != "" {
		return append(out, s)
	}
	return out
}

// linesOf returns the raw source lines of a block node.
func linesOf(n ast.Node, src []byte) []byte {
	var b []byte
	lines := n.Lines()
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		b = append(b, seg.Value(src)...)
	}
	return b
}

// inlineText returns the plain text of a block's inline content.
func inlineText(n ast.Node, src []byte) string {
	var b strings.Builder
	var walk func(ast.Node)
	walk = func(n ast.Node) {
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			switch x := c.(type) {
			case *ast.Text:
				v := x.Segment.Value(src)
				if !x.IsRaw() {
					v = util.ResolveEntityNames(util.ResolveNumericReferences(util.UnescapePunctuations(v)))
				}
				b.Write(v)
				if x.SoftLineBreak() || x.HardLineBreak() {
					b.WriteByte(' ')
				}
			case *ast.String:
				b.Write(x.Value)
			case *ast.CodeSpan:
				for t := x.FirstChild(); t != nil; t = t.NextSibling() {
					if s, ok := t.(*ast.Text); ok {
						b.Write(s.Segment.Value(src))
					}
				}
			case *ast.AutoLink:
				b.Write(x.Label(src))
			case *ast.Image, *ast.RawHTML:
				// Images are dropped; inline tags are markup, not text.
			default:
				walk(c)
			}
		}
	}
	walk(n)
	return strings.Join(strings.Fields(b.String()), " ")
}
