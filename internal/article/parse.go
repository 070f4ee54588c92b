package article

import (
	"bytes"
	"cmp"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"github.com/storyline/storyline/internal/sanitize"
)

// ParseError describes why an input (or one line or item of it) could not
// be read, naming the place and, where there is one, the fix.
type ParseError struct {
	Path  string // file path ("-" for stdin)
	Line  int    // 1-based line, 0 when not applicable
	Item  int    // 1-based item of a list of articles, 0 when not applicable
	Field string // offending field, "" when not applicable
	Msg   string // what is wrong
	Fix   string // what to do about it, "" when nothing obvious
	// Items holds the errors of single bad lines or items when an input
	// was read only in part (at most maxItemErrors of them; Msg gives the
	// total).
	Items []*ParseError
}

// maxItemErrors caps the bad lines or items listed in one ParseError.
const maxItemErrors = 20

func (e *ParseError) Error() string {
	var b strings.Builder
	b.WriteString(e.Path)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
	}
	b.WriteString(": ")
	e.writePlace(&b, false)
	for i, it := range e.Items {
		if i == 3 {
			fmt.Fprintf(&b, "; …")
			break
		}
		b.WriteString("; ")
		it.writePlace(&b, true)
	}
	return b.String()
}

// writePlace writes the item, field, message and fix of e, and its line
// first when line is set (an entry of another error's list).
func (e *ParseError) writePlace(b *strings.Builder, line bool) {
	if line && e.Line > 0 {
		fmt.Fprintf(b, "line %d: ", e.Line)
	}
	if e.Item > 0 {
		fmt.Fprintf(b, "item %d: ", e.Item)
	}
	if e.Field != "" {
		fmt.Fprintf(b, "field %q: ", e.Field)
	}
	b.WriteString(e.Msg)
	if e.Fix != "" {
		b.WriteString(" (" + e.Fix + ")")
	}
}

// ParseFile reads the file at path and returns its articles. See Parse.
func ParseFile(path string) ([]Article, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, &ParseError{Path: path, Msg: err.Error()}
	}
	defer f.Close()
	return Parse(path, f)
}

// Parse reads one input named name (used for format detection by extension
// and in errors; "-" for standard input) and returns its articles with
// cleaned paragraphs (see Clean). The format is told by Sniff; gzip input
// is decompressed. Inputs over MaxFileBytes, empty or binary inputs and
// inputs with no article body are refused with a *ParseError. Invalid
// UTF-8 is repaired with U+FFFD, and text is stripped of control and
// escape characters. When only part of an input is bad (a JSON Lines file
// with one broken line, a feed item without text) the good articles are
// returned together with a *ParseError listing the bad parts.
func Parse(name string, r io.Reader) ([]Article, error) {
	data, err := readLimited(name, r)
	if err != nil {
		return nil, err
	}
	if isGzip(data) {
		zr, err := gzip.NewReader(bytes.NewReader(data))
		if err != nil {
			return nil, &ParseError{Path: name, Msg: "broken gzip data: " + err.Error()}
		}
		data, err = readLimited(name, zr)
		if err != nil {
			var pe *ParseError
			if errors.As(err, &pe) {
				pe.Msg += " after gzip decompression"
				return nil, pe
			}
			return nil, err
		}
	}
	return ParseBytes(name, data)
}

// ParseBytes is Parse for an input already in memory (and decompressed).
func ParseBytes(name string, data []byte) ([]Article, error) {
	if len(data) > MaxFileBytes {
		return nil, tooLarge(name)
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, &ParseError{Path: name, Msg: "empty file", Fix: "nothing to import"}
	}
	head := data[:min(len(data), SniffBytes)]
	format := Sniff(name, head)
	switch format {
	case FormatBinary:
		return nil, &ParseError{Path: name, Msg: "binary file, not an article", Fix: "import text, Markdown, HTML, feeds or JSON Lines"}
	case FormatXML:
		return nil, &ParseError{Path: name, Msg: "XML that is neither an RSS nor an Atom feed"}
	}
	if isUTF16(data) {
		data = decodeUTF16(data)
	}
	data = bytes.TrimPrefix(data, utf8BOM)
	// HTML and XML feeds may declare another charset; their parsers
	// convert it, so they get the bytes as they are.
	if format != FormatHTML && format != FormatRSS && format != FormatAtom && !utf8.Valid(data) {
		data = repairUTF8(data)
	}
	var (
		arts []Article
		err  error
	)
	switch format {
	case FormatMarkdown:
		arts, err = parseMarkdown(name, data)
	case FormatHTML:
		arts, err = parseHTML(name, data)
	case FormatRSS, FormatAtom, FormatJSONFeed:
		arts, err = parseFeed(name, data, format)
	case FormatJSONL:
		arts, err = parseJSONL(name, data)
	case FormatJSON:
		arts, err = parseJSON(name, data)
	default:
		arts, err = parseText(name, data)
	}
	if len(arts) == 0 && err == nil {
		err = &ParseError{Path: name, Msg: "no articles found"}
	}
	return arts, err
}

