package article

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Clean marks a's page furniture as Boilerplate, keeping every paragraph
// in place. It knows two kinds of signal:
//
//   - patterns of short furniture lines: gallery counters ("+3", "1/12",
//     "12 photos"), "View gallery", "Advertisement", share, follow,
//     subscribe and sign-up lines, "Click here to …", "Read more: …",
//     photo credits ("Photo: Reuters", "Getty Images"), short
//     "Pictured: …" captions and cookie notices (furniture);
//   - repetition: second and later copies of a paragraph, and captions,
//     i.e. lines of eight or more words without closing punctuation that
//     repeat another paragraph or point at a picture ("(pictured)",
//     "(left)"); once an article shows two such captions, its other long
//     unpunctuated lines are taken as captions too; and, in articles that
//     carry gallery furniture, short verbless or present-tense one-sentence
//     lines (see captionSentence).
//
// Patterns only match whole short lines (or their start, for lines that
// open with "Share this", "Click here", "Read more:"), so an ordinary
// sentence that mentions sharing or a photo is kept. When every paragraph
// would be marked, only the pattern matches stay marked.
func Clean(a *Article) {
	ps := a.Paragraphs
	if len(ps) == 0 {
		return
	}
	for i := range ps {
		ps[i].Boilerplate = false
	}
	pattern := make([]bool, len(ps))
	headline := make([]bool, len(ps)) // repeats the title, and nothing else marks it
	title := normalise(a.Title)
	for i, p := range ps {
		pattern[i] = isFurniture(p.Text) ||
			(a.Byline != "" && len(p.Text) < 2*len(a.Byline)+8 && isBylineOf(p.Text, a.Byline)) || bylineLine.MatchString(strings.TrimSpace(p.Text))
		if !pattern[i] && i < 3 && title != "" && len(p.Text) < 2*len(title)+8 && isRepeatedHeadline(p.Text, title) {
			pattern[i], headline[i] = true, true
		}
	}
	// A story whose only text repeats its title (a one-line wire item
	// given its own first sentence as title) keeps that text.
	if !slices.Contains(pattern, false) {
		for i, h := range headline {
			pattern[i] = pattern[i] && !h
		}
	}
	heur := repeatedOrCaption(ps)
	if hasGallery(ps) {
		for i, p := range ps {
			if !heur[i] && !pattern[i] && captionSentence(p.Text) {
				heur[i] = true
			}
		}
	}
	all := true
	for i := range ps {
		if !pattern[i] && !heur[i] {
			all = false
			break
		}
	}
	for i := range ps {
		ps[i].Boilerplate = pattern[i] || (heur[i] && !all)
	}
}

// Furniture patterns, matched case-insensitively against a whole line
// with surrounding space and trailing punctuation removed.
var furnitureLine = regexp.MustCompile(`(?i)^(?:` + strings.Join([]string{
	// gallery counters and gallery links
	`\+ ?\d{1,3}`,
	`\d{1,3} ?(?:/|of) ?\d{1,3}`,
	`\d{1,4} (?:photos?|pictures?|pics|images?|videos?|slides?)`,
	`(?:view|see|open|launch|browse|enlarge|expand)(?: the| all| full| our| more)*(?: \d+)?(?: photo| picture| image)*(?: gallery| galleries| slideshow| photos| pictures| images)`,
	`(?:click|tap) to (?:enlarge|expand|view|play|zoom)`,
	`gallery|slideshow|scroll down for (?:video|more)|video|watch(?: the)? video|play video|media playback is unsupported on your device`,
	// adverts
	`advertisement|advertising|advert|ad|sponsored(?: content| links?)?|promoted(?: stories| content| links)?|paid (?:content|post)|partner content|ad feature|story continues below(?: advertisement)?|continue reading(?: below| the main story)?|skip advert(?:isement)?`,
	// share, follow, subscribe, comments
	`(?:share|tweet|email|e-mail|print|pin|save)(?: or comment on)?(?: this| the)?(?: article| story| page| post| video| gallery| link)?(?: on| via| to)?(?: facebook| twitter| x| whatsapp| linkedin| pinterest| reddit| email| messenger)?`,
	`(?:follow|like|find) (?:us|me|@\w+)(?: on (?:facebook|twitter|x|instagram|linkedin|tiktok|youtube|threads|bluesky|mastodon))*`,
	`(?:sign up|subscribe|register|join)(?: now| today| here| free| for free)?`,
	`comments?(?: \(\d+\))?|\d+ comments?|(?:add|post|leave|view|show|see|read) (?:a |your |all |the )?(?:\d+ )?comments?|join the (?:conversation|discussion|debate)`,
	`read more|read (?:the )?full (?:story|article)|back to top|top of page|skip to (?:main )?content|related(?: articles| stories| topics| content| links| coverage)?|more on this story|more from \w+(?: \w+)?|most (?:read|popular|viewed|shared|watched)|(?:top|trending|latest) (?:stories|news|headlines)|you may also like|recommended(?: for you)?|around the web|don't miss|must read`,
	`(?:image|photo|picture|video) (?:copyright|source|caption)(?: .{0,80})?`,
}, "|") + `)$`)

