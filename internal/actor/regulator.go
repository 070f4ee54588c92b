package actor

// regulatorCoinage reports whether name is one word coined, as British
// regulators are, from "Office of" and the field they watch: "Of", a
// consonant other than "f" and lower-case letters ("Ofcom", "Ofwat",
// "Ofsted", "Ofgem"). No one is called so: surnames opening "Of" go on
// with a vowel ("Ofili", "Ofori") and place names with "f" ("Offaly").
func regulatorCoinage(name []string) bool {
	if len(name) != 1 {
		return false
	}
	w := name[0]
	if len(w) < 5 || w[0] != 'O' || w[1] != 'f' {
		return false
	}
	for i := 2; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	switch w[2] {
	case 'a', 'e', 'i', 'o', 'u', 'y', 'f':
		return false
	}
	return true
}