func tooLarge(name string) error {
	return &ParseError{Path: name, Msg: fmt.Sprintf("larger than the %d MiB limit for one input", MaxFileBytes>>20),
		Fix: "split it into smaller files"}
}

// readLimited reads r to the end, refusing more than MaxFileBytes.
func readLimited(name string, r io.Reader) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxFileBytes+1))
	if err != nil {
		return nil, &ParseError{Path: name, Msg: err.Error()}
	}
	if len(data) > MaxFileBytes {
		return nil, tooLarge(name)
	}
	return data, nil
}

// repairUTF8 makes invalid UTF-8 valid. Text with no valid multi-byte
// sequence at all is taken to be Windows-1252 (Latin-1 with curly quotes)
// and converted; otherwise each invalid byte becomes U+FFFD.
func repairUTF8(data []byte) []byte {
	multi := false
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		if r != utf8.RuneError || size > 1 {
			multi = true
			break
		}
		i++
	}
	if !multi {
		if out, err := charmap.Windows1252.NewDecoder().Bytes(data); err == nil {
			return out
		}
	}
	return bytes.ToValidUTF8(data, []byte("\uFFFD"))
}

// decodeUTF16 turns UTF-16 text with a byte order mark into UTF-8.
func decodeUTF16(b []byte) []byte {
	big := b[0] == 0xfe
	b = b[2:]
	u := make([]uint16, len(b)/2)
	for i := range u {
		if big {
			u[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
		} else {
			u[i] = uint16(b[2*i+1])<<8 | uint16(b[2*i])
		}
	}
	return []byte(string(utf16.Decode(u)))
}

// fields holds an article's metadata as read from an input, before it is
// checked and tidied by finish.
type fields struct {
	id, title, url, source, author, category, date string
	paras                                          []string
	// captions flags the paras known to be picture captions (from HTML
	// figcaption elements); nil when unknown.
	captions []bool
	// fromTitleTag says the title is an HTML <title>, which may end in
	// the site's name.
	fromTitleTag bool
	// heading is the text of a web page's first h1, which a site name
	// never follows.
	heading string
	// dateField names the input's field that held date ("published",
	// "pubDate"…), for an error about it; "date" when empty.
	dateField string
	// lenientDate drops an unreadable date instead of failing (for web
	// pages and feeds, whose metadata the user does not control).
	lenientDate bool
}

// finish turns raw fields into an article: text fields are sanitised,
// the date parsed, a missing title derived from the body and the
// paragraphs cleaned. It fails when there is no body.
func finish(path string, line int, f fields) (Article, *ParseError) {
	a := Article{
		ExternalID: sanitize.Line(f.id),
		Title:      sanitize.Line(f.title),
		URL:        strings.TrimSpace(sanitize.Line(f.url)),
		Source:     sanitize.Line(f.source),
		Byline:     sanitize.Line(f.author),
		Category:   sanitize.Line(f.category),
		Path:       path,
	}
	var captions []bool
	for i, p := range f.paras {
		if t := TidyParagraph(p); t != "" {
			a.Paragraphs = append(a.Paragraphs, Paragraph{Text: t})
			captions = append(captions, i < len(f.captions) && f.captions[i])
		}
	}
	if len(a.Paragraphs) == 0 {
		return a, &ParseError{Path: path, Line: line, Field: "body", Msg: "no article text", Fix: "give the article a body"}
	}
	if d := strings.TrimSpace(f.date); d != "" {
		t, err := ParseDate(d)
		if err != nil && !f.lenientDate {
			field := cmp.Or(f.dateField, "date")
			return a, &ParseError{Path: path, Line: line, Field: field, Msg: fmt.Sprintf("unrecognised date %q", clip(d, 40)),
				Fix: "use a date like 2006-01-02 or 2006-01-02T15:04:05Z"}
		}
		if err == nil {
			a.Published = t
		}
	}
	if a.ExternalID == "" {
		a.ExternalID = a.URL
	}
	if a.Source == "" {
		a.Source = hostSource(a.URL)
	}
	// Clean before deriving a missing title, so that a title taken from
	// the first sentence does not make that paragraph a repeated title.
	Clean(&a)
	markCaptions(&a, captions)
	if a.Title == "" {
		a.Title = deriveTitle(a.Paragraphs)
	}
	a.Title = clip(a.Title, maxTitleBytes)
	return a, nil
}

// markCaptions marks known picture captions as boilerplate, unless that
// would leave no text.
func markCaptions(a *Article, captions []bool) {
	left := 0
	for i, p := range a.Paragraphs {
		if !p.Boilerplate && !captions[i] {
			left++
		}
	}
	if left == 0 {
		return
	}
	for i := range a.Paragraphs {
		if captions[i] {
			a.Paragraphs[i].Boilerplate = true
		}
	}
}

// TidyParagraph makes one paragraph terminal-safe and single-line, and
// drops soft hyphens: they only say where a word may break at a line's
// end, and left in they would split a word for search ("inter\u00adnational"
// would not match "international") and glue to names.
func TidyParagraph(p string) string {
	p = sanitize.Text(p)
	if strings.Contains(p, "\u00ad") {
		p = strings.ReplaceAll(p, "\u00ad", "")
	}
	if strings.IndexByte(p, '\n') >= 0 {
		p = strings.ReplaceAll(p, "\n", " ")
	}
	return strings.TrimSpace(p)
}

// deriveTitle makes a title from the first sentence of the body, cut at
// a word boundary when long.
func deriveTitle(ps []Paragraph) string {
	s := ps[0].Text
	for _, p := range ps {
		if !p.Boilerplate {
			s = p.Text
			break
		}
	}
	for i, r := range s {
		if (r == '.' || r == '!' || r == '?') && i > 10 && (i+1 == len(s) || s[i+1] == ' ') {
			s = s[:i+1]
			break
		}
	}
	return clip(s, 100)
}

// clip cuts s to at most n bytes at a word boundary, adding "…".
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := strings.LastIndexByte(s[:n], ' ')
	if cut < n/2 {
		cut = n
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
	}
	return strings.TrimSpace(s[:cut]) + "…"
}