// furniturePrefix matches lines that open like furniture; they are
// furniture when short (see isFurniture).
var furniturePrefix = regexp.MustCompile(`(?i)^(?:` + strings.Join([]string{
	`share (?:or comment on )?this (?:article|story|page|post|video|gallery)`,
	`(?:click|tap) (?:here|the link|below|on the link)\b`,
	`(?:read|see) (?:more|also|next|full story|the full story)\s*[:>»|–—-]`,
	`(?:read more|related|more|see also)\s*:`,
	`(?:sign up|subscribe|register)\b.*\b(?:newsletters?|e-?mails?|updates|alerts|briefing|digest)\b`,
	`(?:get|receive) (?:our|the) .{0,40}\b(?:newsletters?|briefing|digest|alerts)\b`,
	`(?:follow|like) (?:us|me|@\w+|.{1,30} on (?:facebook|twitter|x|instagram|linkedin|tiktok|youtube|threads|bluesky))`,
	`(?:pictured|picture|photo|photograph|image|images|credit|photos|pictures|photograph by|photo by|source|video)(?: credit)?\s*:`,
	`(?:©|\(c\) |copyright (?:©|\(c\)|\d{4}))`,
	`(?:we use cookies|this (?:web)?site uses cookies|by continuing to (?:use|browse))`,
}, "|") + `)`)

// creditLine matches a short line naming only picture agencies.
var creditLine = regexp.MustCompile(`(?i)^[(\[]?(?:(?:getty(?: images)?|reuters|afp|ap(?: photo)?|associated press|pa(?: media| wire| images)?|epa(?:-efe)?|shutterstock|alamy|rex(?: features)?|aap|bloomberg|anadolu|xinhua|splash news|backgrid|mega|instagram|twitter|facebook|handout|supplied|file)(?:\s*(?:/|,|via|and|&)\s*)?)+[)\]]?$`)

// cookieNotice matches consent text.
var cookieNotice = regexp.MustCompile(`(?i)\bcookies?\b.*\b(?:accept|consent|we use|uses|by continuing|cookie (?:policy|settings|preferences)|privacy policy)\b|\b(?:accept|consent to|manage)\b.*\bcookies\b`)

// isRepeatedHeadline reports whether text repeats the (normalised)
// title as a headline. A title that is a full sentence (some inputs take
// the first sentence as the title) leaves that sentence as text.
func isRepeatedHeadline(text, title string) bool {
	if normalise(text) != title {
		return false
	}
	t := strings.TrimRight(strings.TrimSpace(text), `"'”’)`)
	return !strings.HasSuffix(t, ".") && !strings.HasSuffix(t, "!") && !strings.HasSuffix(t, "?") && !strings.HasSuffix(t, "…")
}

