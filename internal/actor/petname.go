package actor

import (
	"strings"

	"github.com/storyline/storyline/internal/petname"
)

// This file tells whether one given name is a short or pet form of
// another: "Hen" of Henrietta, "Santi" of Santiago, "Clemmie" of
// Clementine, "Decky" of Declan, "Gus" of Augustus, "Tash" of Natasha.

// shortGiven reports whether short, a given name in lower case, is a
// short or pet form of full, another in lower case: the start of it,
// three letters or more shorter ("hen" of "henrietta", not "ann" of
// "anna", another name); the start of it with a pet-name ending, the
// last consonant maybe doubled or a "c" written "ck" ("clemmie" of
// "clementine", "decky" of "declan", "freddie" of "frederick"); or a pet
// name English gives it that is spelt otherwise ("gus" of "augustus",
// "tash" of "natasha", "bex" of "rebecca": petname).
func shortGiven(short, full string) bool {
	if len(short) < 2 || len(short) >= len(full) {
		return petname.Is(short, full)
	}
	if truncates(short, full) {
		return true
	}
	for _, end := range petEndings {
		if core, ok := strings.CutSuffix(short, end); ok && len(core) >= 3 && petCoreOpens(core, full) {
			return true
		}
	}
	return petname.Is(short, full)
}

// truncates reports whether short, a given name in lower case, is the
// start of full, three letters or more shorter: "ben" of "benjamin",
// "hen" of "henrietta", not "ann" of "anna", a name of its own.
func truncates(short, full string) bool {
	return len(short) >= 2 && len(full)-len(short) >= 3 && strings.HasPrefix(full, short)
}

// petCoreOpens reports whether core, a pet name without its ending,
// opens full as written or respelt as pet names are: a doubled last
// consonant single ("clemm" of "clementine"), "ck" for "c" ("deck" of
// "declan", "vick" of "victoria").
func petCoreOpens(core, full string) bool {
	if strings.HasPrefix(full, core) {
		return true
	}
	n := len(core)
	switch {
	case strings.HasSuffix(core, "ck"):
		return strings.HasPrefix(full, core[:n-1])
	case n >= 4 && core[n-1] == core[n-2] && !strings.ContainsRune("aeiou", rune(core[n-1])):
		return strings.HasPrefix(full, core[:n-1])
	}
	return false
}

// clergyTitles are the plain titles the Church writes before a given
// name as well as a surname: "Canon Margaret", "Fr Michael".
var clergyTitles = setOf(`Canon Rev Revd Reverend Fr`)

// petGivenOf returns the people of the story named in full whose given
// name is a short or pet form of full, a given name in lower case: a
// knighted person is "Dame Margaret" in the honour's style where the
// story calls her Maggie Fennimore.
func (st *story) petGivenOf(full string) []*cluster {
	var out []*cluster
	for _, c := range st.clusters {
		if n := longest(c).name; len(n) >= 2 && shortGiven(lowerKey(n[0]), full) {
			out = append(out, c)
		}
	}
	return out
}
