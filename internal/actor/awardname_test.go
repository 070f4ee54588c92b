package actor

import "testing"

// TestAwardAndDiseaseNames: an award named in the plural or by a name
// that is no given name is a thing, as is one named by a given name that
// a word counts or ranks, or before "for" and a lower-case word; a
// disease named after a doctor, in the possessive, is a thing; the same
// given names and a host's possessive before a noun stay people.
func TestAwardAndDiseaseNames(t *testing.T) {
	runNameRules(t, []nameRuleCase{
		taggedCase(map[string]string{"Grammys": "PER"}, "awards in the plural", "The award adds to the three Grammys they won in February.", "Grammys", Other),
		taggedCase(map[string]string{"Grammys": "PER"}, "win awards for", "The single went on to win Grammys for song of the year.", "Grammys", Other),
		taggedCase(map[string]string{"Bafta": "PER"}, "an award that is no given name", "Ada Kell, who won a Bafta in 1999, said the night was a blur.", "Bafta", Other),
		taggedCase(map[string]string{"Oscar": "PER"}, "a ranked award", "Tom Rell took his second Oscar for best director.", "Oscar", Other),
		taggedCase(map[string]string{"Oscar": "PER"}, "a kinsman of that name", "The statue looked like her uncle Oscar, the librarian said.", "Oscar", Person),
		taggedCase(map[string]string{"Tony": "PER"}, "a given name", "Tony said the club would appeal against the ban.", "Tony", Person),
		taggedCase(map[string]string{"Alzheimer": "PER"}, "a disease with its noun", "The drug is a treatment for Alzheimer's disease, said the firm.", "Alzheimer", Other),
		taggedCase(map[string]string{"Parkinson": "PER"}, "a disease in a list", "It could help victims of Parkinson's, motor neurone disease and strokes.", "Parkinson", Other),
		taggedCase(map[string]string{"Parkinson": "PER"}, "a host's guests", "Parkinson's guests on Saturday include two actors.", "Parkinson", Person),
	})
}

// TestRankedTitles: a name counted or ranked as a thing ("their first
// Triple Velmo", "two Velmo Slam titles") is a thing; a given name after
// an ordinal stays a person.
func TestRankedTitles(t *testing.T) {
	runNameRules(t, []nameRuleCase{
		taggedCase(map[string]string{"Triple Velmo": "PER"}, "an ordinal after a possessive", "They won their first Triple Velmo for 19 years.", "Triple Velmo", Other),
		taggedCase(map[string]string{"Velmo Slam": "PER"}, "a number in words", "He has won two Velmo Slam titles.", "Velmo Slam", Other),
		taggedCase(map[string]string{"Ada Kell": "PER"}, "a given name", "It was the first Ada Kell had heard of it.", "Ada Kell", Person),
	})
}
