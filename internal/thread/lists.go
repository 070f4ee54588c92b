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
	ListEntries             // each time-stamped post or reader's letter opens a segment
)

// minBullets is how many bulleted paragraphs make a story a digest of
// bullets: fewer may be an aside set off with a dash.
const minBullets = 3

// maxRowWords is the most words a table row written as a paragraph has.
const maxRowWords = 8

// minRows is how many rows in a row make a table.
const minRows = 3

// listBounds applies the list rules that off leaves on to the segment
// starts bounds and the sequential links: every bullet of a digest, post
// of a live page and letter of a mailbag opens a segment with no
// sequential bonus, and a table is one segment,
// opened by the line that introduces it when that line ends with a
// colon. It returns the units that open a list item or a table (nil:
// none) and the new starts.
func listBounds(units []string, bounds []int, link []float64, off int) ([]bool, []int) {
	var opens []bool
	if off&ListBullets == 0 {
		opens = bulletItems(units)
	}
	if off&ListEntries == 0 {
		opens = entryItems(units, opens)
	}
	for k := 1; k < len(opens); k++ {
		if opens[k] {
			link[k] = 0
			if !containsInt(bounds, k) {
				bounds = insertSorted(bounds, k)
			}
		}
	}
	if _, joined := answeredLetters(units); joined != nil && off&ListEntries == 0 {
		// a letter, its sign-off and the reply to it are one segment
		bounds = slices.DeleteFunc(bounds, func(b int) bool { return joined[b] })
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
// follows; a digest's bullets each tell a piece of news. A story told
// in bullets (bulletStory) has nothing after its list to sum up: there
// the list that opens it is the digest.
func bulletItems(units []string) []bool {
	var out []bool
	count := 0
	introduced := false // the current list opens the story or follows a colon
	told := bulletStory(units)
	for i, u := range units {
		if !opensBullet(u) {
			continue
		}
		if i == 0 {
			introduced = !told
		} else if !opensBullet(units[i-1]) {
			introduced = strings.HasSuffix(strings.TrimSpace(units[i-1]), ":")
		}
		if introduced || !sentenceBullet(u) {
			continue
		}
		count++
		if i > 0 && opensBullet(units[i-1]) && bulletCarriesOn(u) {
			continue // more of the item the bullet before it tells
		}
		if out == nil {
			out = make([]bool, len(units))
		}
		out[i] = true
	}
	if count < minBullets {
		return nil
	}
	return out
}

// A digest gives a matter a second or third bullet as often as not: "*
// A ferry ran aground off Tobermory on Sunday.", "* Its 40 passengers
// were taken off by lifeboat.". A bullet that carries on from the bullet
// before it (a pronoun, "But", a quotation, a speaker brought in or a
// title, group or role: "* His daughter said…", "* Chief executive Ann
// Lowe said…"; not "The", which opens fresh items as often as not, nor
// a reaction, "* Councillors welcomed the plan to…", with which a
// digest's item often opens)
// tells more of that bullet's item and opens none of its own: the gap
// model and the clustering place it as any paragraph. Over the
// development round-ups (dev and blind sets 1-30 and 40) the mean B3 F1
// rose from 0.8685 to 0.8690, roundups-dev unchanged; with reactions
// counted as carrying on it rose less, and roundups-dev fell.

// bulletCarriesOn reports whether bullet u, its sign set aside, opens
// with something that carries on from what came before it.
func bulletCarriesOn(u string) bool {
	_, n := utf8.DecodeRuneInString(u)
	rest := strings.TrimLeftFunc(u[n:], unicode.IsSpace)
	switch r, _ := utf8.DecodeRuneInString(rest); r {
	case '\'', '"', '‘', '“':
		return true
	}
	if opensShift(rest) || opensComes(rest) {
		return false // "It comes as…" turns to another matter
	}
	if opensPronoun(rest) || attributesSpeech(rest) {
		return true
	}
	first, ok := firstLetters(rest)
	if !ok || first != rest[:len(first)] {
		return false
	}
	var buf [16]byte
	low := string(appendLower(buf[:0], first))
	return inAny(low, bulletCarryWords, speakerTitles, speakerGroups, roleOpeners)
}

// bulletCarryWords open a bullet that points back to the item before it.
var bulletCarryWords = toSet(`he she it they his her its their this these those but however also`)

// inAny reports whether w is in any of sets.
func inAny(w string, sets ...map[string]struct{}) bool {
	for _, set := range sets {
		if _, ok := set[w]; ok {
			return true
		}
	}
	return false
}

// bulletStory reports whether a story is told in bullets: four in five
// of its units or more open with one (a digest of overnight news under
// section heads, its greeting and its sign-off dropped or kept). Over
// the development round-ups, reading the opening list of such a story
// as a digest rather than a summary raised the mean B3 F1 from 0.8656
// to 0.8660 (three digests changed: two up by 0.05 and 0.37, one down by
// 0.03); three in five or all units gave the same.
func bulletStory(units []string) bool {
	n := 0
	for _, u := range units {
		if opensBullet(u) {
			n++
		}
	}
	return 5*n >= 4*len(units)
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
// not: two to maxRowWords words, the last of them ending in a figure or
// a figure and its unit ("Shap, Cumbria: 164mm", "Lerwick 9C").
func isTableRow(u string) bool {
	if opensBullet(u) {
		_, n := utf8.DecodeRuneInString(u)
		u = u[n:]
	}
	words := 0
	lastWord := ""
	for f := range strings.FieldsSeq(u) {
		if words++; words > maxRowWords {
			return false
		}
		lastWord = f
	}
	last, _ := utf8.DecodeLastRuneInString(u)
	return words >= 2 && (unicode.IsDigit(last) || last == '%' || figureUnit(lastWord))
}

// maxUnitLetters is the most letters of a unit written after a figure
// ("mm", "mph", "C").
const maxUnitLetters = 3

// figureUnit reports whether w is a figure followed by a unit of up to
// maxUnitLetters letters: "211mm", "80mph", "9C" (not "1690s": a unit
// of one lower-case "s" is a decade's plural).
func figureUnit(w string) bool {
	i := strings.IndexFunc(w, func(r rune) bool { return !unicode.IsDigit(r) && r != '.' && r != ',' })
	if i <= 0 || !unicode.IsDigit(rune(w[0])) {
		return false
	}
	unit := w[i:]
	if len(unit) > maxUnitLetters || unit == "s" {
		return false
	}
	for _, r := range unit {
		if !unicode.IsLetter(r) || r > unicode.MaxASCII {
			return false
		}
	}
	return true
}

// minEntries is how many units must open with a time stamp, or with a
// reader's letter, to make a story a live page or a mailbag.
const minEntries = 3

// minLetterWords is the fewest words of a "Q:" paragraph that is a
// reader's letter: an explainer's questions are shorter.
const minLetterWords = 16

// entryItems marks in opens (made when nil and needed) the units that
// open an entry: a post with a time stamp (opensTimeStamp) or a reader's
// letter (opensLetter), when at least minEntries units open with the
// same kind, or a column's tagged item (taggedItems). It returns opens.
func entryItems(units []string, opens []bool) []bool {
	for _, entry := range []func(string) bool{opensTimeStamp, opensLetter} {
		c := 0
		for _, u := range units {
			if entry(u) {
				c++
			}
		}
		if c < minEntries {
			continue
		}
		if opens == nil {
			opens = make([]bool, len(units))
		}
		for k, u := range units {
			opens[k] = opens[k] || entry(u)
		}
	}
	if letters, _ := answeredLetters(units); letters != nil {
		if opens == nil {
			opens = make([]bool, len(units))
		}
		for k, l := range letters {
			opens[k] = opens[k] || l
		}
	}
	if tags := taggedItems(units); tags != nil {
		if opens == nil {
			opens = make([]bool, len(units))
		}
		for k, t := range tags {
			opens[k] = opens[k] || t
		}
	}
	return opens
}

// A money or advice column often prints its readers' letters without a
// "Q:", each answered by the columnist by name: "My late father left his
// flat to my sister and me…", "Ruth Mabry replies: You can…". In a story
// where minReplies paragraphs or more open with a name and "replies:"
// or "answers:" (not "writes:", with which a letters page brings in its
// writers), each reply answers the letter before it, and that letter
// opens an item, with the question set above it as a headline ("Can my
// landlord keep my deposit?") when there is one, as a "Q:" letter does.
// The letter, its sign-off on a line of its own and the reply open no
// segment inside the item: the reply's opening name, the same in every
// item, must not carry it off to another. Over the development
// round-ups (dev and blind sets 1-30 and 40) the mean B3 F1 rose from
// 0.8690 to 0.8695 (one column of answered letters changed, from 0.56
// to 0.68), roundups-dev unchanged.

// minReplies is how many replies make a story a column of answered
// letters.
const minReplies = 2

// maxSignOffWords is the most words of a line that signs a letter off
// without closing punctuation ("Name and address supplied").
const maxSignOffWords = 6

// maxHeadlineWords is the most words of a question set as a headline
// above a reader's letter.
const maxHeadlineWords = 15

// answeredLetters marks the units that open a reader's letter answered
// by the columnist (see above), and joined those from the letter's
// second unit to the reply, which open no segment; or returns nil, nil
// when fewer than minReplies units open with a reply.
func answeredLetters(units []string) (opens, joined []bool) {
	count := 0
	for _, u := range units {
		if opensReply(u) {
			count++
		}
	}
	if count < minReplies {
		return nil, nil
	}
	out := make([]bool, len(units))
	joined = make([]bool, len(units))
	for r, u := range units {
		if r < 1 || !opensReply(u) || opensReply(units[r-1]) {
			continue
		}
		k := r - 1 // the letter
		if k > 0 && (signsOff(units[k]) || !sentenceBullet(units[k]) && len(strings.Fields(units[k])) <= maxSignOffWords) {
			k-- // a letter signed on a line of its own
		}
		if k > 0 && headlineQuestion(units[k-1]) {
			k--
		}
		out[k] = true
		for j := k + 1; j <= r; j++ {
			joined[j] = true
		}
	}
	return out, joined
}

// opensReply reports whether u opens with a columnist's name and
// "replies:" or "answers:": one to three capitalised words ("Jo Kemp
// replies:", "Jo answers:").
func opensReply(u string) bool {
	fs := strings.Fields(leadingFields(u, 5))
	for i, f := range fs {
		if i > 0 && (f == "replies:" || f == "answers:") {
			return true
		}
		if i == 3 {
			break
		}
		if r, _ := utf8.DecodeRuneInString(f); !unicode.IsUpper(r) {
			return false
		}
	}
	return false
}

// headlineQuestion reports whether u is a question set as a headline:
// maxHeadlineWords words or fewer ending with "?" ("My builder went
// bust. Who finishes the job?").
func headlineQuestion(u string) bool {
	u = strings.TrimSpace(u)
	return strings.HasSuffix(u, "?") && len(strings.Fields(u)) <= maxHeadlineWords
}

// opensTimeStamp reports whether u opens with a clock time set off by a
// colon or a dash: "9.12am:", "12:03 pm -", "14.05:".
func opensTimeStamp(u string) bool {
	i := 0
	for i < len(u) && i < 2 && isDigit(u[i]) {
		i++
	}
	if i == 0 || i+3 > len(u) || (u[i] != '.' && u[i] != ':') || !isDigit(u[i+1]) || !isDigit(u[i+2]) {
		return false
	}
	rest := strings.TrimLeft(u[i+3:], " ")
	if len(rest) >= 2 && (strings.EqualFold(rest[:2], "am") || strings.EqualFold(rest[:2], "pm")) {
		rest = strings.TrimLeft(rest[2:], " ")
	}
	for _, mark := range []string{":", "-", "–", "—"} {
		if strings.HasPrefix(rest, mark) {
			return true
		}
	}
	return false
}

// opensLetter reports whether u is a reader's letter: it opens with "Q:"
// or "Q." and a space, and runs to minLetterWords words or more.
func opensLetter(u string) bool {
	if len(u) < 4 || u[0] != 'Q' || (u[1] != ':' && u[1] != '.') || u[2] != ' ' {
		return false
	}
	words := 0
	for range strings.FieldsSeq(u) {
		if words++; words >= minLetterWords {
			return true
		}
	}
	return false
}

// isDigit reports whether b is an ASCII digit.
func isDigit(b byte) bool { return b >= '0' && b <= '9' }
