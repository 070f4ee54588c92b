package actor

import "strings"

// A generational suffix after a name ("Ada Joseph Kell Jr", "Ivo Marsh
// Sr.", "Tomas Reyne III") is written only after a person's name: the
// name is a person's whatever the tagger read, and the person's surname
// is the word before the suffix ("Kell said" is Ada Joseph Kell Jr).

// generational reports whether w is a generational suffix: "Jr", "Sr"
// (with or without a full stop) or a Roman numeral from II to IV.
func generational(w string) bool {
	switch strings.TrimSuffix(w, ".") {
	case "Jr", "Sr", "JR", "SR", "II", "III", "IV":
		return true
	}
	return false
}

// suffixedName reports whether name is a person's name followed by a
// generational suffix: two name words or more before it, none a head
// noun of a body, a place, an event or a document, and a given name or
// an initial before the surname, so that a king's "Henry IV", a body's
// "Apollo II" or "World War II" is not one.
func suffixedName(name []string) bool {
	n := len(name)
	if n < 3 || !generational(name[n-1]) || !allNameLike(name[:n-1]) {
		return false
	}
	for _, w := range name[:n-1] {
		if headBits(w)&(orgHead|placeHead|eventHead|documentHead) != 0 {
			return false
		}
	}
	for _, w := range name[:n-2] {
		if givenName(w) || len(strings.TrimSuffix(w, ".")) == 1 {
			return true // "Ada Joseph Kell Jr", "L. Ivo Marsh III"; not "World War II"
		}
	}
	return false
}

// surnameOf returns the surname of a person's full name: its last word,
// or the word before a generational suffix.
func surnameOf(name []string) string {
	if suffixedName(name) {
		return name[len(name)-2]
	}
	return name[len(name)-1]
}
