package thread

import (
	"testing"
)

// para is one paragraph of a made-up fixture with its intended thread.
type para struct {
	text   string
	thread int
}

// unzip returns the texts of a fixture's paragraphs and their intended
// threads.
func unzip(ps []para) (texts []string, want []int) {
	for _, p := range ps {
		texts = append(texts, p.text)
		want = append(want, p.thread)
	}
	return texts, want
}

// threadOf returns the thread (0-based) of each of n paragraphs.
func threadOf(ths []Thread, n int) []int {
	got := make([]int, n)
	for _, th := range ths {
		for _, p := range th.Paragraphs {
			got[p] = th.N - 1
		}
	}
	return got
}

// diaryColumn is an invented diary column: three items, each under a
// sub-head, with quotes and pronouns carrying each item on.
var diaryColumn = []para{
	{"Lady Penelope Harcourt-Vane has fallen out with the parish council of Little Wittering over a topiary peacock.", 0},
	{"The hedge, which towers over her gate, was clipped into the shape of a peacock by a gardener she flew in from Kyoto.", 0},
	{"'It is an eyesore and a hazard to passing horses,' the councillors complain in a letter seen by this column.", 0},
	{"Lady Penelope is unmoved. 'The peacock stays,' she tells me. 'If the council wants it gone, they can bring their own shears.'", 0},
	{"Conductor has a score to settle", 1},
	{"Maestro Dmitri Volkonsky is said to be furious that the Albert Rooms have given his Christmas concert slot to a boy band.", 1},
	{"'I have conducted there for twenty-two winters,' he fumes. 'Now I am told a group called Velvet Static needs the stage.'", 1},
	{"The Rooms insist the booking was first come, first served. Volkonsky's agent is said to be consulting lawyers.", 1},
	{"Novelist swaps quill for quad bike", 2},
	{"Booker-shortlisted author Imogen Threlfall has taken up quad-bike racing on the Yorkshire moors.", 2},
	{"She came third in her first race at Helmsley last weekend and has already ordered a second machine.", 2},
	{"'Writing is lonely. Mud is sociable,' Threlfall explains. Her publishers are said to be nervous about the deadline for her next book.", 2},
}

// marketReport is an invented market report: a lead company item, the
// index wrap and three smaller company items, one of which the report
// comes back to.
var marketReport = []para{
	{"Shares in kitchen maker Hobson Ovens jumped 14 per cent, or 32p, to 262p after it said half-year orders had doubled.", 0},
	{"The Leicester-based group said demand for its range cookers had been lifted by people spending more time at home.", 0},
	{"Chief executive Maria Dunleavy said: 'We have never had a stronger order book.'", 0},
	{"The FTSE 100 rose 0.6 per cent, or 35.2 points, to 6012.4, while the FTSE 250 gained 0.9 per cent to 17850.1.", 1},
	{"Banks led the blue-chip index higher as investors bet that interest rates would stay low for longer.", 1},
	{"Fenwick Mining slumped 9.2 per cent, or 11p, to 108p after flooding halted production at its copper mine in Chile.", 2},
	{"The miner said it did not yet know how long the mine would stay closed.", 2},
	{"Budget airline Skylark climbed 6.1 per cent, or 4.4p, to 76.5p after passenger numbers recovered to 70 per cent of last year's level.", 3},
	{"It said bookings for the winter season were ahead of its own forecasts.", 3},
	{"Over on AIM, software firm Quillon rose 11 per cent, or 2.5p, to 25p after winning a contract with the NHS.", 4},
	{"This means Hobson Ovens is now valued at £1.1billion, more than twice what it was worth a year ago.", 0},
}

// politicsPiece is an invented politics piece that turns away with "It
// comes as" and "Meanwhile" and comes back with "Back to".
var politicsPiece = []para{
	{"Ministers have promised to review the convention on mobile phone masts after a row over a mast built beside a primary school in Dorset.", 0},
	{"The Planning Minister told MPs the convention, which lets operators put up masts without full planning permission, was written for another age.", 0},
	{"Parents at the school have collected 4,000 signatures against the mast, built by the operator Telwave, and say they were never consulted about it.", 0},
	{"It comes as figures showed hospital waiting lists in England had reached a record 7.9 million patients.", 1},
	{"NHS England said the waiting list had grown by 120,000 in a month as strikes by junior doctors delayed operations.", 1},
	{"Meanwhile, the Chancellor was forced to deny reports that fuel duty would rise in the autumn Budget.", 2},
	{"Treasury officials said no decision on fuel duty had been taken and that the Budget was still weeks away.", 2},
	{"Back to Dorset, where Telwave insisted last night that it had followed every rule.", 0},
}

// TestSplitFixtures checks the rules for columns with sub-heads, market
// reports and return cues on invented text, paragraph by paragraph.
func TestSplitFixtures(t *testing.T) {
	cases := []struct {
		name  string
		paras []para
	}{
		{"diary column with sub-heads", diaryColumn},
		{"market report", marketReport},
		{"politics piece with Back to", politicsPiece},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			texts, want := unzip(c.paras)
			got := threadOf(Split(paragraphs(texts), nil, nil), len(texts))
			for i := range want {
				if got[i] != want[i] {
					t.Errorf("paragraph %d: thread %d, want %d (%.50s…)", i, got[i], want[i], texts[i])
				}
			}
		})
	}
}
