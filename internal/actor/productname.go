package actor

import (
	"strings"
	"unicode"
)

// Some names are shaped as no person's name ever is: a model's code
// mixing letters and digits ("Casio QV-10", "the Yepp YH-999"), a
// sequel's or a reform's number after a word that is no given name
// ("Doom III", "Hartz IV"; not "Edward III", "Andre Nzame III" nor
// "L. Tomas Reyne III"), a
// song's greeting ("Hey Jude"), a number written in words ("Six
// Nations", "the Tarrow Four", "Twenty-two Velmans"; not "Henk Ten Cate",
// whose particle is no number).

// romanNumbers after a name number a sequel, a reform or a monarch; "I",
// "V" and "X" are left out (a pronoun, initials).
var romanNumbers = setOf(`II III IV VI VII VIII IX XI XII XIII XIV XV`)

// songOpeners open a song's title, never a person's name.
var songOpeners = setOf(`Hey`)

// thingShaped reports whether the words of a name, without a title, are
// shaped as a product's or a work's (see above).
func thingShaped(words []string) bool {
	for _, w := range words {
		if mixedCode(w) {
			return true
		}
	}
	if len(words) < 2 {
		return false
	}
	if songOpeners[words[0]] || countedName(words) {
		return true
	}
	if !romanNumbers[words[len(words)-1]] || isHonorific(words[0]) {
		return false
	}
	for _, w := range words[:len(words)-1] {
		if givenName(w) || len(strings.TrimSuffix(w, ".")) == 1 {
			return false // "Andre Nzame III", "L. Tomas Reyne III"
		}
	}
	return true
}

// mixedCode reports whether w holds both a letter and a digit: a model's
// code ("QV-10", "X505").
func mixedCode(w string) bool {
	return strings.ContainsFunc(w, unicode.IsLetter) && strings.ContainsFunc(w, unicode.IsDigit)
}

// spelledCounts are numbers written in words that stand in the names of
// groups, tournaments and works, never in a person's ("One" and "Ten"
// are left out: a title's word and a Dutch particle).
var spelledCounts = setOf(`two three four five six seven eight nine eleven twelve twenty thirty forty
fifty sixty seventy eighty ninety hundred thousand`)

// countedName reports whether a name opening with no given name holds a
// spelledCounts word, alone or before a hyphen ("Twenty-two").
func countedName(words []string) bool {
	if givenName(words[0]) || isHonorific(words[0]) {
		return false
	}
	for _, w := range words {
		head, _, _ := strings.Cut(w, "-")
		if inSetFold(spelledCounts, head) {
			return true
		}
	}
	return false
}
