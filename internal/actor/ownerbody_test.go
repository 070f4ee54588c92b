package actor

import "testing"

// TestBodyOfPerson: one word in the possessive right before a person's
// full name is the body the person belongs to; a given name there stays
// a person, and so does a possessive before a common noun.
func TestBodyOfPerson(t *testing.T) {
	runNameRules(t, []nameRuleCase{
		taggedCase(map[string]string{"Velbox": "PER", "Peter Moore": "PER"}, "a service's man", "Sales beat every film on its first day, said Velbox's Peter Moore.", "Velbox", Org),
		taggedCase(map[string]string{"Ada": "PER", "Tom Kell": "PER"}, "a given name", "Ada's Tom Kell was there too.", "Ada", Person),
		taggedCase(map[string]string{"Kellaway": "PER"}, "a possessive before a noun", "Kellaway's lawyer said he would appeal.", "Kellaway", Person),
	})
}
