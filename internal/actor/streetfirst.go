package actor

// Streets in French, Italian and Spanish cities put the street noun
// first ("Avenue Corran", "Rue de Velmo", "Piazza Tarrow"), and a tagger
// reads the name after it as a person's. A name of two words or more
// opening with such a noun is a place.

// streetOpeners open the names of streets and squares.
var streetOpeners = setOf(`avenue rue boulevard avenida piazza calle plaza`)

// streetFirst reports whether name opens with a street noun and goes on
// with a name ("Avenue Corran", "Rue de Velmo"; not "Boulevard of Broken
// Dreams", an English title).
func streetFirst(name []string) bool {
	return len(name) > 1 && inSetFold(streetOpeners, name[0]) && name[1] != "of" && headBits(name[len(name)-1])&orgHead == 0
}
