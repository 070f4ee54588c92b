package actor

import "testing"

// TestAnimalIsName checks that an animal noun's complement after "is"
// is a creature and that a person beside it stays a person.
func TestAnimalIsName(t *testing.T) {
	runNameRules(t, []nameRuleCase{
		{name: "pet of the week", text: []string{"Our pet of the week is Lord Whiskers, who is eleven and lives with Margaret Pell in a flat in Hove."},
			want: map[string]string{"Lord Whiskers": Other, "Margaret Pell": Person}},
		{name: "this week's dog", text: []string{"This week's dog is Rufus, a rescue from a farm near Ely, said Dan Okafor."},
			want: map[string]string{"Rufus": Other, "Dan Okafor": Person}},
		{name: "an owner in the possessive", text: []string{"The horse is Ada Kell's, and she has trained it since it was a foal."},
			want: map[string]string{"Ada Kell": Person}},
		{name: "a person after a person noun", text: []string{"Our guest of the week is Samuel Okoro, who has run the village shop for forty years."},
			want: map[string]string{"Samuel Okoro": Person}},
	})
}

// TestWorkIsName checks that a work noun's complement after "is" is the
// work and that a person after a person's noun stays a person.
func TestWorkIsName(t *testing.T) {
	runNameRules(t, []nameRuleCase{
		{name: "panto this Christmas", text: []string{"The village panto this Christmas is Jack Hornby, with Ruth Sellar's daughter as the goose."},
			want: map[string]string{"Jack Hornby": Other, "Ruth Sellar": Person}},
		{name: "the school's play", text: []string{"This year's play was Martha Quill, and every pupil in the top class had a line."},
			want: map[string]string{"Martha Quill": Other}},
		{name: "a director after a person noun", text: []string{"The director this year is Tom Ashby, who staged three shows at the Corn Exchange."},
			want: map[string]string{"Tom Ashby": Person}},
		{name: "a film owned by its maker", text: []string{"The film is Nadia Brennan's third, and she wrote it in a caravan in Wales."},
			want: map[string]string{"Nadia Brennan": Person}},
	})
}
