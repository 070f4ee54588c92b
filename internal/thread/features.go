package thread

import (
	"math"
	"strings"
	"unicode"
)

// Gap features: evidence about a boundary between unit g-1 and unit g.
const (
	fBias       = iota
	fPrevCos    // cosine of g-1 and g
	fWin2       // cosine of the two units before and the two from g
	fWin3       // same with three
	fBestBack   // best cosine of g with any of the three units before
	fBestFwd    // best cosine of g-1 with any of the three units from g
	fDepth      // TextTiling depth of fWin2 among its neighbours
	fContinue   // g opens with a pronoun, conjunction or quote
	fShift      // g opens with a discourse cue ("Meanwhile", "It comes as")
	fPrevHead   // g-1 is a sub-head
	fHead       // g is a sub-head
	fSharedName // name tokens of g seen in the three units before
	fNewName    // name tokens of g not seen anywhere before
	fSeen       // share of g's content stems seen before in the document
	fLen        // log length of g in words
	numFeatures
)

// continuationWords open a unit that carries on from what came before.
var continuationWords = toSet(`he she it they his her its their this these that those but however and also yet so although though while mr mrs ms miss dr the`)

// gapFeatures computes the features of every gap; row g describes the gap
// before unit g (row 0 is unused).
func gapFeatures(units []string, vs []vec, toks [][]word) [][]float64 {
	n := len(units)
	rows := make([][]float64, n)
	win := func(a, b int) vec { // centroid of units [a, b)
		a, b = max(a, 0), min(b, n)
		idx := make([]int, 0, b-a)
		for k := a; k < b; k++ {
			idx = append(idx, k)
		}
		return centroid(vs, idx)
	}
	w2 := make([]float64, n)
	for g := 1; g < n; g++ {
		w2[g] = dot(win(g-2, g), win(g, g+2))
	}
	seenStem := map[string]bool{}
	seenName := map[string]bool{}
	for _, w := range toks[0] {
		seenStem[w.stem] = true
		if w.name {
			seenName[w.stem] = true
		}
	}
	heads := headings(units)
	for g := 1; g < n; g++ {
		f := make([]float64, numFeatures)
		f[fBias] = 1
		f[fPrevCos] = dot(vs[g-1], vs[g])
		f[fWin2] = w2[g]
		f[fWin3] = dot(win(g-3, g), win(g, g+3))
		for k := max(0, g-3); k < g; k++ {
			f[fBestBack] = math.Max(f[fBestBack], dot(vs[k], vs[g]))
		}
		for k := g; k < min(n, g+3); k++ {
			f[fBestFwd] = math.Max(f[fBestFwd], dot(vs[g-1], vs[k]))
		}
		lp, rp := w2[g], w2[g]
		for k := g - 1; k >= 1 && w2[k] >= lp; k-- {
			lp = w2[k]
		}
		for k := g + 1; k < n && w2[k] >= rp; k++ {
			rp = w2[k]
		}
		f[fDepth] = (lp - w2[g]) + (rp - w2[g])
		f[fContinue] = b2f(opensContinuation(units[g]))
		f[fShift] = b2f(opensShift(units[g]))
		f[fPrevHead] = b2f(heads[g-1])
		f[fHead] = b2f(heads[g])
		near := map[string]bool{}
		for k := max(0, g-3); k < g; k++ {
			for _, w := range toks[k] {
				if w.name {
					near[w.stem] = true
				}
			}
		}
		var content, seen, shared, fresh int
		done := map[string]bool{}
		for _, w := range toks[g] {
			if w.stop || done[w.stem] {
				continue
			}
			done[w.stem] = true
			content++
			if seenStem[w.stem] {
				seen++
			}
			if w.name {
				if near[w.stem] {
					shared++
				} else if !seenName[w.stem] {
					fresh++
				}
			}
		}
		f[fSharedName] = math.Min(float64(shared), 3)
		f[fNewName] = math.Min(float64(fresh), 3)
		if content > 0 {
			f[fSeen] = float64(seen) / float64(content)
		}
		f[fLen] = math.Log(1 + float64(len(toks[g])))
		for _, w := range toks[g] {
			seenStem[w.stem] = true
			if w.name {
				seenName[w.stem] = true
			}
		}
		rows[g] = f
	}
	return rows
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// opensContinuation reports whether u begins like a continuation of the
// previous paragraph: a pronoun, a conjunction or a quotation.
func opensContinuation(u string) bool {
	u = strings.TrimSpace(u)
	if u == "" {
		return false
	}
	switch []rune(u)[0] {
	case '\'', '"', '‘', '“', '`':
		return true
	}
	words := strings.FieldsFunc(u, func(r rune) bool { return !unicode.IsLetter(r) })
	if len(words) == 0 {
		return false
	}
	_, ok := continuationWords[strings.ToLower(words[0])]
	return ok
}

// opensShift reports whether u begins with a cue that turns to another
// matter.
func opensShift(u string) bool {
	t := strings.TrimLeftFunc(u, func(r rune) bool { return !unicode.IsLetter(r) })
	low := strings.ToLower(t)
	for _, c := range cuePrefixes {
		if strings.HasPrefix(low, c) && (len(low) == len(c) || !isLetterAt(low, len(c))) {
			if c == "back in" {
				// "Back in January", "back in 2019" look back in time
				next := strings.Fields(low[len(c):])
				if len(next) > 0 && (isMonth(next[0]) || unicode.IsDigit([]rune(next[0])[0])) {
					return false
				}
			}
			return true
		}
	}
	return false
}

// returnPrefixes open a paragraph that goes back to a matter left earlier.
var returnPrefixes = []string{"back to", "returning to", "to return to", "coming back to"}

// opensReturn reports whether u goes back to an earlier matter ("Back to
// the convention row: …").
func opensReturn(u string) bool {
	low := strings.ToLower(strings.TrimLeftFunc(u, func(r rune) bool { return !unicode.IsLetter(r) }))
	for _, c := range returnPrefixes {
		if strings.HasPrefix(low, c) && (len(low) == len(c) || !isLetterAt(low, len(c))) {
			return true
		}
	}
	return false
}

func isMonth(w string) bool {
	switch strings.Trim(w, ",.") {
	case "january", "february", "march", "april", "may", "june", "july",
		"august", "september", "october", "november", "december":
		return true
	}
	return false
}

// bodyNouns name, after "the", the company or body a story has already
// introduced.
var bodyNouns = toSet(`company firm group bank retailer chain lender insurer airline business spokesman spokeswoman spokesperson council department ministry club`)

// continuesQuote reports whether u opens with a quotation mark, or with a
// pronoun or "the company" (firm, group…) followed by a reporting verb
// ("He added:", "It said", "The firm said"): either way it reports what
// someone already introduced said, so it belongs to the matter before it.
func continuesQuote(u string) bool {
	u = strings.TrimSpace(u)
	if u == "" {
		return false
	}
	switch []rune(u)[0] {
	case '\'', '"', '‘', '“':
		return true
	}
	words := strings.Fields(strings.ToLower(u))
	if len(words) < 2 {
		return false
	}
	verb := words[1]
	switch words[0] {
	case "he", "she", "they", "it":
	case "the":
		// "The company said", "The firm added"
		if _, ok := bodyNouns[words[1]]; !ok || len(words) < 3 {
			return false
		}
		verb = words[2]
	default:
		return false
	}
	switch strings.TrimRight(verb, ":,") {
	case "said", "added", "says", "adds", "told", "tells", "continued", "explained", "insisted", "warned":
		return true
	}
	return false
}
