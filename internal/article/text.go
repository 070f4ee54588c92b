package article

import (
	"strings"
)

// parseText reads a plain-text article: the first non-blank line is the
// title, the rest the body (see splitParagraphs).
func parseText(name string, data []byte) ([]Article, error) {
	s := string(data)
	s = strings.TrimLeft(s, " \t\r\n\f")
	title, body, _ := strings.Cut(s, "\n")
	if len(title) > maxTitleBytes {
		// A first line this long is the body, not a title.
		title, body = "", s
	}
	a, perr := finish(name, 0, fields{title: title, paras: splitParagraphs(body)})
	if perr != nil {
		return nil, perr
	}
	return []Article{a}, nil
}

// maxTitleBytes is the longest first line taken as a title; longer
// titles from any format are clipped to it.
const maxTitleBytes = 300

// splitParagraphs splits body text into paragraphs. When the text has
// blank lines (empty or only white space) they separate paragraphs and
// the single line breaks inside a paragraph become spaces. Text with no
// blank line at all has one paragraph per line.
func splitParagraphs(body string) []string {
	if strings.IndexByte(body, '\r') >= 0 {
		body = strings.ReplaceAll(body, "\r\n", "\n")
		body = strings.ReplaceAll(body, "\r", "\n")
	}
	lines := strings.Split(body, "\n")
	blank, pending := false, false
	nonEmpty := 0
	for _, l := range lines {
		if isBlank(l) {
			pending = nonEmpty > 0
			continue
		}
		blank = blank || pending
		nonEmpty++
	}
	var out []string
	if !blank || nonEmpty <= 1 {
		for _, l := range lines {
			if t := strings.TrimSpace(l); t != "" {
				out = append(out, t)
			}
		}
		return out
	}
	var cur strings.Builder
	flush := func() {
		if cur.Len() > 0 {
			out = append(out, cur.String())
			cur.Reset()
		}
	}
	for _, l := range lines {
		if isBlank(l) {
			flush()
			continue
		}
		if cur.Len() > 0 {
			cur.WriteByte(' ')
		}
		cur.WriteString(strings.TrimSpace(l))
	}
	flush()
	return out
}

// isBlank reports whether line holds only white space.
func isBlank(line string) bool {
	return strings.TrimSpace(line) == ""
}