// bylineLine matches a credit line such as "By Ruth Mensah", "By Tom
// Hale and Ada Kim, Political Editor" or "By Ruth Mensah for the Portwell
// Gazette" (and "| Portwell Gazette" after any of them).
var bylineLine = regexp.MustCompile(`^(?i:by)\s+\p{Lu}[\p{L}'’.-]*(?:\s+(?:and\s+|&\s+)?\p{Lu}[\p{L}'’.-]*){0,5}` +
	`(?:,\s*[\p{L} ]{1,40})?` +
	`(?:\s+(?i:for|from|in)\s+(?:(?i:the)\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,4})?` +
	`(?:\s*[|–—]\s*[\p{L}'’. ]{1,40})?$`)

// isBylineOf reports whether text is only the byline (with or without
// "By").
func isBylineOf(text, byline string) bool {
	t := normalise(text)
	b := normalise(byline)
	return t == b || t == "by "+b
}

// dateline matches a page's publication stamp ("Updated: 12 March 2013,
// 10:04 GMT"); isFurniture also wants a short line with a date or time.
var dateline = regexp.MustCompile(`(?i)^(?:first |last |story )?(?:published|updated|posted|created|modified)(?: on| at)?\s*:`)

// dateish matches a month name, a clock time or a numeric date.
var dateish = regexp.MustCompile(`(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\d{1,2}: ?\d{2}|\d{1,4}[/-]\d{1,2}[/-]\d{2,4}`)

// dataLeftover matches a label and a bare figure left from a table
// ("Total: 190,069").
var dataLeftover = regexp.MustCompile(`^\p{L}[\p{L} ]{0,24}:\s*[-+]?[£$€]?[\d][\d,.]*\s*(?:%|per cent|bn|m|k)?$`)

// isCapsHeader reports whether line is a section header in capitals
// ("LATEST DEVELOPMENTS"): at least two words, all letters upper-case, no
// digits, no closing punctuation, and a word that names a page section.
func isCapsHeader(line string) bool {
	letters := 0
	for _, r := range line {
		switch {
		case unicode.IsLower(r), unicode.IsDigit(r):
			return false
		case unicode.IsLetter(r):
			letters++
		case r == '.' || r == '!' || r == '?' || r == '"' || r == '“' || r == '”':
			return false
		}
	}
	if letters < 6 || countWords(line) < 2 {
		return false
	}
	for _, w := range strings.FieldsFunc(line, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if sectionWords[w] {
			return true
		}
	}
	return false
}

// sectionWords name a section of a page rather than a matter; a header
// in capitals needs one of them to count as furniture (so "WORLD OF
// WARCRAFT" over a review stays text).
var sectionWords = map[string]bool{
	"LATEST": true, "DEVELOPMENTS": true, "NUMBERS": true, "FIGURES": true, "STATISTICS": true,
	"STATS": true, "UPDATES": true, "UPDATE": true, "KEY": true, "POINTS": true, "FACTS": true,
	"TIMELINE": true, "BACKGROUND": true, "RELATED": true, "MORE": true, "STORIES": true,
	"HEADLINES": true, "GLANCE": true, "NEWSLETTER": true, "ADVERTISEMENT": true, "SPONSORED": true,
	"TRENDING": true, "POPULAR": true, "READ": true, "WATCH": true, "VIDEO": true, "GALLERY": true,
	"PICTURES": true, "PHOTOS": true, "SHARE": true, "COMMENTS": true, "CONTENTS": true,
}

