package thread

import "strings"

// A body with a long name is written out once and then, in the report
// and in any headline over it, by its initials: "Transport for London"
// is "TfL", "the Office for National Statistics (ONS)" the "ONS", "New
// South Wales" "NSW". The label's name can be a piece of such a name
// ("London", "Statistics", "South Wales": its other words are generic or
// lower case, and the name rules cut there), which names another thing
// or nothing. The acronym rule labels the body by its initials when the
// thread uses them: a word in capitals (a lower-case letter may stand
// for a function word: "TfL") whose letters are the initials of a run
// of the thread's capitalised words (and the function words it lets
// in: "for", "of", "and") that holds the label's name.

// acronymJoins are the lower-case words a long name holds between its
// capitalised words; their initials may be left out of the acronym
// ("ONS") or kept in lower case ("TfL").
var acronymJoins = toSet(`of for and the on in de`)

// Acronym rule constants.
const (
	acronymMin = 2 // the fewest letters of an acronym
	acronymMax = 6 // the most
)

// acronymName returns c, the label's name, or the thread's acronym of a
// longer name that holds the first use of c's words (the acronym rule);
// ws are the thread's words.
func acronymName(c *cand, ws []word) *cand {
	n := len(c.words)
	if n == 1 && c.words[0].caps {
		return c // an acronym already
	}
	u := 0 // the name's first use: the run must hold it
	for u+n <= len(ws) && !sameStems(ws[u:u+n], c.words) {
		u++
	}
	if u+n > len(ws) {
		return c
	}
	for k, w := range ws {
		if !isAcronym(w) {
			continue
		}
		for p := max(0, u-2*acronymMax); p <= u; p++ {
			// the name is a piece of the run, or the run is given
			// its initials right after it ("(ONS)"): "CT" may be a
			// scan, not "Caldwell Therapeutics"
			if e := initialsRun(ws, p, w.surface); e >= u+n && (e-p > n || e == k) {
				s := *c
				s.words = ws[k : k+1]
				s.firstName, s.names, s.lowers = true, max(s.names, 1), 0
				return &s
			}
		}
	}
	return c
}

// isAcronym reports whether w is a word of letters whose capitals are
// at least two and all but lower-case letters that stand between them
// ("ONS", "TfL", not "Tf" or "Ltd").
func isAcronym(w word) bool {
	s := w.surface
	if len(s) < acronymMin || len(s) > acronymMax || !w.upper {
		return false
	}
	capitals := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case 'A' <= c && c <= 'Z':
			capitals++
		case 'a' <= c && c <= 'z':
			if i == len(s)-1 {
				return false // "Ltd", "Mr"
			}
		default:
			return false
		}
	}
	return capitals >= 2 && capitals*2 > len(s)
}

// initialsRun returns the end of the run of joined words of ws that
// opens at p and whose initials spell acr, or -1: each capital of acr is
// the initial of a capitalised word, a lower-case letter that of a
// function word of acronymJoins, which may also go without a letter.
func initialsRun(ws []word, p int, acr string) int {
	if !ws[p].upper || ws[p].caps || !sameInitial(ws[p].surface, acr[0]) {
		return -1
	}
	j := 0
	for i := p; i < len(ws); i++ {
		w := ws[i]
		if j == len(acr) {
			if w.joined && w.upper {
				return -1 // the name runs on past the initials
			}
			return i
		}
		if i > p && !w.joined {
			return -1
		}
		switch {
		case w.upper && !w.caps:
			if !sameInitial(w.surface, acr[j]) || 'a' <= acr[j] && acr[j] <= 'z' {
				return -1
			}
			j++
		case isJoinWord(w):
			if acr[j] == w.surface[0] {
				j++
			}
		default:
			return -1
		}
	}
	if j == len(acr) {
		return len(ws)
	}
	return -1
}

// sameInitial reports whether s opens with the letter c in either case.
func sameInitial(s string, c byte) bool {
	if s == "" {
		return false
	}
	a := s[0] | 0x20
	return a == c|0x20 && 'a' <= a && a <= 'z'
}

// isJoinWord reports whether w is a lower-case function word that a
// long name holds ("Office for National Statistics").
func isJoinWord(w word) bool {
	if w.upper {
		return false
	}
	_, ok := acronymJoins[strings.ToLower(w.surface)]
	return ok
}