// hostSource names the site of u ("bbc.co.uk"), or "".
func hostSource(u string) string {
	p, err := url.Parse(u)
	if err != nil || p.Host == "" {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(p.Hostname()), "www.")
}

// itemErrors collects the errors of single lines or items of an input.
type itemErrors struct {
	path  string
	unit  string // "line" or "item"
	total int
	bad   int
	items []*ParseError
}

func (e *itemErrors) add(pe *ParseError) {
	e.bad++
	if len(e.items) < maxItemErrors {
		e.items = append(e.items, pe)
	}
}

// err returns the summary error, or nil when nothing was bad.
func (e *itemErrors) err() error {
	if e.bad == 0 {
		return nil
	}
	msg := fmt.Sprintf("%d of %d %ss could not be read", e.bad, e.total, e.unit)
	if e.bad > len(e.items) {
		msg += fmt.Sprintf(" (first %d listed)", len(e.items))
	}
	return &ParseError{Path: e.path, Msg: msg, Items: e.items}
}

// CanonicalURL returns u normalised for identity (lower-case scheme and
// host, no fragment, no tracking parameters, no trailing slash), or "" when
// u is not an absolute http(s) URL.
func CanonicalURL(u string) string {
	p, err := url.Parse(strings.TrimSpace(u))
	if err != nil || p.Host == "" || (p.Scheme != "http" && p.Scheme != "https") {
		return ""
	}
	p.Scheme = "https"
	p.Host = strings.ToLower(p.Host)
	p.Fragment = ""
	q := p.Query()
	for k := range q {
		lk := strings.ToLower(k)
		if strings.HasPrefix(lk, "utm_") || lk == "fbclid" || lk == "gclid" || lk == "ito" || lk == "ns_mchannel" || lk == "ns_campaign" {
			q.Del(k)
		}
	}
	p.RawQuery = q.Encode()
	p.Path = strings.TrimSuffix(p.Path, "/")
	return p.String()
}