// isFurniture reports whether one paragraph is page furniture by pattern.
func isFurniture(text string) bool {
	if len(text) > 400 {
		return false
	}
	line := strings.TrimSpace(text)
	line = strings.TrimRightFunc(line, func(r rune) bool {
		return unicode.IsPunct(r) && r != ')' && r != ']' && r != '+' || unicode.IsSpace(r)
	})
	if line == "" {
		// Only punctuation or symbols: decoration such as "***" or "|".
		return true
	}
	words := countWords(line)
	if words <= 12 && furnitureLine.MatchString(line) {
		return true
	}
	if words <= 8 && creditLine.MatchString(line) {
		return true
	}
	if words <= 5 && (isCapsHeader(line) || dataLeftover.MatchString(line)) {
		return true
	}
	if words <= 16 && dateline.MatchString(line) && dateish.MatchString(line) {
		return true
	}
	if loc := furniturePrefix.FindStringIndex(line); loc != nil {
		limit := 25
		switch lower := strings.ToLower(line[:loc[1]]); {
		case strings.HasPrefix(lower, "pictured"):
			limit = 40
		case strings.HasPrefix(lower, "source"), strings.HasPrefix(lower, "credit"),
			strings.HasPrefix(lower, "photo"), strings.HasPrefix(lower, "picture"),
			strings.HasPrefix(lower, "image"), strings.HasPrefix(lower, "video"),
			strings.HasPrefix(lower, "©"), strings.HasPrefix(lower, "(c)"), strings.HasPrefix(lower, "copyright"):
			limit = 10
		case strings.HasPrefix(lower, "we use"), strings.HasPrefix(lower, "this"), strings.HasPrefix(lower, "by continuing"):
			limit = 80
		}
		if words <= limit {
			return true
		}
	}
	if words <= 80 && containsFold(line, "cookie") && cookieNotice.MatchString(line) {
		return true
	}
	return false
}

// containsFold reports whether s contains the lower-case ASCII word sub
// in any letter case.
func containsFold(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}

func countWords(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		var sp bool
		if c < utf8.RuneSelf {
			sp = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			sp = unicode.IsSpace(r)
			i += size - 1
		}
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}

// galleryLine matches the picture-gallery furniture of scraped pages.
var galleryLine = regexp.MustCompile(`(?i)^(?:\+ ?\d{1,3}|\d{1,3} ?/ ?\d{1,3}|\d{1,4} (?:photos|pictures|pics|images)|(?:view|see|open)(?: the| all| full)*(?: \d+)?(?: photo| picture)? (?:gallery|slideshow|photos|pictures))$`)

// hasGallery reports whether an article carries gallery furniture, the
// sign of a scraped page whose picture captions sit among the text.
func hasGallery(ps []Paragraph) bool {
	for _, p := range ps {
		if len(p.Text) < 40 && galleryLine.MatchString(strings.TrimSpace(p.Text)) {
			return true
		}
	}
	return false
}

// pastOrQuote matches what a caption seldom has and a news sentence
// usually does: a past-tense or auxiliary verb, or quotation.
var pastOrQuote = regexp.MustCompile(`(?i)\b(?:\w{3,}ed|was|were|had|did|said|says|told|made|went|came|took|gave|found|got|left|met|won|lost|sat|stood|ran|saw|knew|thought|became|began|brought|bought|built|felt|held|kept|led|meant|paid|put|read|sent|set|sold|spent|struck|taught|wrote|will|would|has|have|is|are|am)\b|["“”‘’]|'\s|\s'`)

// proseOpeners are first words that mark running prose, not a caption.
var proseOpeners = map[string]bool{
	"it": true, "he": true, "she": true, "they": true, "we": true, "i": true, "you": true,
	"this": true, "that": true, "these": true, "those": true, "there": true, "here": true,
	"but": true, "and": true, "so": true, "yet": true, "or": true, "meanwhile": true,
	"however": true, "now": true, "then": true, "his": true, "her": true, "their": true,
	"its": true, "our": true, "my": true, "your": true, "if": true, "when": true, "while": true,
	"although": true, "because": true, "as": true, "after": true, "before": true, "since": true,
	"until": true, "what": true, "who": true, "why": true, "how": true, "one": true, "some": true,
	"many": true, "most": true, "all": true, "both": true, "each": true, "no": true, "not": true,
	"also": true, "still": true, "even": true, "only": true, "just": true, "instead": true,
}

