package article

import (
	"fmt"
	"io"
	"net/url"
	"os"
	"strings"
)

// ParseError describes why an input (or one line or item of it) could not
// be read, naming the place and, where there is one, the fix.
type ParseError struct {
	Path  string // file path ("-" for stdin)
	Line  int    // 1-based line, 0 when not applicable
	Field string // offending field, "" when not applicable
	Msg   string // what is wrong
	Fix   string // what to do about it, "" when nothing obvious
}

func (e *ParseError) Error() string {
	var b strings.Builder
	b.WriteString(e.Path)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
	}
	b.WriteString(": ")
	if e.Field != "" {
		fmt.Fprintf(&b, "field %q: ", e.Field)
	}
	b.WriteString(e.Msg)
	if e.Fix != "" {
		b.WriteString(" (" + e.Fix + ")")
	}
	return b.String()
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
// and in errors) and returns its articles with cleaned paragraphs. When
// only part of an input is bad (a JSON Lines file with one broken line),
// the good articles are returned together with a non-nil error describing
// the bad parts.
func Parse(name string, r io.Reader) ([]Article, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, &ParseError{Path: name, Msg: err.Error()}
	}
	// Placeholder until the real parsers land: plain text only.
	lines := strings.Split(string(data), "\n\n")
	if len(lines) == 0 || strings.TrimSpace(string(data)) == "" {
		return nil, &ParseError{Path: name, Msg: "empty file"}
	}
	a := Article{Title: strings.TrimSpace(lines[0]), Path: name}
	for _, p := range lines[1:] {
		if t := strings.TrimSpace(p); t != "" {
			a.Paragraphs = append(a.Paragraphs, Paragraph{Text: t})
		}
	}
	return []Article{a}, nil
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
