package common

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/storyline/storyline/internal/sanitize"
)

// Highlight markers the backend wraps search matches in (STX … ETX).
const (
	MarkStart = "\x02"
	MarkEnd   = "\x03"
)

// Text sanitises text from the backend for the screen (sanitize.Text)
// and takes out the joiners and modifiers that make one emoji of several
// (U+200D zero-width joiner, variation selectors, skin tones, tag
// characters, the keycap mark): terminals that do not cluster graphemes
// (tmux among them) draw such a sequence wider or narrower than lipgloss
// measures it, which pushed a pane's right border off the line. Without
// them each emoji stands alone, as wide on every terminal as measured.
func Text(s string) string {
	s = sanitize.Text(s)
	if !strings.ContainsFunc(s, emojiGlue) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if emojiGlue(r) {
			return -1
		}
		return r
	}, s)
}

// emojiGlue reports whether r joins or modifies the emoji before it.
func emojiGlue(r rune) bool {
	return r == 0x200d || r == 0x20e3 || (r >= 0xfe00 && r <= 0xfe0f) ||
		(r >= 0x1f3fb && r <= 0x1f3ff) || (r >= 0xe0020 && r <= 0xe007f)
}

// Line sanitises a single-line field from the backend (title, name, label)
// as Text does, with runs of white space as single spaces.
func Line(s string) string { return sanitize.Line(Text(s)) }

// flat sanitises s keeping its edge spaces, with newlines as spaces, for
// pieces of a line that are joined back together.
func flat(s string) string {
	return strings.ReplaceAll(Text(s), "\n", " ")
}

// Marked renders a search fragment: the pieces between MarkStart and
// MarkEnd in hl, the rest in plain; every piece is sanitised on its own
// (the sanitiser would strip the markers). Runs of spaces collapse.
func Marked(frag string, plain, hl lipgloss.Style) string {
	var b strings.Builder
	in := false
	for frag != "" {
		sep := MarkStart
		if in {
			sep = MarkEnd
		}
		piece, rest, found := strings.Cut(frag, sep)
		piece = collapse(flat(piece))
		if piece != "" {
			if in {
				b.WriteString(hl.Render(piece))
			} else {
				b.WriteString(plain.Render(piece))
			}
		}
		if !found {
			break
		}
		frag = rest
		in = !in
	}
	return b.String()
}

// MarkedTerms returns the distinct lower-case texts marked in fragments,
// cleaned as CleanTerms cleans them.
func MarkedTerms(frags []string) []string {
	var marked []string
	for _, f := range frags {
		for {
			_, after, ok := strings.Cut(f, MarkStart)
			if !ok {
				break
			}
			term, rest, _ := strings.Cut(after, MarkEnd)
			marked = append(marked, term)
			f = rest
		}
	}
	return CleanTerms(marked)
}

func collapse(s string) string {
	if !strings.Contains(s, "  ") {
		return s
	}
	var b strings.Builder
	space := false
	for _, r := range s {
		if r == ' ' {
			if space {
				continue
			}
			space = true
		} else {
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Clip cuts a (possibly styled) line to width cells, with an ellipsis.
func Clip(s string, width int) string {
	if width <= 0 {
		return ""
	}
	if ansi.StringWidth(s) <= width {
		return s
	}
	return ansi.Truncate(s, width, "…")
}

// Fit clips s to width and pads it with spaces to exactly width cells.
func Fit(s string, width int) string {
	s = Clip(s, width)
	if w := ansi.StringWidth(s); w < width {
		s += strings.Repeat(" ", width-w)
	}
	return s
}

// Date formats a publication date, "" when unknown.
func Date(t *time.Time) string {
	if t == nil || t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}

// Lines pads or cuts content to exactly height lines.
func Lines(lines []string, height int) string {
	if height <= 0 {
		return ""
	}
	if len(lines) > height {
		lines = lines[:height]
	}
	out := strings.Join(lines, "\n")
	if n := height - len(lines); n > 0 {
		out += strings.Repeat("\n", n)
	}
	return out
}

// ThreadNum returns n of a thread id "<story>#n", 0 when it has none.
func ThreadNum(id string) int {
	i := strings.LastIndexByte(id, '#')
	if i < 0 {
		return 0
	}
	n := 0
	for _, c := range id[i+1:] {
		if c < '0' || c > '9' {
			return 0
		}
		n = n*10 + int(c-'0')
	}
	return n
}

// CenterMark shortens the text before the first match of a fragment to
// about keep runes (at a word start, with an ellipsis) so that the match
// shows on a line of limited width.
func CenterMark(frag string, keep int) string {
	i := strings.Index(frag, MarkStart)
	if i < 0 {
		return frag
	}
	pre := []rune(frag[:i])
	if len(pre) <= keep {
		return frag
	}
	start := len(pre) - keep
	cut := string(pre[start:])
	// Start at a word: drop a partial first word.
	if pre[start-1] != ' ' {
		if j := strings.IndexByte(cut, ' '); j >= 0 && j < len(cut)-1 {
			cut = cut[j+1:]
		}
	}
	return "…" + cut + frag[i:]
}

// Count writes n with its noun in the right number: "1 story",
// "2 stories", "1 hit", "3 hits".
func Count(n int, one, many string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, one)
	}
	return fmt.Sprintf("%d %s", n, many)
}

// Window keeps a cursor over n rows in a window of vis rows: it returns the
// cursor clamped to the rows and the first visible row, moved as little as
// possible so the cursor stays in view.
func Window(cursor, offset, n, vis int) (int, int) {
	cursor = min(max(cursor, 0), max(n-1, 0))
	if cursor < offset {
		offset = cursor
	}
	if cursor >= offset+vis {
		offset = cursor - vis + 1
	}
	return cursor, max(min(offset, n-vis), 0)
}

// CleanTerms returns terms sanitised and lower-cased, without empty or
// repeated ones: article text is untrusted.
func CleanTerms(terms []string) []string {
	var out []string
	for _, t := range terms {
		t = strings.ToLower(Line(t))
		if t != "" && !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	return out
}

// ActorQuery is the search for the stories naming an actor under any of
// the names given (a story naming one of them is found). It searches the
// whole names (name:"BBC" finds the stories naming the BBC, not those that
// name only BBC News), so it finds as many stories as the counts beside
// the actors say.
func ActorQuery(name string, more ...string) string {
	q := `name:"` + strings.ReplaceAll(name, `"`, `\"`) + `"`
	for _, n := range more {
		if n != "" && n != name {
			q += " " + ActorQuery(n)
		}
	}
	return q
}
