package thread

import "testing"

func TestDescribesSubject(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"A lollipop man who stopped traffic for a family of ducks has been given a bravery award.", true},
		{"An art teacher from Penzance has won the village's annual scarecrow contest.", true},
		{"Four brothers who ran a fake car-wash firm have been jailed.", true},
		{"A 71-year-old woman has been rescued from a cliff path.", true},
		// a name, a definite subject or a cue is no description
		{"Adeline Worrow has been made a dame.", false},
		{"The council has approved the plans.", false},
		{"A Treloar spokesman said the shop would reopen.", false},
		{"Meanwhile, a bus driver has been praised.", false},
		{"Three", false},
	} {
		if got := describesSubject(c.s); got != c.want {
			t.Errorf("describesSubject(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

func TestNamesSubject(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"Norbert Quill, 64, had waved a lollipop at rush-hour traffic for 20 years.", true},
		{"Odo Farris, 31, Len Mabey, 27, and Kit Harl, 40, were each jailed for four years.", true},
		{"Pip, a three-year-old terrier, had slipped her lead on the beach.", true},
		{"Wendeline Orr, who has taught at the school since 1998, said she was 'gobsmacked'.", true},
		{"Mrs Ivy Tamsett, aged 88, was found by a dog walker.", true},
		// a cue, a turn or an opener before a comma is no name
		{"Meanwhile, a second man has been arrested.", false},
		{"Separately, an inquiry has opened.", false},
		{"However, a spokesman said the site would stay shut.", false},
		{"Yesterday, a jury found him guilty.", false},
		// a name without an age or an apposition
		{"Norbert Quill said he was proud.", false},
		{"Norbert Quill, of Hayle, said he was proud.", false},
		{"The family of the boy, who is nine, thanked the crew.", false},
	} {
		if got := namesSubject(c.s); got != c.want {
			t.Errorf("namesSubject(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

func TestNamesLeadSubject(t *testing.T) {
	for _, c := range []struct {
		units []string
		want  bool
	}{
		{[]string{"A lollipop man who stopped traffic for ducks has been given an award.", "Norbert Quill, 64, had done the job for 20 years."}, true},
		// the lead named its subject already: a name after it may open a new matter
		{[]string{"Lollipop man Norbert Quill has been given an award.", "Odo Farris, 31, was jailed for four years yesterday."}, false},
		{[]string{"A lollipop man who stopped traffic for ducks has been given an award.", "He had done the job for 20 years."}, false},
	} {
		if got := namesLeadSubject(c.units, 1); got != c.want {
			t.Errorf("namesLeadSubject(%q) = %v, want %v", c.units, got, c.want)
		}
	}
}

// A short column set out with no marks in which one item names its lead's
// subject in the paragraph after the lead: the name opens no item.
func TestNamesLeadSubjectInColumn(t *testing.T) {
	units := []string{
		"A bakery in Penrith has won a national award for its sourdough loaf.",
		"A lifeboat crew from Wexmouth rescued two kayakers caught by the tide on Sunday.",
		"A conveyancer who took £90,000 from buyers' deposits has been struck off.",
		"Odile Ransome, 47, of Kesterby, was also ordered to pay costs of £12,000.",
		"Volunteers in Callow Green have repainted every bench in the village park.",
	}
	ents := [][]string{{"place:penrith"}, {"place:wexmouth"}, nil, {"person:odile ransome", "place:kesterby"}, {"place:callow green"}}
	got := SegmentUnits(units, Options{Entities: ents})
	if got[3] != got[2] {
		t.Errorf("the name left its lead: %v", got)
	}
	if got[1] == got[0] || got[4] == got[2] {
		t.Errorf("items fused: %v", got)
	}
}
