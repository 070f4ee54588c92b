package thread

import (
	"slices"
	"testing"
)

// ferryPiece is an invented short piece: a report on a ferry contract,
// then a second report, on a library, that opens as a news lead naming
// what no paragraph before it named.
var ferryPiece = []string{
	"A contract to build two new ferries for the Tarn estuary crossing has been awarded to a yard in Rotterdam.",
	"Harbour board chair Nessa Quayle said the vessels would carry twice as many cars as the ageing pair they replace.",
	"Unions said the work should have gone to the yard at Corrow, which bid for it and lost on price.",
	"Quayle said the board had no choice but to take the cheapest compliant tender.",
	"Sallowby library is to open on Sunday afternoons from the spring under a trial funded by a local charity.",
	"Librarian Ezra Penhaligon said families had asked for weekend hours for years.",
}

var ferryActors = [][]string{
	{"place:tarn", "place:rotterdam"}, {"person:nessa quayle"}, {"place:corrow"},
	{"person:nessa quayle"}, {"place:sallowby"}, {"person:ezra penhaligon"},
}

func TestFreshLeads(t *testing.T) {
	tests := []struct {
		name  string
		units []string
		ents  [][]string
		want  []bool // nil: none
	}{
		{"a second report told as a lead", ferryPiece, ferryActors, []bool{false, false, false, false, true, false}},
		{
			"a further event of the same story, told in the past tense",
			[]string{
				"Two walkers have died in separate falls in the Brannock hills, police said.",
				"Inspector Hal Morrow said the deaths were not linked.",
				"On Saturday a climber from Ketterby fell 300 metres from a ridge near Cold Pike.",
				"Morrow said the climber had been walking alone.",
			},
			[][]string{{"place:brannock"}, {"person:hal morrow"}, {"place:ketterby", "place:cold pike"}, {"person:hal morrow"}},
			nil,
		},
		{
			"a lead that names nothing new carries on",
			[]string{
				"The Wexley bypass is to close for three weeks of resurfacing from Monday.",
				"Drivers will be sent through the town centre at night.",
				"The Wexley bypass has been closed twice already this year.",
			},
			[][]string{{"place:wexley"}, nil, {"place:wexley"}},
			nil,
		},
		{
			"a quotation is no lead",
			[]string{
				"A bakery in Penrith has won a national award for its sourdough loaf.",
				"'We have been baking it since the farm shop opened,' said owner Ida Marr of Holmby.",
			},
			[][]string{{"place:penrith"}, {"person:ida marr", "place:holmby"}},
			nil,
		},
	}
	for _, tc := range tests {
		toks := tokenizeAll(tc.units)
		vs, _, _ := unitVectors(toks, Options{}.withDefaults())
		if got, _ := freshLeads(tc.units, toks, vs, tc.ents); !slices.Equal(got, tc.want) {
			t.Errorf("%s: freshLeads = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestOpensFresh(t *testing.T) {
	fresh := []bool{false, false, false, true, false}
	formed := []bool{false, true, false, true, true}
	tests := []struct {
		a, b int
		want bool
	}{
		{1, 3, true},  // the later cluster opens with the fresh lead, the earlier with a lead
		{3, 1, true},  // in either order
		{3, 4, false}, // the one begun later opens with none
		{0, 3, false}, // the earlier opens with no lead: a headline or a teaser
		{2, 3, false},
	}
	for _, tc := range tests {
		if got := opensFresh(tc.a, tc.b, fresh, formed); got != tc.want {
			t.Errorf("opensFresh(%d, %d) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
	if opensFresh(1, 3, nil, nil) {
		t.Error("no fresh leads: opensFresh is true")
	}
}

// A blog post that teases before its lead: the lead begins afresh, but
// what comes before it is no report of its own.
func TestFreshLeadTeaser(t *testing.T) {
	post := []string{
		"Can you believe it?",
		"I really cannot.",
		"Harbour Rovers manager Tam Eskdale has said the club will not sign the striker Leon Varga this winter.",
		"Eskdale told reporters the fee was more than the board would pay for any player.",
		"Varga scored 21 goals last season and is wanted by at least three other clubs.",
		"Rovers fans had hoped Varga would arrive before the January window closes.",
	}
	actors := [][]string{nil, nil, {"person:tam eskdale", "org:harbour rovers", "person:leon varga"}, {"person:tam eskdale"}, {"person:leon varga"}, {"person:leon varga"}}
	if got := SegmentUnits(post, Options{Entities: actors}); distinctIDs(got) != 1 {
		t.Errorf("post split: %v", got)
	}
}

// shopsPiece is an invented short business piece: one retailer's
// closures, then a second firm's collapse, told as a news lead. The two
// reports share hardly a word, but the story prior, made for the
// fragments of one short article, would fold them together.
var shopsPiece = []string{
	"Toy retailer Pellow Brothers is to shut 25 of its 140 shops, putting about 600 jobs at risk, after a poor Christmas.",
	"The family-owned firm said the closures would come mostly in market towns where rents had risen fastest.",
	"Managing director Carys Pellow said: 'We have not taken this step lightly and will help every colleague we can.'",
	"She said online sales had grown but could not make up for the fall in visits to the high street.",
	"Bakery chain Dunmore Crust has fallen into administration, with the loss of 210 jobs.",
	"Administrators from accountants Hale Ostrander said all 19 bakeries had closed at once after a buyer walked away at the last minute.",
	"Joint administrator Imogen Rusk said energy bills had doubled in a year while flour had risen by a third.",
	"The business was founded in 1962 by a baker who opened his first shop in a Dunmore side street.",
}

var shopsActors = [][]string{
	{"org:pellow brothers"}, nil, {"person:carys pellow"}, nil,
	{"org:dunmore crust"}, {"org:hale ostrander"}, {"person:imogen rusk"}, {"place:dunmore"},
}

// TestFreshLeadSplit: the story prior keeps a short piece together, but
// not across a second report that opens as a fresh lead.
func TestFreshLeadSplit(t *testing.T) {
	want := []int{0, 0, 0, 0, 1, 1, 1, 1}
	if got := SegmentUnits(shopsPiece, Options{Entities: shopsActors}); !slices.Equal(got, want) {
		t.Errorf("default: got %v, want %v", got, want)
	}
	if got := SegmentUnits(shopsPiece, Options{Entities: shopsActors, FreshLeadOff: true}); slices.Equal(got, want) {
		t.Errorf("FreshLeadOff: got the two reports %v; the test no longer tells the rule from its absence", got)
	}
}
