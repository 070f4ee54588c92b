package article

import (
	"regexp"
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
//     unpunctuated lines are taken as captions too.
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
	title := normalise(a.Title)
	for i, p := range ps {
		pattern[i] = isFurniture(p.Text) || (i < 3 && title != "" && normalise(p.Text) == title) ||
			(a.Byline != "" && isBylineOf(p.Text, a.Byline)) || bylineLine.MatchString(strings.TrimSpace(p.Text))
	}
	heur := repeatedOrCaption(ps)
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

// bylineLine matches a credit line such as "By Ruth Mensah" or "By Tom
// Hale and Ada Kim, Political Editor".
var bylineLine = regexp.MustCompile(`^(?i:by)\s+\p{Lu}[\p{L}'’.-]*(?:\s+(?:and\s+|&\s+)?\p{Lu}[\p{L}'’.-]*){0,5}(?:,\s*[\p{L} ]{1,40})?$`)

// isBylineOf reports whether text is only the byline (with or without
// "By").
func isBylineOf(text, byline string) bool {
	t := normalise(text)
	b := normalise(byline)
	return t == b || t == "by "+b
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
	if words <= 80 && cookieNotice.MatchString(line) && strings.Contains(strings.ToLower(line), "cookie") {
		return true
	}
	return false
}

func countWords(s string) int {
	n, in := 0, false
	for _, r := range s {
		sp := unicode.IsSpace(r)
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}

// pictureCue matches words that point at a picture.
var pictureCue = regexp.MustCompile(`(?i)\bpictured\b|\((?:left|right|centre|center|above|below|top|bottom|inset|file|main picture|main image)\)|\bfile (?:photo|picture|image)\b|\bin a scene from\b|\bseen here\b|\bthis image\b`)

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
	grams := make([][]uint64, n)
	norm := make([]string, n)
	seen := make(map[string]int, n)
	for i, p := range ps {
		norm[i] = normalise(p.Text)
		if j, ok := seen[norm[i]]; ok && norm[i] != "" && j < i {
			out[i] = true // exact (normalised) duplicate
		} else {
			seen[norm[i]] = i
		}
		grams[i] = trigrams(p.Text)
	}
	repeated := repeats(grams)
	strong := make([]bool, n)
	captions := 0
	for i, p := range ps {
		if out[i] {
			continue
		}
		words := countWords(p.Text)
		if !captionShape(p.Text, words, captionMinWords) {
			continue
		}
		if repeated[i] || pictureCue.MatchString(p.Text) {
			strong[i] = true
			captions++
		}
	}
	for i, p := range ps {
		if strong[i] || (captions >= 2 && captionShape(p.Text, countWords(p.Text), captionDocMinWords)) {
			out[i] = true
		}
	}
	return out
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

// trigrams returns the hashes of a text's lower-cased word trigrams.
func trigrams(s string) []uint64 {
	var words []uint64
	var h uint64
	in := false
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if !in {
				h = 14695981039346656037
				in = true
			}
			h ^= uint64(unicode.ToLower(r))
			h *= 1099511628211
			continue
		}
		if in {
			words = append(words, h)
			in = false
		}
	}
	if in {
		words = append(words, h)
	}
	if len(words) < 3 {
		return nil
	}
	out := make([]uint64, 0, len(words)-2)
	for i := 0; i+2 < len(words); i++ {
		out = append(out, words[i]*0x9E3779B97F4A7C15^words[i+1]*0xC2B2AE3D27D4EB4F^words[i+2])
	}
	return out
}

// repeats reports for each paragraph whether at least repeatContain of
// its distinct trigrams (and at least three) occur in one other paragraph.
func repeats(grams [][]uint64) []bool {
	out := make([]bool, len(grams))
	index := make(map[uint64][]int32)
	sets := make([][]uint64, len(grams))
	for i, g := range grams {
		set := dedupe(g)
		sets[i] = set
		for _, h := range set {
			index[h] = append(index[h], int32(i))
		}
	}
	counts := make(map[int32]int)
	for i, set := range sets {
		if len(set) < 3 {
			continue
		}
		clear(counts)
		for _, h := range set {
			for _, j := range index[h] {
				if int(j) != i {
					counts[j]++
				}
			}
		}
		need := int(float64(len(set))*repeatContain + 0.999)
		for _, c := range counts {
			if c >= need && c >= 3 {
				out[i] = true
				break
			}
		}
	}
	return out
}

// dedupe returns the distinct values of g.
func dedupe(g []uint64) []uint64 {
	if len(g) == 0 {
		return nil
	}
	seen := make(map[uint64]struct{}, len(g))
	out := g[:0:0]
	for _, h := range g {
		if _, ok := seen[h]; !ok {
			seen[h] = struct{}{}
			out = append(out, h)
		}
	}
	return out
}
