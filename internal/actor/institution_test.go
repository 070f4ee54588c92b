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

// TestBuildingNamedAfterPerson: a ward, a wing, a chapel, a manor, a
// street or a hospital named after a person, written with what it is
// for ("children's ward") or after a preposition ("at Ada Kell
// hospital"), gives no person; "Wing" ending a name of two words is a
// surname.
func TestBuildingNamedAfterPerson(t *testing.T) {
	tagged := map[string]string{
		"Orla Penhale": "PER", "Edna Tarrant": "PER", "Hilda Morven Wing": "PER", "Wesley Chapel": "PER",
		"Tremaine Manor": "PER", "Cecily Brand": "PER", "Lorna Wing": "PER", "Ivo Dunstan": "PER",
	}
	runNameRules(t, []nameRuleCase{{
		name: "children's ward", text: []string{"Orla Penhale said her son was treated on the Edna Tarrant children's ward last week."}, tagged: tagged,
		want: map[string]string{"Orla Penhale": Person, "Edna Tarrant": Other},
	}, {
		name: "hospital after a preposition", text: []string{"Orla Penhale was called to an emergency at Ivo Dunstan hospital."}, tagged: tagged,
		want: map[string]string{"Orla Penhale": Person, "Ivo Dunstan": Other},
	}, {
		name: "wing", text: []string{"Parking at the new Hilda Morven Wing costs £4 an hour, said Orla Penhale."}, tagged: tagged,
		want: map[string]string{"Orla Penhale": Person, "Hilda Morven Wing": Other},
	}, {
		name: "chapel and manor", text: []string{"Orla Penhale has turned the former Wesley Chapel into a home; she once lived at Tremaine Manor."}, tagged: tagged,
		want: map[string]string{"Orla Penhale": Person, "Wesley Chapel": Other, "Tremaine Manor": Other},
	}, {
		name: "street after the tagged name", text: []string{"Orla Penhale was knocked from her bike on Cecily Brand Way."}, tagged: tagged,
		want: map[string]string{"Orla Penhale": Person, "Cecily Brand": Other},
	}, {
		name: "a surname Wing stays", text: []string{"The psychiatrist Lorna Wing said the study was sound."}, tagged: tagged,
		want: map[string]string{"Lorna Wing": Person},
	}})
}
