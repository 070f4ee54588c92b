package actor

import "testing"

// TestInstitutionNamedAfterPerson: a school, a church or a street named
// with a possessive after a person, a saint's church, and a pub or hotel
// written "the Admiral X", give no person (a thing, whatever the tagger read); the people beside them stay.
func TestInstitutionNamedAfterPerson(t *testing.T) {
	tagged := map[string]string{
		"Orla Penhale": "PER", "King Aldred": "PER", "Bishop Tamsworth": "PER", "St Brannoc": "PER",
		"Hedley Marsh": "PER", "Admiral Quenby": "PER", "Wynn Carrow": "PER", "Mrs Pellow": "PER", "Kirkby": "LOC",
		"Admiral Ross": "PER",
	}
	runNameRules(t, []nameRuleCase{{
		name: "academy", text: []string{"Orla Penhale, a pupil at King Aldred's Academy in Kirkby, has won a prize."}, tagged: tagged,
		want: map[string]string{"Orla Penhale": Person, "Aldred": Other}, absent: []string{"King Aldred"},
	}, {
		name: "grammar school", text: []string{"Orla Penhale will teach at her old school, Bishop Tamsworth's Grammar in Kirkby."}, tagged: tagged,
		want: map[string]string{"Orla Penhale": Person, "Tamsworth": Other},
	}, {
		name: "tearoom", text: []string{"Mrs Pellow's Tearoom will close on Friday, said Orla Penhale."}, tagged: tagged,
		want: map[string]string{"Orla Penhale": Person, "Pellow": Other},
	}, {
		name: "saint's church", text: []string{"The funeral of Orla Penhale will be held at St Brannoc's on Monday."}, tagged: tagged,
		want: map[string]string{"Orla Penhale": Person}, absent: []string{"St Brannoc", "Brannoc"},
	}, {
		name: "pub after an admiral", text: []string{"Hedley Marsh has sold the Admiral Quenby in Kirkby to Wynn Carrow.", "The Admiral Quenby has been a pub since 1790."}, tagged: tagged,
		want: map[string]string{"Hedley Marsh": Person, "Wynn Carrow": Person, "Quenby": Other},
	}, {
		name: "hotel after an admiral", text: []string{"The group will open the 300-room Admiral Quenby in Kirkby next year, said Wynn Carrow."}, tagged: tagged,
		want: map[string]string{"Wynn Carrow": Person, "Quenby": Other},
	}, {
		name: "a serving admiral stays", text: []string{"Admiral Ross said the fleet was ready."}, tagged: tagged,
		want: map[string]string{"Ross": Person},
	}})
}
