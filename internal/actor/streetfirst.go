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

// waterOpeners open the names of seas, gulfs, straits, capes and islands
// written with "of": "Gulf of Tarrow", "Strait of Velmo", "Isle of Corran".
var waterOpeners = setOf(`gulf bay strait straits sea cape isle isles firth`)

// featureOf reports whether name is a geographic feature "of" a place
// ("Gulf of Tarrow", "Isle of Corran"), which a tagger may read as a
// miscellaneous name; not when it ends in a body's word ("Isle of Corran
// Council").
func featureOf(name []string) bool {
	return len(name) > 2 && name[1] == "of" && inSetFold(waterOpeners, name[0]) && headBits(name[len(name)-1])&orgHead == 0
}
