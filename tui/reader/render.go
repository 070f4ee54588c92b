package reader

import (
	"regexp"
	"strings"

	"charm.land/glamour/v2"
	"charm.land/glamour/v2/ansi"
	"charm.land/lipgloss/v2"
	xansi "github.com/charmbracelet/x/ansi"
)

// renderKey names one rendering of a story's paragraphs.
type renderKey struct {
	story string
	width int
	terms string
	theme string
}

// RenderedMsg carries glamour-rendered paragraphs: Paras[i] are the lines
// of paragraph i (nil for furniture, which is never rendered by glamour).
type RenderedMsg struct {
	key   renderKey
	Paras [][]string
	Err   error
}

// mdPunct are the characters that can start Markdown syntax and whose
// backslash escapes glamour drops again when it renders (it keeps the
// backslash of other escapes, so only these are escaped).
const mdPunct = "\\`*_[]<>#+-.!|{}()"

// escapeMarkdown makes s render as itself, not as Markdown.
func escapeMarkdown(s string) string {
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	for _, r := range s {
		if r < 0x80 && strings.ContainsRune(mdPunct, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// termsRegexp matches any of the terms as whole words, case-insensitively;
// nil when there are none.
func termsRegexp(terms []string) *regexp.Regexp {
	var alts []string
	for _, t := range terms {
		if t = strings.TrimSpace(t); t != "" {
			alts = append(alts, regexp.QuoteMeta(t))
		}
	}
	if len(alts) == 0 {
		return nil
	}
	return regexp.MustCompile(`(?i)\b(?:` + strings.Join(alts, "|") + `)\b`)
}

// spacedHyphen is a hyphen written as a dash between spaces ("this week -
// at home - and"). The wrapper glamour uses breaks after any hyphen and,
// when one falls at the end of a full line, draws it on a line of its own;
// shown as an en dash, which is what such a hyphen stands for, it wraps as
// a word, and a no-break space before it keeps it at the end of a line
// rather than the start of the next.
var spacedHyphen = strings.NewReplacer(" - ", "\u00a0\u2013 ")

// markdown turns a sanitised paragraph into Markdown: the text escaped,
// the search hits in strong emphasis (styled as highlights).
func markdown(text string, re *regexp.Regexp) string {
	text = spacedHyphen.Replace(text)
	if re == nil {
		return escapeMarkdown(text)
	}
	var b strings.Builder
	last := 0
	for _, loc := range re.FindAllStringIndex(text, -1) {
		b.WriteString(escapeMarkdown(text[last:loc[0]]))
		b.WriteString("**")
		b.WriteString(escapeMarkdown(text[loc[0]:loc[1]]))
		b.WriteString("**")
		last = loc[1]
	}
	b.WriteString(escapeMarkdown(text[last:]))
	return b.String()
}

// renderGlamour renders each non-furniture paragraph with glamour at
// width. It runs in a tea.Cmd.
func renderGlamour(style ansi.StyleConfig, width int, texts []string, furniture []bool, re *regexp.Regexp) ([][]string, error) {
	r, err := glamour.NewTermRenderer(glamour.WithStyles(style), glamour.WithWordWrap(width))
	if err != nil {
		return nil, err
	}
	out := make([][]string, len(texts))
	for i, t := range texts {
		if furniture[i] {
			continue
		}
		s, err := r.Render(markdown(t, re))
		if err != nil {
			return nil, err
		}
		out[i] = tidy(s, width)
	}
	return out, nil
}

// tidy splits rendered output into lines, drops blank lines at the edges
// and trailing padding, and clips each line to width.
func tidy(s string, width int) []string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		// glamour pads lines with styled spaces: cut at the last glyph.
		plain := strings.TrimRight(xansi.Strip(l), " ")
		if plain == "" {
			lines[i] = ""
			continue
		}
		lines[i] = xansi.Truncate(l, xansi.StringWidth(plain), "")
	}
	for len(lines) > 0 && lines[0] == "" {
		lines = lines[1:]
	}
	for len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	// A word longer than the width (a URL) stays whole in glamour's
	// wrapping: break it rather than lose its end.
	out := lines[:0:0]
	for _, l := range lines {
		if xansi.StringWidth(l) > width {
			out = append(out, strings.Split(xansi.Hardwrap(l, width, true), "\n")...)
			continue
		}
		out = append(out, l)
	}
	return out
}

// nbHyphen is U+2011, a hyphen no line may break after.
const nbHyphen = "\u2011"

// renderPlain is the synchronous fallback: the paragraph word-wrapped,
// hits highlighted with hl, in style st.
func renderPlain(text string, width int, re *regexp.Regexp, st, hl lipgloss.Style) []string {
	// ansi.Wordwrap breaks after any hyphen, which leaves the dash of
	// "this week - at Newcastle - and" alone on a line and cuts
	// "first-leg" in two: wrap with the hyphens held as non-breaking ones
	// (as wide) and put them back, so that lines break at spaces only, as
	// glamour's do.
	wrapped := strings.ReplaceAll(text, "-", nbHyphen)
	wrapped = xansi.Wordwrap(wrapped, width, "")
	wrapped = xansi.Hardwrap(wrapped, width, true)
	wrapped = strings.ReplaceAll(wrapped, nbHyphen, "-")
	lines := strings.Split(wrapped, "\n")
	for i, l := range lines {
		l = strings.TrimRight(l, " ")
		if re != nil {
			l = re.ReplaceAllStringFunc(l, func(m string) string { return hl.Render(m) })
		}
		lines[i] = st.Render(l)
	}
	return lines
}
