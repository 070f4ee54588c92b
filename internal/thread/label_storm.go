package thread

// A named storm is written with its kind in front ("Storm Orla",
// "Hurricane Katrina", "Typhoon Haiyan"), and a headline keeps the kind:
// "Orla" alone names a person as well as a storm. At the start of a
// sentence the kind reads as an opener run into a name, which the name
// rules leave out when the story also writes it in lower case ("the
// storm"); the storm-name rule keeps it in a two-word name.

// stormKinds are the kinds of weather system that take a name.
var stormKinds = toSet(`storm hurricane typhoon cyclone`)

// stormName reports whether ws is a storm's kind and its one-word name
// ("Storm Orla").
func stormName(ws []word) bool {
	if len(ws) != 2 || !ws[0].upper || ws[1].caps {
		return false
	}
	var buf [32]byte
	_, ok := stormKinds[string(appendLower(buf[:0], ws[0].surface))]
	return ok
}
