package thread

import "testing"

// A short column of four items set out with no marks: each opens with a
// sentence that names a new place or creature and shares no word with
// what came before.
var freshColumn = []string{
	"A bakery in Penrith has won a national award for its sourdough loaf.",
	"Owner Maud Tillotson said the starter was older than her grandson.",
	"A lifeboat crew from Wexmouth rescued two kayakers caught by the tide on Sunday.",
	"Coxswain Ryan Adebayo said both were cold but unhurt.",
	"Volunteers in Callow Green have repainted every bench in the village park.",
	"Organiser Ivy Brandt said forty people turned up with brushes.",
	"A ginger cat named Pudding has been made honorary stationmaster at Holmby Halt.",
	"Rail staff said passengers now bring him treats.",
}

var freshColumnActors = [][]string{
	{"place:penrith"}, {"person:maud tillotson"},
	{"place:wexmouth"}, {"person:ryan adebayo"},
	{"place:callow green"}, {"person:ivy brandt"},
	{"other:pudding", "place:holmby halt"}, nil,
}

func TestFreshColumn(t *testing.T) {
	got := SegmentUnits(freshColumn, Options{Entities: freshColumnActors})
	for _, k := range []int{2, 4, 6} {
		if got[k] == got[k-2] {
			t.Errorf("items opening at %d and %d share a thread: %v", k-2, k, got)
		}
	}
	off := SegmentUnits(freshColumn, Options{Entities: freshColumnActors, FreshOff: true})
	if distinctIDs(off) != 1 {
		t.Logf("without the rule: %v", off)
	}
	// each speaker carries on the item before it
	for _, k := range []int{1, 3, 5} {
		if got[k] != got[k-1] {
			t.Errorf("speaker %d left its item: %v", k, got)
		}
	}
}

func TestFreshStarts(t *testing.T) {
	column := []string{
		"Storm Imelda will bring heavy rain to the western isles tonight.",
		"The Avon bridge is shut after a lorry shed its load of gravel.",
		"A choir from Dunmore has won a national prize for its carols.",
		"Forecaster Ann Lowe said the rain would clear by Friday.",
	}
	toks := tokenizeAll(column)
	vs, _, _ := unitVectors(toks, Options{}.withDefaults())
	ents := [][]string{{"other:storm imelda"}, {"place:avon"}, {"place:dunmore"}, {"person:ann lowe"}}
	got := freshItems(column, toks, vs, ents, nil)
	want := []bool{false, true, true, true}
	if len(got) != len(want) {
		t.Fatalf("freshItems = %v, want %v", got, want)
	}
	for k := range want {
		if got[k] != want[k] {
			t.Fatalf("freshItems = %v, want %v", got, want)
		}
	}
	if !opensWithSpeaker(column[3]) || attributesSpeech(column[3]) {
		t.Errorf("%q: a speaker for a column, not for the attribution rule", column[3])
	}
}

// A short report written a sentence to a line keeps naming its actors:
// no line starts afresh.
func TestFreshReport(t *testing.T) {
	report := []string{
		"A bakery in Penrith has won a national award for its sourdough loaf.",
		"Owner Maud Tillotson said the starter was older than her grandson.",
		"Tillotson opened the bakery in 1998 after twenty years as a nurse.",
		"The award was presented at a ceremony in Leeds on Friday.",
		"Judges praised the loaf's crust and its open crumb.",
		"Tillotson said she would keep the prize money for a new oven.",
	}
	actors := [][]string{{"place:penrith"}, {"person:maud tillotson"}, {"person:maud tillotson"}, {"place:leeds"}, nil, {"person:maud tillotson"}}
	if got := SegmentUnits(report, Options{Entities: actors}); distinctIDs(got) != 1 {
		t.Errorf("report split: %v", got)
	}
}
