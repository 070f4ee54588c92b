package actor

import "testing"

// TestSignOffPlaces checks that the town and county signing a reader's
// letter after the writer's name, and a town "from" which a person comes
// in apposition, are places, while people listed in a paragraph of
// names stay people.
func TestSignOffPlaces(t *testing.T) {
	fakeLexicon(t)
	tagged := map[string]string{"Ada Kell": "PER", "Ivo Marsh": "PER", "Corran": "PER", "Velmoshire": "PER", "Tarrow Heath": "PER", "Robin Hood": "PER"}
	runKindRows(t, tagged, [][4]string{
		{"a letter's sign-off", "Ada Kell, Corran, Velmoshire", "Corran", Place},
		{"the county of a sign-off", "Ada Kell, Corran, Velmoshire", "Velmoshire", Place},
		{"a sign-off after a question", "The builder has vanished. He does not answer his phone. Ada Kell, Corran", "Corran", Place},
		{"from a town in apposition", "Ada Kell, from Tarrow Heath, was jailed for six years.", "Tarrow Heath", Place},
		{"from a town after an age", "Ada Kell, 34, from Tarrow Heath, was jailed.", "Tarrow Heath", Place},
		{"a paragraph of two people", "Ada Kell, Ivo Marsh", "Ivo Marsh", Person},
		{"a person after a verb", "Ada Kell met Corran, who said nothing.", "Corran", Person},
		{"a town after a signer in capitals", "ADA KELL, Corran", "Corran", Place},
		{"a town with a possessive", "DANA MARSH, Robin Hood's Bay", "Robin Hood", Place},
		{"a town after a titled signer", "Cllr IVO ASPINALL-KELL, Tarrow Heath", "Tarrow Heath", Place},
	})
}

// TestCapsSigner: a letter's signer printed in capitals is a person
// whatever the tagger read, when the paragraph is only the sign-off; a
// name in capitals before a sentence is left to the tagger.
func TestCapsSigner(t *testing.T) {
	fakeLexicon(t)
	tagged := map[string]string{"ADA KELL": "LOC", "Corran": "PER", "JO NG-MARSH": "MISC", "Tarrow": "PER", "DANA MARSH": "LOC"}
	runKindRows(t, tagged, [][4]string{
		{"a signer read as a place", "ADA KELL, Corran", "Ada Kell", Person},
		{"a signer read as other", "JO NG-MARSH, Tarrow", "JO NG-MARSH", Person},
		{"not a sign-off", "DANA MARSH, Corran said the bus would stop.", "DANA MARSH", Place},
	})
}

// TestAgeOfPlace: after a person's name and an age, "of" says where the
// person lives; without the age it may name the speaker's firm. A
// parade or a farm ends a place's name, a given name first or not.
func TestAgeOfPlace(t *testing.T) {
	runKindRows(t, map[string]string{"Tarrow Heath": "PER", "Ada Kell": "PER", "Velma Parade": "PER", "Ossory Farm": "PER"}, [][4]string{
		{"an age then of", "Retired teacher Ada Kell, 64, of Tarrow Heath, won the raffle.", "Tarrow Heath", Place},
		{"a parade", "The bus now stops on Velma Parade every ten minutes.", "Velma Parade", Place},
		{"a farm", "Ossory Farm has opened a maze for the summer.", "Ossory Farm", Place},
	})
}
