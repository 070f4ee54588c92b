package thread

import "testing"

func TestPlainLead(t *testing.T) {
	cases := []struct {
		unit string
		want bool
	}{
		{"A bid to turn the old mill into flats has been turned down by planners.", true},
		{"A loophole that lets landlords charge renewal fees will be closed from April.", true},
		{"An appeal has been launched to repair the roof of the village hall.", true},
		{"A corner of the warehouse measuring thirty metres was well alight.", false},        // a further event, told in the past
		{"A spokesman said the plans would be looked at again in the new year.", false},      // a speaker carries on
		{"A word of praise for our library, which has been open all summer.", false},         // a columnist speaks
		{"The bid to turn the old mill into flats has been turned down by planners.", false}, // no indefinite article
		{"A fire.", false}, // too short for a lead
	}
	for _, c := range cases {
		ws := tokenizeAll([]string{c.unit})[0]
		if got := plainLead(c.unit, ws); got != c.want {
			t.Errorf("plainLead(%q) = %v, want %v", c.unit, got, c.want)
		}
	}
}

// Briefs whose leads name nobody still open items of a column: only
// one of the three leads names a place.
func TestFreshStartsPlainLeads(t *testing.T) {
	column := []string{
		"Plans for ninety homes on the old brickworks site have been approved.",
		"Objectors had warned that the lane could not cope with the traffic.",
		"A bid to open a cider bar in the former Wesley chapel has been deferred.",
		"A parking zone for residents will be brought in around the hospital from May.",
		"Permits will cost forty pounds a year.",
		"A new footbridge over the canal has been given the go-ahead.",
	}
	toks := tokenizeAll(column)
	vs, _, _ := unitVectors(toks, Options{}.withDefaults())
	ents := [][]string{nil, nil, {"place:wesley chapel"}, nil, nil, nil}
	got := freshItems(column, toks, vs, ents, nil)
	want := []bool{false, false, true, true, false, true}
	if len(got) != len(want) {
		t.Fatalf("freshItems = %v, want %v", got, want)
	}
	for k := range want {
		if got[k] != want[k] {
			t.Fatalf("freshItems = %v, want %v", got, want)
		}
	}
	// the story prior's fresh leads still need a name
	if fresh, _ := freshLeads(column, toks, vs, ents); fresh != nil && (fresh[3] || fresh[5]) {
		t.Errorf("freshLeads = %v: a nameless lead counted", fresh)
	}
}
