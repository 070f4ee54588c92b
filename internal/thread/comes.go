package thread

import (
	"bytes"
	"strings"
)

// "It comes as…" is only the commonest of a family of openers with which
// a news piece turns to another matter and ties it to the one before:
// "It comes after…", "The findings come after…", "The scenes come just
// months after…". A short subject (a pronoun, or "the" and one noun),
// a form of "come", at most two words of time ("just", "weeks", "a
// day") and then "as", "after" or "amid" make the cue. The fixed forms in
// cuePrefixes stay for the cues of other shapes.

// Unlike the fixed cues, this family is trusted only in a story that its
// cues, the family's among them, already show to be a round-up: single
// articles use "The news came as…" for what happened at the same time
// in the one story.

// weakCues marks as shifts the units that open with a "comes as/after"
// cue (comesCue), when with them the story has minCues cues or more
// that turn to a new matter (opensNewMatter) after its first unit.
func weakCues(units []string, shifts []bool, minCues int) {
	var weak []int
	cues := 0
	for u := 1; u < len(units); u++ {
		switch {
		case shifts[u]:
			if opensNewMatter(units[u]) {
				cues++
			}
		case opensComes(units[u]):
			weak = append(weak, u)
			cues++
		}
	}
	if len(weak) == 0 || cues < max(minCues, 1) {
		return
	}
	for _, u := range weak {
		shifts[u] = true
	}
}

// opensComes reports whether u opens with a "comes as/after" cue.
func opensComes(u string) bool {
	u = trimToLetter(u)
	// most units open with another word: tell them by it first
	first := u
	if i := strings.IndexByte(u, ' '); i >= 0 {
		first = u[:i]
	}
	if len(first) < 2 || len(first) > 5 || (first[0]|0x20 != 't' && first[0]|0x20 != 'i') {
		return false
	}
	var buf [64]byte
	return comesCue(appendLower(buf[:0], leadingFields(u, 6)))
}

// comesOff turns the cue off, for cross-validation (TestRoundupCV).
var comesOff = false

// comesSubjects may stand alone before "comes".
var comesSubjects = toSet(`it this that`)

// comesDeterminers open a two-word subject ("the findings", "these
// figures").
var comesDeterminers = toSet(`the these those`)

// comesVerbs are the forms of "come" the cue takes.
var comesVerbs = toSet(`come comes came`)

// comesTime may stand between the verb and its link word.
var comesTime = toSet(`just only a an one two three few several days weeks months hours years day week month year shortly soon`)

// comesLinks end the cue.
var comesLinks = toSet(`as after amid`)

// comesCue reports whether low, a unit's lower-cased opening from its
// first letter, opens with a "comes as/after" cue. It looks at up to
// seven words, without allocating.
func comesCue(low []byte) bool {
	if comesOff {
		return false
	}
	var fields [7][]byte
	nf := 0
	for rest := low; nf < len(fields); {
		i := 0
		for i < len(rest) && rest[i] == ' ' {
			i++
		}
		j := i
		for j < len(rest) && rest[j] != ' ' {
			j++
		}
		if i == j {
			break
		}
		fields[nf] = bytes.Trim(rest[i:j], ",;:")
		nf++
		rest = rest[j:]
	}
	fs := fields[:nf]
	v := 1
	switch {
	case len(fs) > 0 && inSet(comesSubjects, fs[0]):
	case len(fs) > 1 && inSet(comesDeterminers, fs[0]):
		v = 2
	default:
		return false
	}
	if len(fs) <= v || !inSet(comesVerbs, fs[v]) {
		return false
	}
	for k := v + 1; k < len(fs) && k <= v+3; k++ {
		switch {
		case inSet(comesLinks, fs[k]):
			return true
		case !inSet(comesTime, fs[k]):
			return false
		}
	}
	return false
}

// inSet reports whether w is in set.
func inSet(set map[string]struct{}, w []byte) bool {
	_, ok := set[string(w)]
	return ok
}
