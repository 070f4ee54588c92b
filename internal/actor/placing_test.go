package actor

import "testing"

// TestRacePlacing: a name between a finishing place and bracketed odds
// is a runner's; odds without a place before them, or a place without
// odds after, leave a person.
func TestRacePlacing(t *testing.T) {
	tagged := map[string]string{"Copper Kettle": "PER", "Ada Kell": "PER", "Velby": "LOC"}
	runKindRows(t, tagged, [][4]string{
		{"place and odds", "Results, Velby: 1 Copper Kettle (9-2), 2 Blue Mist (3-1).", "Copper Kettle", Other},
		{"favourite", "Velby, 2.40: 3 Copper Kettle (11-4 fav), 4 Blue Mist (8-1)", "Copper Kettle", Other},
		{"given name too", "Velby, 2.40: 1 Ada Kell (5-1), 2 Blue Mist (8-1)", "Ada Kell", Other},
		{"no place", "Tips for Velby: Ada Kell (5-1) looks the pick.", "Ada Kell", Person},
		{"no odds", "Velby seniors: 1 Ada Kell (Velby) 71, 2 Ivo Marsh 73.", "Ada Kell", Person},
	})
}

// TestShareMoveRight: "up" or "down", or a sign, and a percentage or a
// price in pence right after a name make a listed share's; an index
// after "the" and a person's other figures do not.
func TestShareMoveRight(t *testing.T) {
	tagged := map[string]string{"Tarrow Mills": "PER", "Ada Kell": "PER"}
	runKindRows(t, tagged, [][4]string{
		{"up per cent", "Miners gained, with Tarrow Mills up 3.1 per cent.", "Tarrow Mills", Org},
		{"down pence", "Bakers fell, with Tarrow Mills down 12p at 340p.", "Tarrow Mills", Org},
		{"signed percentage", "Tarrow Mills -4.2 per cent, 712p: The baker cut its outlook.", "Tarrow Mills", Org},
		{"percent sign", "Tarrow Mills +2.5% on the week.", "Tarrow Mills", Org},
		{"person up early", "Ada Kell up at dawn, she said, to feed the ewes.", "Ada Kell", Person},
		{"person down years", "Ada Kell down 3 places in the rankings said nothing.", "Ada Kell", Person},
	})
}

// TestScoreLineSide: names between scores in a line of results are
// sides; a name opening with a given name may be a player's.
func TestScoreLineSide(t *testing.T) {
	tagged := map[string]string{"Corran Vale": "PER", "Tarrow Harriers": "PER", "Ada Kell": "PER", "Ivo Marsh": "PER", "Tarrant Bosk": "PER"}
	runKindRows(t, tagged, [][4]string{
		{"first side", "Rugby: Corran Vale 24 Tarrow Harriers 19", "Corran Vale", Org},
		{"second side", "Rugby: Corran Vale 24 Tarrow Harriers 19", "Tarrow Harriers", Org},
		{"in a list", "Results: Corran Vale 3 Tarrow Harriers 2, Velby 1 Bosk 0.", "Tarrow Harriers", Org},
		{"players", "Darts: Ada Kell 7 Ivo Marsh 4", "Ada Kell", Person},
		{"no second side", "Tarrant Bosk 24 and Ivo Marsh went to the fair.", "Tarrant Bosk", Person},
		{"inside a sentence", "The fault is in Tarrant Bosk 6 Service Pack 1.", "Tarrant Bosk", Person},
	})
}
