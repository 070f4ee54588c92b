package thread

import (
	"slices"
	"testing"
)

func TestOpensPronoun(t *testing.T) {
	for _, c := range []struct {
		u    string
		want bool
	}{
		{"He was taken to hospital with a broken wrist.", true},
		{"Its shares fell 3 per cent, or 4p, to 120p.", true},
		{"Their hosts will be without two strikers.", true},
		{"Her sister, a retired nurse, sings in the choir.", true},
		{"The bakery, which opened in 1952, employs nine people.", true},
		{"The driver, named locally as Tom Reed, escaped with cuts.", true},
		{"The 42-year-old plumber has been fined £300.", true},
		{"Shares in the group rose 2 per cent.", true},
		{"Shares in its Dutch arm were suspended.", true},
		// a share move that names no company: the one just told of
		{"Shares fell 9.3 per cent, or 61p, to 595p.", true},
		{"The shares slid 14.2 per cent, their lowest level since 2013.", true},
		{"The stock rocketed 48 per cent to 7.4p on Tuesday.", true},
		// not pointing back
		{"It is hard to say whether the plan will work.", false},
		{"It comes as the council publishes its budget.", false},
		{"This was the third storm of the winter.", false},
		{"The council said it would appeal.", false},
		{"The Rovers, top of the table, lost at home.", false},
		// an adjective set off by a comma reads as an apposition too
		{"The humble, hardworking Ada Price has retired.", true},
		{"The wider market was flat.", false},
		{"Shares in Marlow Foods rose 2 per cent.", false},
		{"Shares of Marlow Foods rose 2 per cent.", false},
		{"The shares of both banks fell.", false},
		{"Shares Direct has opened a branch in Leeds.", false},
		{"Henley council has approved the plan.", false},
		{"Hers was the only vote against.", false},
		{"'He will be missed,' she said.", false},
		{"* He said the road would reopen.", false},
		{"he was late again.", false},
	} {
		if got := opensPronoun(c.u); got != c.want {
			t.Errorf("opensPronoun(%q) = %v, want %v", c.u, got, c.want)
		}
	}
}

func TestCarryPronouns(t *testing.T) {
	units := []string{
		"Albert Fenwick, the lighthouse keeper of Skerry Point, has died aged 88.",
		"Fenwick kept the light for 31 years and logged every passing ship.",
		"He is survived by his daughter, Ruth.",
		"Mavis Oduya, who taught ballroom dancing in Hull for 50 years, has died aged 93.",
		"She won the national foxtrot title three times.",
		"The bakery in Crewe has closed after a century of trading.",
		"Its last loaf was sold on Saturday morning.",
		"Customers queued from dawn.",
	}
	toks := tokenizeAll(units)
	o := Options{}.withDefaults()
	vs, _, _ := unitVectors(toks, o)
	for _, c := range []struct {
		name    string
		in, out []int
	}{
		{"already with the paragraph before", []int{0, 0, 0, 1, 1, 2, 2, 2}, []int{0, 0, 0, 1, 1, 2, 2, 2}},
		// "He is survived…" sent to another matter comes back
		{"stray closing line", []int{0, 0, 1, 1, 1, 2, 2, 2}, []int{0, 0, 0, 1, 1, 2, 2, 2}},
		// "Its last loaf…" opening a cluster of its own goes back; the
		// paragraph after it stays where the clustering put it
		{"opens a cluster", []int{0, 0, 0, 1, 1, 2, 3, 3}, []int{0, 0, 0, 1, 1, 2, 2, 3}},
		// the paragraph before is the stray (it joined an earlier matter
		// across another): it follows the pronoun instead
		{"stray before", []int{0, 0, 0, 1, 1, 0, 2, 2}, []int{0, 0, 0, 1, 1, 2, 2, 2}},
	} {
		got := carryPronouns(units, vs, slices.Clone(c.in), o)
		if !slices.Equal(got, c.out) {
			t.Errorf("%s: carryPronouns(%v) = %v, want %v", c.name, c.in, got, c.out)
		}
	}
	off := Options{PronounOff: true}
	if ids := SegmentUnits(units, off); len(ids) != len(units) {
		t.Errorf("SegmentUnits with PronounOff: %d ids for %d units", len(ids), len(units))
	}
}

// TestCarryShareMoves checks that a stray is told by the clustering's own
// ids: a share line that goes back to its company does not make the
// company item it was clustered with look like an item of its own.
func TestCarryShareMoves(t *testing.T) {
	units := []string{
		"Tidewell Mining soared after it struck gold at its Ghana project.",
		"The explorer said the best hole was its richest yet.",
		"The shares rose 31 per cent, or 2.3p, to 9.7p.",
		"Brindle Foods sank 22 per cent after it lost a supermarket contract.",
		"Chief executive Colin Dace said talks with other grocers were going well.",
		"Marrow Biotech fell 18 per cent, or 4.1p, to 18.7p after a cash call.",
		"The company, which is developing a bone treatment, said the cash would last a year.",
		"Finance chief Ann Lowe said the discount was the price of certainty.",
	}
	toks := tokenizeAll(units)
	o := Options{}.withDefaults()
	vs, _, _ := unitVectors(toks, o)
	// the share line (2) was clustered with Marrow's lead (5), which
	// left the rest of Marrow's item on its own
	in := []int{0, 0, 1, 2, 2, 1, 3, 3}
	want := []int{0, 0, 0, 1, 1, 2, 2, 2}
	if got := carryPronouns(units, vs, slices.Clone(in), o); !slices.Equal(got, want) {
		t.Errorf("carryPronouns(%v) = %v, want %v", in, got, want)
	}
}
