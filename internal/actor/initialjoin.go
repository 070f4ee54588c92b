package actor

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// joinInitialled merges a name written as initials and a surname ("H
// Luscombe", "J. Arkwright", "J. K. Marsh") into the one person of the
// story named in full whose surname it shares and whose given names the
// initials open, in order ("Harriet Luscombe", "John Arkwright", "Jane
// Kathleen Marsh"). No merge is made when two such people fit ("J
// Smith" beside John and Jane Smith) or when the full name has fewer
// given names than the initials. Initials run together without full
// stops ("DS Fenwick", "AB Cotter") are ranks as often as initials and
// are left alone. kept holds the story's full names, one cluster each;
// the merged clusters are left out of the result.
func (st *story) joinInitialled(kept []*cluster, assigned map[*mention]*cluster) []*cluster {
	out := kept[:0:0]
	for i, c := range kept {
		short := longest(c).name
		letters, surname := initialsBefore(short)
		if letters == "" {
			out = append(out, c)
			continue
		}
		target := onlyFit(kept, i, func(d *cluster) bool {
			return initialsOpen(letters, surname, longest(d).name)
		})
		if target == nil {
			out = append(out, c)
			continue
		}
		st.joinInto(target, c, short, assigned)
	}
	return out
}

// initialsBefore returns the upper-case letters of a name written as one
// or more initials and a one-word surname ("H Luscombe", "J. K. Marsh",
// "J.K. Marsh": "H", "JK", "JK"), maybe a surname opened by particles
// ("R de Vere", "D dal Monte"), and the surname's words; or "" for any
// other name.
func initialsBefore(name []string) (string, []string) {
	if len(name) < 2 || !nameLike(name[len(name)-1]) || isAllCaps(name[len(name)-1]) {
		return "", nil
	}
	end := len(name) - 1
	for end > 1 && particles[strings.ToLower(name[end-1])] && initialLetters(name[end-1]) == "" {
		end-- // "R de Vere": the surname is "de Vere"
	}
	var b strings.Builder
	for _, w := range name[:end] {
		l := initialLetters(w)
		if l == "" {
			return "", nil
		}
		b.WriteString(l)
	}
	return b.String(), name[end:]
}

// initialLetters returns the letters of w when w is one capital letter,
// maybe with a full stop ("H", "H."), or capitals each followed by a
// full stop ("J.K.", "J.K"), else "".
func initialLetters(w string) string {
	var b strings.Builder
	for w != "" {
		r, size := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return ""
		}
		b.WriteRune(r)
		w = w[size:]
		if w == "" {
			break
		}
		if w[0] != '.' {
			return ""
		}
		w = w[1:]
	}
	return b.String()
}

// initialsOpen reports whether full, a full name, ends in surname and
// has a given name for each of the initials letters, each opening with
// its letter in order: "JK" and "Marsh" open "Jane Kathleen Marsh", "J"
// opens "John F Kennedy", "R" and "de Vere" open "Rosa De Vere". The
// given names must be written out, not initials themselves.
func initialsOpen(letters string, surname []string, full []string) bool {
	if len(full) < len(surname)+1 {
		return false
	}
	for i, w := range surname {
		if !strings.EqualFold(full[len(full)-len(surname)+i], w) {
			return false
		}
	}
	given := full[:len(full)-len(surname)]
	if utf8.RuneCountInString(letters) > len(given) || initialLetters(given[0]) != "" {
		return false
	}
	k := 0
	for _, r := range letters {
		g, _ := utf8.DecodeRuneInString(given[k])
		if g != r {
			return false
		}
		k++
	}
	return true
}