// captionSentence reports whether text has the shape of a one-sentence
// picture caption: 4 to 16 words, one sentence ending in a full stop,
// starting with a capital, no quotation and no past-tense or auxiliary
// verb ("Pickets outside the station on Tuesday.", "Firefighters tackle
// the blaze."). Clean applies it only to articles with gallery furniture.
func captionSentence(text string) bool {
	t := strings.TrimSpace(text)
	words := countWords(t)
	if words < 4 || words > 16 || !strings.HasSuffix(t, ".") {
		return false
	}
	first, _ := utf8.DecodeRuneInString(t)
	if !unicode.IsUpper(first) {
		return false
	}
	body := t[:len(t)-1]
	if strings.Contains(body, ". ") || strings.ContainsAny(body, "!?") {
		return false
	}
	firstWord, _, _ := strings.Cut(t, " ")
	if proseOpeners[strings.ToLower(strings.TrimRight(firstWord, ",;:"))] {
		return false
	}
	return !pastOrQuote.MatchString(t)
}

// pictureCue matches words that point at a picture.
var pictureCue = regexp.MustCompile(`(?i)\bpictured\b|\((?:left|right|centre|center|above|below|top|bottom|inset|file|main picture|main image)\)|\bfile (?:photo|picture|image)\b|\bin a scene from\b|\bseen here\b|\bthis image\b`)

// labelledCaption matches the "Short label: caption text" style of
// picture captions (used only on caption-shaped lines).
var labelledCaption = regexp.MustCompile(`^\p{Lu}[\p{L}'’-]*(?: [\p{L}'’-]+){0,3}: \S`)

// isLabelledCaption reports whether a caption-shaped line reads like a
// labelled caption rather than a list such as a sports line-up
// ("Replacements: A for B (71), C for D (75), …").
func isLabelledCaption(text string) bool {
	return labelledCaption.MatchString(text) && strings.Count(text, ",") <= 3 && !strings.Contains(text, "(")
}

// Caption and repetition thresholds.
const (
	captionMinWords    = 8   // shortest line taken as a caption on its own evidence
	captionDocMinWords = 10  // shortest line taken as a caption on the article's evidence
	repeatContain      = 0.5 // share of a paragraph's word trigrams found in another one
)

// repeatedOrCaption marks duplicate paragraphs (second and later copies)
// and captions (see Clean).
func repeatedOrCaption(ps []Paragraph) []bool {
	n := len(ps)
	out := make([]bool, n)
	first := make(map[uint64]int, n)
	hasCopy := make([]bool, n)
	for i, p := range ps {
		k := foldHash(p.Text)
		if j, ok := first[k]; ok {
			out[i] = true // exact (normalised) duplicate
			hasCopy[j] = true
			continue
		}
		first[k] = i
	}
	words := make([]int, n)
	shaped := make([]bool, n) // caption-shaped at captionMinWords
	candidates := false
	for i, p := range ps {
		words[i] = countWords(p.Text)
		shaped[i] = captionShape(p.Text, words[i], captionMinWords)
		candidates = candidates || (shaped[i] && !out[i])
	}
	// Repetition only matters for caption-shaped lines: skip the costly
	// check for articles without any.
	repeated := hasCopy
	if candidates {
		repeated = repeats(ps, out)
		for i := range repeated {
			repeated[i] = repeated[i] || hasCopy[i]
		}
	}
	strong := make([]bool, n)
	captions := 0
	for i, p := range ps {
		if !shaped[i] {
			continue
		}
		if out[i] {
			captions++ // a repeated caption-like line
			continue
		}
		if repeated[i] || pictureCue.MatchString(p.Text) || isLabelledCaption(p.Text) {
			strong[i] = true
			captions++
		}
	}
	for i, p := range ps {
		if strong[i] || (captions >= 2 && captionShape(p.Text, words[i], captionDocMinWords)) {
			out[i] = true
		}
	}
	return out
}

// foldHash returns a hash of s lower-cased with white space runs
// collapsed and trimmed: equal for texts that differ only in case and
// spacing.
func foldHash(s string) uint64 {
	h := uint64(14695981039346656037)
	space := false
	started := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = started
			continue
		}
		if space {
			h = (h ^ ' ') * 1099511628211
			space = false
		}
		started = true
		h = (h ^ uint64(unicode.ToLower(r))) * 1099511628211
	}
	return h
}

