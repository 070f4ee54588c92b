package thread

import (
	"strings"
	"unicode"
	"unicode/utf8"

	stemmer "github.com/storyline/storyline/internal/stem"
)

// word is one token of a unit: its stemmed key, its surface form and
// whether it looks like part of a name (capitalised away from a sentence
// start, or an all-capitals acronym).
type word struct {
	stem    string
	surface string
	name    bool
	stop    bool
	joined  bool // follows the previous word with only a space or hyphen between
	// promoted marks a word that labels take as part of a name although
	// tokenize did not (a sentence opener, a capitalised function word)
	promoted bool
}

// stem returns the cached Snowball stem of a lower-case word.
func stem(w string) string { return stemmer.Of(w) }

// tokenize splits text into words. Digits-only tokens and one-letter
// tokens are dropped; possessive endings are removed.
func tokenize(text string) []word {
	var out []word
	sentenceStart := true
	i, prevEnd := 0, -1
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			switch r {
			case '.', '!', '?', ':', ';', '\n', '•', '–', '—':
				sentenceStart = true
			}
			i += size
			continue
		}
		j := i
		for j < len(text) {
			r2, s2 := utf8.DecodeRuneInString(text[j:])
			if unicode.IsLetter(r2) || unicode.IsDigit(r2) {
				j += s2
				continue
			}
			// keep internal apostrophes and hyphens only when a letter follows
			if (r2 == '\'' || r2 == '’' || r2 == '-') && j+s2 < len(text) {
				r3, _ := utf8.DecodeRuneInString(text[j+s2:])
				if unicode.IsLetter(r3) {
					j += s2
					continue
				}
			}
			break
		}
		surface := text[i:j]
		gap := ""
		if prevEnd >= 0 {
			gap = text[prevEnd:i]
		}
		joined := prevEnd >= 0 && (gap == " " || gap == "-" || gap == "\u00a0")
		prevEnd = j
		i = j
		startsSentence := sentenceStart
		sentenceStart = false
		surface = trimPossessive(surface)
		if !hasLetter(surface) || utf8.RuneCountInString(surface) < 2 {
			continue
		}
		lower := strings.ToLower(surface)
		first, _ := utf8.DecodeRuneInString(surface)
		upper := unicode.IsUpper(first)
		allCaps := upper && isAllCaps(surface) && utf8.RuneCountInString(surface) >= 2
		_, isStop := stopwords[lower]
		w := word{surface: surface, stop: isStop, joined: joined}
		w.name = !isStop && upper && (!startsSentence || (allCaps && utf8.RuneCountInString(surface) <= 5))
		if strings.ContainsAny(lower, "-") {
			w.stem = lower
		} else {
			w.stem = stem(lower)
		}
		out = append(out, w)
	}
	return out
}

func trimPossessive(s string) string {
	for _, suf := range []string{"'s", "’s", "'S", "’S"} {
		if strings.HasSuffix(s, suf) {
			return s[:len(s)-len(suf)]
		}
	}
	return s
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

func isAllCaps(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// Terms returns the distinct stemmed content terms of text: the keys under
// which an archive should count document frequencies for Stats.
func Terms(text string) []string {
	seen := map[string]bool{}
	var out []string
	for _, w := range tokenize(text) {
		if w.stop || seen[w.stem] {
			continue
		}
		seen[w.stem] = true
		out = append(out, w.stem)
	}
	return out
}

// DocFreq counts document frequencies of Terms over a set of texts. It
// implements Stats, so it can stand in for archive statistics (the eval
// commands count over every unit of their input file).
type DocFreq struct {
	df map[string]int
	n  int
}

// NewDocFreq returns an empty DocFreq.
func NewDocFreq() *DocFreq { return &DocFreq{df: map[string]int{}} }

// Add counts one document.
func (d *DocFreq) Add(text string) {
	d.n++
	for _, t := range Terms(text) {
		d.df[t]++
	}
}

// DF returns the number of documents added that contain term.
func (d *DocFreq) DF(term string) int { return d.df[term] }

// N returns the number of documents added.
func (d *DocFreq) N() int { return d.n }

// stopwords are function words and reporting verbs: they carry no topic.
var stopwords = toSet(`a about above across after afterwards again against all almost alone along already also although always am among amongst an and another any anyhow anyone anything anyway anywhere are aren around as at back be became because become becomes becoming been before beforehand behind being below beside besides between beyond both but by can cannot could couldn did didn do does doesn doing don done down during each either else elsewhere enough etc even ever every everyone everything everywhere except few for former formerly from further had hadn has hasn have haven having he hence her here hereafter hereby herein hers herself him himself his how however i if in indeed instead into is isn it its itself just last latter least less let like ll made make many may me meanwhile might mine more moreover most mostly much must my myself namely neither never nevertheless next no nobody none nor not nothing now nowhere of off often on once one only onto or other others otherwise our ours ourselves out over own per perhaps please quite rather re really s same seem seemed seeming seems several she should shouldn since so some somehow someone something sometime sometimes somewhere still such than that the their theirs them themselves then thence there thereafter thereby therefore therein these they this those though through throughout thru thus to together too toward towards under until up upon us very via was wasn we well were weren what whatever when whence whenever where whereas whereby wherein whether which while whither who whoever whole whom whose why will with within without won would wouldn yet you your yours yourself yourselves ve t d m o y mr mrs ms miss dr sir
said say says saying told tell tells added adding says according claimed claims claim stated states explained explains asked asks insisted insists noted notes warned warns revealed reveals suggested suggests believes believed thinks think thought went go goes going get gets got come comes came take takes took want wants wanted know knows knew see sees saw seen look looks looked put puts give gives gave given use used uses using found find finds felt feel feels keep kept also around yesterday today tomorrow week weeks monday tuesday wednesday thursday friday saturday sunday month months year years day days time times ago`)

// genericLabelWords are too general to name a matter; labels avoid them
// (in addition to stopwords).
var genericLabelWords = toSet(`government people thing things way ways lot number part new old good bad big small high low first second third last latest former many much per cent percent pc million billion bn m news report reports statement spokesman spokeswoman spokesperson official officials source sources comment comments interview story stories issue issues matter matters case cases plan plans move moves decision decisions deal group company companies firm firms business market markets share shares price prices point points level levels rise rises fall falls end start week weeks month months year years day days time times today yesterday people's man woman men women world country countries uk us britain british national public local chief head director executive boss leader minister ministers mp mps member members team club player players fans pictured picture photo video image
rose rise rising risen fell fall falling fallen soared soar soaring climbed climb dipped dip jumped jump slumped slump gained gain lost lose edged edge surged surge closed close closing opened open trading traded slid slide tumbled tumble plunged plunge rallied rally added increase increased decrease decreased cut cuts higher lower up down
january february march april may june july august september october november december
previous long short worth three four five six seven eight nine ten include includes including included original recent recently early later late next past current full whole total top best worst major key likely possible set expected back`)

func toSet(s string) map[string]struct{} {
	m := map[string]struct{}{}
	for _, f := range strings.Fields(s) {
		m[f] = struct{}{}
	}
	return m
}
