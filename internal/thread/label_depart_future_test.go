package thread

import (
	"strings"
	"testing"
)

// TestLabelFutureLeaver checks, on invented items, that a person the
// lead opens on, past an apposition, who "is to retire" names a
// departure label.
func TestLabelFutureLeaver(t *testing.T) {
	runLabelCases(t, []labelCase{
		{"apposition before a departure to come", []string{
			"Judge Orla Pennick, the county's senior judge, is to retire next month after 21 years on the bench.",
			"Court staff said they would hold a dinner for her.",
		}, nil, "Orla Pennick retires", ""},
	})
}

// TestNameOrder checks the name-order step of the fill rule on its own:
// a surname the fill rule adds stands beside the given name across a
// nickname, but not beside a place a comma sets apart.
func TestNameOrder(t *testing.T) {
	cases := []struct {
		lead  string
		label []string
		want  string
	}{
		{"Flanker Kit 'Bullet' Tansley will retire.", []string{"Kit", "retires", "Tansley"}, "Kit Tansley retires"},
		{"Rain fell at Shap, Cumbria, all day.", []string{"Shap", "rainfall", "Cumbria"}, "Shap rainfall Cumbria"},
	}
	for _, c := range cases {
		in := getInterner()
		ws := tokenizeWith(in, []string{c.lead})[0]
		putInterner(in)
		at := -1
		for i, w := range ws {
			if w.surface == c.label[len(c.label)-1] {
				at = i
			}
		}
		got := nameOrder(append([]string(nil), c.label...), ws, at)
		if s := strings.Join(got, " "); s != c.want {
			t.Errorf("%q: %q, want %q", c.lead, s, c.want)
		}
	}
}

// TestLabelStandDown checks, on invented items, that "stand down" is a
// departure as "step down" is, and "has been stood down" no departure.
func TestLabelStandDown(t *testing.T) {
	runLabelCases(t, []labelCase{
		{"stands down", []string{
			"Organist Wendell Farquar-Hume is to stand down at Easter after 30 years at St Olave's.",
			"The parish will hold a concert in his honour.",
		}, nil, "Wendell Farquar-Hume quits", ""},
		{"stood down as a suspension", []string{
			"Umpire Colm Ashgrove has been stood down for two matches after a row with a batsman.",
			"The league said Ashgrove would be back in May.",
		}, nil, "Ashgrove", "quits"},
	})
}

// TestLabelHangUp checks, on invented items, that one who hangs up the
// tools of a trade retires, and that a thing hung up is no departure.
func TestLabelHangUp(t *testing.T) {
	runLabelCases(t, []labelCase{
		{"hangs up his whistle", []string{
			"After 38 years on the touchline, football referee Desmond Orrell is hanging up his whistle.",
			"Orrell took charge of more than 900 matches in the Fenland League.",
		}, nil, "Desmond Orrell retires", ""},
		{"a thing hung up", []string{
			"Bunting was hung up their street by the residents of Mallow Row for the jubilee party.",
			"The Mallow Row party raised £600 for the hospice.",
		}, nil, "", "retires"},
	})
}
