package link

import (
	"math"
	"strings"
)

// datelineLines is how many lines of the text (after the title) are
// searched for a dateline.
const datelineLines = 4

// datelineWords is the most words a line may have and still be taken for
// a dateline wherever in it the date stands; a longer line counts only
// when it opens or closes with the date ("27/09/2013-Turkmenistan to
// hold…", "…DA says September 19, 2013").
const datelineWords = 12

// datelineYear returns the year of the dateline of a story — a full
// calendar date (day, month and year) on the title or one of the opening
// lines of the text that is mostly that date ("April 27, 2009", "Posted
// 11/27/2005 7:21 AM", "Last Updated: Monday, 28 November 2005") — or 0
// when there is none. Web pages carry such a line where a feed would carry
// a publication date; a full date inside a sentence of the story ("born on
// April 22, 1923") is no dateline.
func datelineYear(title, text string) int {
	if y := lineDateYear(title); y != 0 {
		return y
	}
	for range datelineLines {
		text = strings.TrimLeft(text, " \t\r\n")
		if text == "" {
			break
		}
		line := text
		if k := strings.IndexByte(text, '\n'); k >= 0 {
			line, text = text[:k], text[k+1:]
		} else {
			text = ""
		}
		if y := lineDateYear(line); y != 0 {
			return y
		}
	}
	return 0
}

// dateWord is one run of letters or digits of a line.
type dateWord struct {
	s     string
	digit bool
	sep   byte // the character right after it ('/', '.', '-', or 0)
}

// shortLine is the longest line (in bytes) looked at whole; of a longer
// line only the opening headBytes and closing tailBytes are, where a
// dateline date would stand.
const (
	shortLine = 100
	headBytes = 48
	tailBytes = 32
)

// lineDateYear returns the year of a full date that makes up a dateline of
// the line (see datelineYear), or 0.
func lineDateYear(line string) int {
	if !strings.ContainsAny(line, "0123456789") {
		return 0
	}
	var buf [datelineWords + 4]dateWord
	if len(line) <= shortLine {
		ws, total := dateWords(line, buf[:0])
		for i := range ws {
			// A short line, or a date opening it (after at most two
			// words such as "Posted", "Updated:" or a weekday) or
			// closing it.
			if y, n := dateAt(ws, i); y != 0 && (total <= datelineWords || i == 0 || i <= 2 && !ws[0].digit || i+n == total) {
				return y
			}
		}
		return 0
	}
	head := line[:headBytes]
	if k := strings.LastIndexByte(head, ' '); k > 0 {
		head = head[:k] // no cut word
	}
	ws, _ := dateWords(head, buf[:0])
	for i := range min(3, len(ws)) {
		if y, _ := dateAt(ws, i); y != 0 && (i == 0 || !ws[0].digit) {
			return y
		}
	}
	tail := line[len(line)-tailBytes:]
	if k := strings.IndexByte(tail, ' '); k >= 0 {
		tail = tail[k+1:]
	}
	ws, total := dateWords(tail, buf[:0])
	if total > len(ws) {
		return 0
	}
	for i := range ws {
		if y, n := dateAt(ws, i); y != 0 && i+n == len(ws) {
			return y
		}
	}
	return 0
}

// dateWords appends the words of s to ws while there is room, and returns
// them with the number of words in s.
func dateWords(s string, ws []dateWord) ([]dateWord, int) {
	total := 0
	for i := 0; i < len(s); {
		c := s[i]
		if !isDateAlnum(c) {
			i++
			continue
		}
		j := i
		digit := isDigit(c)
		for j < len(s) && isDateAlnum(s[j]) && isDigit(s[j]) == digit {
			j++
		}
		var sep byte
		if j < len(s) {
			sep = s[j]
		}
		// An ordinal suffix right after a day ("28th") belongs to it.
		if !digit && len(ws) > 0 && i > 0 && isDigit(s[i-1]) && isOrdinal(s[i:j]) {
			ws[len(ws)-1].sep = sep
			i = j
			continue
		}
		total++
		if len(ws) < cap(ws) {
			ws = append(ws, dateWord{s[i:j], digit, sep})
		}
		i = j
	}
	return ws, total
}

