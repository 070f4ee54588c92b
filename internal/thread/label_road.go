package thread

// A road is named by its number. Traffic and crash items open on one
// ("The A66 was closed near Brough after a lorry overturned", "Drivers
// on the M62 face overnight closures") and a sub-editor keeps it: "A66
// lorry overturned", "A59 resurfacing closure", "M62 lorry blow-over".
// A word holding a figure can make no label phrase ("2p", "55p", "2021"),
// so the number was lost and a village on the road took its place. The
// road rule lets a British road number be a label word like a name:
// the candidate is scored as any other, so a road the lead names only in
// passing does not come in.

// roadNumber reports whether s is a British road's number: A, B or M
// and a figure of one to four digits not opening with 0 ("A66", "M62",
// "B3212").
func roadNumber(s string) bool {
	if len(s) < 2 || len(s) > 5 || s[0] != 'A' && s[0] != 'B' && s[0] != 'M' || s[1] == '0' {
		return false
	}
	for i := 1; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}
