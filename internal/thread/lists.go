package thread

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Briefings set out their news as lists written one item to a
// paragraph, and a reader tells two kinds apart at a glance. A run of
// bulleted paragraphs ("* Queensland reported one new case…") is a
// digest: each bullet is an item of its own, told in a sentence or two,
// and neighbouring bullets are as often about other matters as about
// the same one, so a bullet is judged by its words alone, not by where
// it stands. A table written a row to a paragraph ("Victoria 784",
// "Tasmania 13") is one matter, whose rows say too little to be
// compared one by one: each row's name matches whatever else in the
// story uses it. Single articles keep their lists inside one paragraph,
// line by line, so neither rule reaches them.
//
// (A numbered run that counts up, "1. … 2. … 3. …", kept in one segment
// was tried too: on the round-up developer set it cost more than it
// gained.)

// The list rules, one bit each of Options.ListsOff.
const (
	ListBullets = 1 << iota // each bullet of a digest opens a segment
	ListTables              // a table's rows stay in one segment
	ListSingle              // a bullet alone gets no Single allowance
)

// minBullets is how many bulleted paragraphs make a story a digest of
// bullets: fewer may be an aside set off with a dash.
const minBullets = 3

// maxRowWords is the most words a table row written as a paragraph has.
const maxRowWords = 8

// minRows is how many rows in a row make a table.
const minRows = 3

// listBounds applies the list rules that off leaves on to the segment
// starts bounds and the sequential links: every bullet of a digest opens
// a segment with no sequential bonus, and a table is one segment,
// opened by the line that introduces it when that line ends with a
// colon. It returns the units that open a list item or a table (nil:
// none) and the new starts.
func listBounds(units []string, bounds []int, link []float64, off int) ([]bool, []int) {
	var opens []bool
	if off&ListBullets == 0 {
		opens = bulletItems(units)
	}
	for k := 1; k < len(opens); k++ {
		if opens[k] {
			link[k] = 0
			if !containsInt(bounds, k) {
				bounds = insertSorted(bounds, k)
			}
		}
	}
	if off&ListTables != 0 {
		return opens, bounds
	}
	rows := tableRows(units)
	if rows == nil {
		return opens, bounds
	}
	if opens == nil {
		opens = make([]bool, len(units))
	}
	bounds = slices.DeleteFunc(bounds, func(b int) bool { return b > 0 && rows[b] })
	for k := 1; k+1 < len(rows); k++ {
		if rows[k] || !rows[k+1] {
			continue
		}
		// k is a table's first row; the line that introduces it, if
		// any, opens it
		start := k
		if strings.HasSuffix(strings.TrimSpace(units[k-1]), ":") {
			bounds = slices.DeleteFunc(bounds, func(b int) bool { return b == k })
			start = k - 1
		}
		opens[start] = true
		if start > 0 && !containsInt(bounds, start) {
			bounds = insertSorted(bounds, start)
		}
	}
	return opens, bounds
}

// bulletItems marks the bullets that are digest items: whole sentences
// (sentenceBullet), in a list that neither opens the story nor follows a
// line ending with a colon, when the story has at least minBullets of
// them (nil when it has fewer). A list after "The proposals include:"
// sets out the points of one matter, as do bullets that are phrases ("-
// A freeze on fuel duty"), and a list that opens a story sums up what
// follows; a digest's bullets each tell a piece of news.
func bulletItems(units []string) []bool {
	var out []bool
	count := 0
	introduced := false // the current list opens the story or follows a colon
	for i, u := range units {
		if !opensBullet(u) {
			continue
		}
		if i == 0 || !opensBullet(units[i-1]) {
			introduced = i == 0 || strings.HasSuffix(strings.TrimSpace(units[i-1]), ":")
		}
		if introduced || !sentenceBullet(u) {
			continue
		}
		if out == nil {
			out = make([]bool, len(units))
		}
		out[i] = true
		count++
	}
	if count < minBullets {
		return nil
	}
	return out
}

// sentenceBullet reports whether the bullet u is a whole sentence: it
// ends with a full stop, a question or an exclamation mark, or with a
// closing quotation mark after one.
func sentenceBullet(u string) bool {
	u = strings.TrimRight(strings.TrimSpace(u), "'\"’”")
	last, _ := utf8.DecodeLastRuneInString(u)
	return (last == '.' || last == '!' || last == '?') && !strings.HasSuffix(u, "...")
}

// opensBullet reports whether u opens with a bullet sign and a space
// followed by text: "* ", "• ", "· ", "- " or "– ".
func opensBullet(u string) bool {
	r, n := utf8.DecodeRuneInString(u)
	switch r {
	case '*', '•', '·', '-', '–', '▪', '●':
	default:
		return false
	}
	rest := u[n:]
	s, m := utf8.DecodeRuneInString(rest)
	if !unicode.IsSpace(s) {
		return false
	}
	return strings.IndexFunc(rest[m:], unicode.IsLetter) >= 0
}

// tableRows marks the units that continue a table written a row to a
// paragraph: rows (isTableRow), at least minRows of them in a row. The
// first row is not marked. It returns nil when the story has no table.
func tableRows(units []string) []bool {
	var out []bool
	start := 0 // first unit of the current run of rows
	for i := 0; i <= len(units); i++ {
		if i < len(units) && isTableRow(units[i]) {
			continue
		}
		if i-start >= minRows {
			if out == nil {
				out = make([]bool, len(units))
			}
			for k := start + 1; k < i; k++ {
				out[k] = true
			}
		}
		start = i + 1
	}
	return out
}

// isTableRow reports whether u reads as one row of a table, bulleted or
// not: two to maxRowWords words, the last of them ending in a figure.
func isTableRow(u string) bool {
	if opensBullet(u) {
		_, n := utf8.DecodeRuneInString(u)
		u = u[n:]
	}
	words := 0
	for range strings.FieldsSeq(u) {
		if words++; words > maxRowWords {
			return false
		}
	}
	last, _ := utf8.DecodeLastRuneInString(u)
	return words >= 2 && (unicode.IsDigit(last) || last == '%')
}
