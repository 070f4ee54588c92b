package thread

import "strings"

// moveWords report a share-price move in a market report, in the past
// tense or as a participle after the name ("Lanthorn led the index,
// soaring 14 per cent").
var moveWords = toSet(`rose rises rising fell falls falling up down jumped surged soared climbed slipped dropped shed gained advanced tumbled lost slumped dipped edged rallied added gushed shot leapt sank plunged slid higher lower jumping surging soaring climbing slipping dropping shedding gaining advancing tumbling losing slumping dipping edging rallying adding sliding sinking plunging`)

// hasPriceMove reports whether s gives a share-price move as market
// reports write it: a move word followed within a few words by a
// percentage or a price in pence ("rose 4.1 per cent", "down 6.1 per
// cent, or 3.23p", "shed 9% to 11p").
func hasPriceMove(s string) bool {
	if !strings.ContainsAny(s, "0123456789") {
		return false
	}
	var fields [48]string // a first sentence rarely has more words
	fs := fields[:0]
	for f := range strings.FieldsSeq(s) {
		fs = append(fs, f)
	}
	// a share price or index level: quoted in pence or points, or the
	// shares or index named
	priced := false
	var buf [32]byte
	for i, f := range fs {
		l := appendLower(buf[:0], strings.Trim(f, "(),;.:"))
		if w := string(l); w == "shares" || w == "stock" || w == "points" || w == "index" || isPence(w) || isDollarPrice(w, fs[i+1:]) {
			priced = true
			break
		}
	}
	if !priced {
		return false
	}
	for i, f := range fs {
		if _, ok := moveWords[string(appendLower(buf[:0], strings.Trim(f, "(),;–-")))]; !ok {
			continue
		}
		for j := i + 1; j < len(fs) && j <= i+8; j++ {
			if isMoveFigure(fs[j], fs[j+1:]) {
				return true
			}
		}
	}
	return false
}

// isPence reports whether f is a price in pence ("262p", "3.79p").
func isPence(f string) bool {
	if len(f) < 2 || f[len(f)-1] != 'p' {
		return false
	}
	for _, c := range f[:len(f)-1] {
		if (c < '0' || c > '9') && c != '.' {
			return false
		}
	}
	return f[0] != '.'
}

// isMoveFigure reports whether f (followed by rest) is a percentage or a
// price in pence: "4.1", "per", "cent"; "9%"; "3.23p,"; "12pc".
func isMoveFigure(f string, rest []string) bool {
	f = strings.TrimRight(f, ",.;)")
	i := 0
	for i < len(f) && (f[i] >= '0' && f[i] <= '9' || f[i] == '.') {
		i++
	}
	if i == 0 || f[0] == '.' {
		return false
	}
	switch f[i:] {
	case "%", "p", "pc":
		return true
	case "":
		return len(rest) >= 2 && strings.EqualFold(rest[0], "per") && strings.HasPrefix(strings.ToLower(rest[1]), "cent")
	}
	return false
}

// firstSentence returns text up to its first full stop followed by a
// space (or all of it).
func firstSentence(s string) string {
	if i := strings.Index(s, ". "); i >= 0 {
		return s[:i+1]
	}
	return s
}

// companyItems marks the units that open a company's item in a market
// report: the first sentence names something not named before in the
// story and gives its share-price move.
func companyItems(units []string, words [][]word) []bool {
	out := make([]bool, len(units))
	seen := make([]bool, vocabSize(words)) // name stems of the units before
	for i, u := range units {
		first := firstSentence(u)
		if hasPriceMove(first) {
			// the first sentence's words open the unit's words: the
			// tokenizer decides each word from the text before it
			tk := tokenizer{text: first}
			var w word
			k := 0
			for tk.next(&w) {
				k++
			}
			for _, w := range words[i][:k] {
				if w.name && !seen[w.id] && !isMonth(strings.ToLower(w.surface)) {
					out[i] = true
					break
				}
			}
		}
		for _, w := range words[i] {
			if w.name {
				seen[w.id] = true
			}
		}
	}
	return out
}

// isDollarPrice reports whether f (followed by rest) is a share price in
// dollars or euros ("$3.26", "€41.15"), as market reports outside
// Britain quote them, and not a sum ("$40m", "$40 million").
func isDollarPrice(f string, rest []string) bool {
	for _, sym := range [...]string{"$", "€"} {
		num, ok := strings.CutPrefix(f, sym)
		if !ok || num == "" || num[0] < '0' || num[0] > '9' || strings.Trim(num, "0123456789.,") != "" {
			continue
		}
		if len(rest) > 0 {
			switch strings.ToLower(strings.Trim(rest[0], ",.;:)")) {
			case "million", "billion", "trillion", "bn", "m":
				return false
			}
		}
		return true
	}
	return false
}

// openingAside reports whether members, a cluster of a market report (a
// story with company items), is its opening paragraph alone, and the
// cluster it is weighed against does not touch it (link below zero). The
// fragment pull is then not given: the opening sets out the day's market
// as a whole, and every company item shares its market words ("shares",
// "per cent", the index), so the item it is most like is a chance, and
// it belongs with what follows it unless its words alone say otherwise.
func openingAside(items []bool, members []int, link float64, o Options) bool {
	return items != nil && !o.MarketOpeningOff && len(members) == 1 && members[0] == 0 && link < 0
}