// captionShape reports whether text looks like a picture caption: at
// least minWords words, no closing punctuation, not a list item.
func captionShape(text string, words, minWords int) bool {
	if words < minWords {
		return false
	}
	t := strings.TrimSpace(text)
	if t == "" {
		return false
	}
	switch t[0] {
	case '*', '-', '#', '>', '|':
		return false
	}
	if strings.HasPrefix(t, "•") || strings.HasPrefix(t, "–") {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(t)
	switch last {
	case '.', '!', '?', '"', '\'', '”', '’', ')', ']', ':', ';', '…', '»':
		return false
	}
	return true
}

// paraBits is how many low bits of a trigram key hold the paragraph.
const paraBits = 10

// appendTrigrams appends the keys of paragraph p's lower-cased word
// trigrams to keys: the trigram's hash with p in its low paraBits bits.
func appendTrigrams(keys []uint64, s string, p int) []uint64 {
	var w [3]uint64 // last three word hashes
	n := 0
	var h uint64
	in := false
	emit := func() {
		w[0], w[1], w[2] = w[1], w[2], h
		n++
		if n >= 3 {
			g := w[0]*0x9E3779B97F4A7C15 ^ w[1]*0xC2B2AE3D27D4EB4F ^ w[2]
			keys = append(keys, g&^(1<<paraBits-1)|uint64(p))
		}
	}
	for _, r := range s {
		if r < utf8.RuneSelf {
			switch {
			case 'a' <= r && r <= 'z', '0' <= r && r <= '9':
			case 'A' <= r && r <= 'Z':
				r += 'a' - 'A'
			default:
				if in {
					emit()
					in = false
				}
				continue
			}
		} else if unicode.IsLetter(r) || unicode.IsDigit(r) {
			r = unicode.ToLower(r)
		} else {
			if in {
				emit()
				in = false
			}
			continue
		}
		if !in {
			h = 14695981039346656037
			in = true
		}
		h ^= uint64(r)
		h *= 1099511628211
	}
	if in {
		emit()
	}
	return keys
}

// maxRepeatParagraphs bounds the articles whose paragraphs are compared
// pairwise for repetition (exact duplicates are found in any article).
const maxRepeatParagraphs = 1 << paraBits

// maxGramShare is the most paragraphs a trigram may occur in and still
// count towards repetition between pairs of them.
const maxGramShare = 32

// repeats reports for each paragraph whether at least repeatContain of
// its distinct word trigrams (and at least three) occur in one other
// paragraph. Paragraphs flagged in skip (exact duplicates) are left out.
func repeats(ps []Paragraph, skip []bool) []bool {
	n := len(ps)
	out := make([]bool, n)
	if n < 2 || n > maxRepeatParagraphs {
		return out
	}
	size := 0
	for _, p := range ps {
		size += len(p.Text) / 5
	}
	keys := make([]uint64, 0, size)
	for i, p := range ps {
		if !skip[i] {
			keys = appendTrigrams(keys, p.Text, i)
		}
	}
	slices.Sort(keys)
	keys = slices.Compact(keys)
	const mask = 1<<paraBits - 1
	distinct := make([]int32, n)
	shared := make([]int32, n*n)
	for lo := 0; lo < len(keys); {
		hi := lo + 1
		for hi < len(keys) && keys[hi]&^mask == keys[lo]&^mask {
			hi++
		}
		for _, a := range keys[lo:hi] {
			pa := int(a & mask)
			distinct[pa]++
			if hi-lo > maxGramShare {
				// A phrase in this many paragraphs says nothing about
				// any two of them, and counting its pairs is quadratic.
				continue
			}
			for _, b := range keys[lo:hi] {
				if pb := int(b & mask); pa != pb {
					shared[pa*n+pb]++
				}
			}
		}
		lo = hi
	}
	for i := range n {
		d := distinct[i]
		if d < 3 {
			continue
		}
		need := int32(float64(d)*repeatContain + 0.999)
		for _, c := range shared[i*n : (i+1)*n] {
			if c >= need && c >= 3 {
				out[i] = true
				break
			}
		}
	}
	return out
}