// dateAt reads a full date starting at word i: "April 27, 2009",
// "27 November 2005", "11/27/2005", "11/28/05", "2013-09-27". It returns
// the year and the number of words the date takes, or 0, 0.
func dateAt(ws []dateWord, i int) (year, n int) {
	w := ws[i]
	if !w.digit {
		if monthOf(w.s) == 0 || i+2 >= len(ws) {
			return 0, 0
		}
		if d := ws[i+1]; d.digit && isDay(d.s) {
			if y := fullYear(ws[i+2]); y != 0 {
				return y, 3
			}
		}
		return 0, 0
	}
	if i+2 >= len(ws) {
		return 0, 0
	}
	a, b, c := w, ws[i+1], ws[i+2]
	switch {
	case isDay(a.s) && !b.digit && monthOf(b.s) != 0:
		if y := fullYear(c); y != 0 {
			return y, 3
		}
	case a.sep != 0 && a.sep == b.sep && (a.sep == '/' || a.sep == '.' || a.sep == '-') && b.digit && c.digit:
		switch {
		case len(a.s) == 4 && isDay(b.s) && isDay(c.s):
			return yearOf(a.s), 3
		case isDay(a.s) && isDay(b.s) && (len(c.s) == 4 || len(c.s) == 2):
			if len(c.s) == 2 {
				return 2000 + int(c.s[0]-'0')*10 + int(c.s[1]-'0'), 3
			}
			return yearOf(c.s), 3
		}
	}
	return 0, 0
}

// fullYear returns the year of a four-digit word from 1900 to 2099, or 0.
func fullYear(w dateWord) int {
	if !w.digit || len(w.s) != 4 {
		return 0
	}
	return yearOf(w.s)
}

// yearOf returns the value of four digits from 1900 to 2099, or 0.
func yearOf(s string) int {
	if len(s) != 4 || !(s[:2] == "19" || s[:2] == "20") {
		return 0
	}
	return 1000*int(s[0]-'0') + 100*int(s[1]-'0') + 10*int(s[2]-'0') + int(s[3]-'0')
}

// isDay reports whether s is a one- or two-digit number from 1 to 31.
func isDay(s string) bool {
	switch len(s) {
	case 1:
		return s[0] >= '1'
	case 2:
		d := int(s[0]-'0')*10 + int(s[1]-'0')
		return d >= 1 && d <= 31
	}
	return false
}

// monthOf returns 1–12 for an English month name or its abbreviation in
// any case ("Nov", "NOVEMBER", "Sept"), else 0.
func monthOf(s string) int {
	if len(s) < 3 || len(s) > 9 {
		return 0
	}
	var low [9]byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		low[i] = c
	}
	m := 0
	switch string(low[:3]) {
	case "jan":
		m = 1
	case "feb":
		m = 2
	case "mar":
		m = 3
	case "apr":
		m = 4
	case "may":
		m = 5
	case "jun":
		m = 6
	case "jul":
		m = 7
	case "aug":
		m = 8
	case "sep":
		m = 9
	case "oct":
		m = 10
	case "nov":
		m = 11
	case "dec":
		m = 12
	default:
		return 0
	}
	if w := string(low[:len(s)]); len(w) == 3 || w == monthNames[m-1] || w == "sept" {
		return m
	}
	return 0
}

// monthNames are the English month names, lower case.
var monthNames = [12]string{"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december"}

// isOrdinal reports whether s is an ordinal suffix (st, nd, rd, th).
func isOrdinal(s string) bool {
	switch strings.ToLower(s) {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// isDigit reports whether c is an ASCII digit.
func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// isDateAlnum reports whether c is an ASCII letter or digit.
func isDateAlnum(c byte) bool { return c < 0x80 && alnum[c] }

// shareDateYear gives every thread of a story the dateline year of its
// lowest-numbered thread that has one: the dateline opens the story, so
// only its first thread's text holds it, but it dates them all.
func (l *Linker) shareDateYear(st *storyState) {
	var y int16
	num := int32(math.MaxInt32)
	for _, s := range st.slots {
		if n := l.nodes[s]; n != nil && n.dateYear != 0 && n.num < num {
			y, num = n.dateYear, n.num
		}
	}
	if y == 0 {
		return
	}
	for _, s := range st.slots {
		if n := l.nodes[s]; n != nil {
			n.dateYear = y
		}
	}
}
