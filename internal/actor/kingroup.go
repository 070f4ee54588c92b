package actor

import "strings"

// groupKin are plural kinship nouns that end the names of bands and
// firms, never a person's: "the Pointer Sisters", "Warner Brothers",
// "Mumford and Sons".
var groupKin = setOf(`sisters brothers sons daughters cousins twins`)

// groupName reports whether a name of two words or more ends in a plural
// kinship noun, and so names a group ("Scissor Sisters"), whatever the
// "who" after it or the people listed beside it say: those speak of its
// members.
func groupName(name []string) bool {
	return len(name) > 1 && groupKin[strings.ToLower(name[len(name)-1])]
}
