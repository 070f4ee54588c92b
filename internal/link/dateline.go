package link

import (
	"strings"
	"time"
)

// datelineLines is how many lines of the text (after the title) are
// searched for a dateline.
const datelineLines = 4

// datelineWords is the most words a line may have and still be taken for
// a dateline wherever in it the date stands; a longer line counts only
// when it opens or closes with the date ("27/09/2013-Turkmenistan to
// hold…", "…DA says September 19, 2013").
const datelineWords = 12

// dateline returns the date of a story's dateline — a full calendar
// date (day, month and year) on the title or one of the opening lines of
// the text that is mostly that date ("April 27, 2009", "Posted 11/27/2005
// 7:21 AM", "Last Updated: Monday, 28 November 2005") — or the zero time
// when there is none. Web pages carry such a line where a feed would carry
// a publication date; a full date inside a sentence of the story ("born on
// April 22, 1923") is no dateline. A numeric date is read month first
// unless its first number cannot be a month.
func dateline(title, text string) time.Time {
	if d := lineDate(title); !d.IsZero() {
		return d
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
		if d := lineDate(line); !d.IsZero() {
			return d
		}
	}
	return time.Time{}
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

// lineDate returns the full date that makes up a dateline of the line
// (see dateline), or the zero time.
func lineDate(line string) time.Time {
	var buf [datelineWords + 4]dateWord
	if len(line) <= shortLine {
		if !strings.ContainsAny(line, "0123456789") {
			return time.Time{}
		}
		ws, total := dateWords(line, buf[:0])
		for i := range ws {
			// A short line, or a date opening it (after at most two
			// words such as "Posted", "Updated:" or a weekday) or
			// closing it.
			if d, n := dateAt(ws, i); n != 0 && (total <= datelineWords || i == 0 || i <= 2 && !ws[0].digit || i+n == total) {
				return d
			}
		}
		return time.Time{}
	}
	head := line[:headBytes]
	if k := strings.LastIndexByte(head, ' '); k > 0 {
		head = head[:k] // no cut word
	}
	if strings.ContainsAny(head, "0123456789") {
		ws, _ := dateWords(head, buf[:0])
		for i := range min(3, len(ws)) {
			if d, n := dateAt(ws, i); n != 0 && (i == 0 || !ws[0].digit) {
				return d
			}
		}
	}
	// A closing date ends the line with its year.
	end := strings.TrimRight(line, " \t\r.,;:)")
	if end == "" || !isDigit(end[len(end)-1]) {
		return time.Time{}
	}
	tail := line[len(line)-tailBytes:]
	if k := strings.IndexByte(tail, ' '); k >= 0 {
		tail = tail[k+1:]
	}
	ws, total := dateWords(tail, buf[:0])
	if total > len(ws) {
		return time.Time{}
	}
	for i := range ws {
		if d, n := dateAt(ws, i); n != 0 && i+n == len(ws) {
			return d
		}
	}
	return time.Time{}
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
// "27 November 2005", "11/27/2005", "27/11/05", "2013-09-27". It returns
// the date and the number of words it takes, or 0 words.
func dateAt(ws []dateWord, i int) (time.Time, int) {
	if i+2 >= len(ws) {
		return time.Time{}, 0
	}
	a, b, c := ws[i], ws[i+1], ws[i+2]
	var y, m, d int
	switch {
	case !a.digit:
		if m = monthOf(a.s); m == 0 || !b.digit {
			return time.Time{}, 0
		}
		y, d = fullYear(c), dayOf(b.s)
	case !b.digit:
		y, m, d = fullYear(c), monthOf(b.s), dayOf(a.s)
	case a.sep != 0 && a.sep == b.sep && (a.sep == '/' || a.sep == '.' || a.sep == '-') && c.digit:
		p, q := dayOf(a.s), dayOf(b.s)
		switch {
		case len(a.s) == 4:
			y, m, d = yearOf(a.s), q, dayOf(c.s)
		case len(c.s) == 4:
			y = yearOf(c.s)
		case len(c.s) == 2:
			y = 2000 + int(c.s[0]-'0')*10 + int(c.s[1]-'0')
		}
		if len(a.s) != 4 {
			m, d = p, q
			if p > 12 {
				m, d = q, p
			}
		}
	}
	if y == 0 || m < 1 || m > 12 || d == 0 {
		return time.Time{}, 0
	}
	return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC), 3
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

// dayOf returns the value of a one- or two-digit number from 1 to 31, or
// 0.
func dayOf(s string) int {
	d := 0
	switch len(s) {
	case 1:
		d = int(s[0] - '0')
	case 2:
		d = int(s[0]-'0')*10 + int(s[1]-'0')
	}
	if d > 31 {
		return 0
	}
	return d
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

// shareDateline gives every thread of a story the dateline of its
// lowest-numbered thread that has one: the dateline opens the story, so
// only its first thread's text holds it, but it dates them all.
func (l *Linker) shareDateline(si int32) {
	var src *node
	for s := l.stories.sts[si].head; s >= 0; {
		n := l.node(s)
		if n.dateYear != 0 && (src == nil || n.num < src.num) {
			src = n
		}
		s = n.next
	}
	if src == nil {
		return
	}
	for s := l.stories.sts[si].head; s >= 0; {
		n := l.node(s)
		n.dateYear, n.dateDay = src.dateYear, src.dateDay
		s = n.next
	}
}
