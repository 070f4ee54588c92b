package thread

import "testing"

// TestLabelIndexReport checks, on invented items, that a paragraph giving
// an index's move in points and per cent is labelled as the index's
// report, while a share's move in pence and a team's points are not.
func TestLabelIndexReport(t *testing.T) {
	others := []string{
		"Harrowgate Foods slumped 14 per cent, or 41p, to 252p after a profit warning.",
		"Calderbrook Mining rose 6 per cent, or 12p, to 212p after a takeover approach.",
	}
	runLabelCases(t, []labelCase{
		{"index moves in points", []string{
			"The FTSE 100 rose 0.4 per cent, or 31.2 points, to 7,512.6 as traders bet that rates would hold.",
		}, others, "FTSE index", "bet"},
		{"index named with its level", []string{
			"The wider market had a quieter session. The Dowling 250 slipped 0.3 per cent, or 58.2 points, to 19,402.6 as crude fell.",
		}, others, "Dowling index", "crude"},
		{"share move in pence", []string{
			"Tallis Homes rose 3.1 per cent, or 14p, to 466p after reservations ran ahead of last year.",
		}, others, "Tallis Homes", "index"},
		{"team points", []string{
			"Ashbourne Rovers won 2-0 and moved three points clear, with attendance up 12 per cent on the season.",
			"Ashbourne Rovers have 40 points from 18 games.",
		}, others, "Ashbourne Rovers", "index"},
		{"team points and a per-cent figure", []string{
			"Ashbourne Rovers won by 12 points, and gate receipts rose 8 per cent.",
		}, others, "Ashbourne Rovers", "index"},
	})
}

// TestLabelIndexMove checks, on invented items, that an index report's
// label says which way the index went ("rises", "falls", "closes lower",
// "mixed", "indexes" for two of the family), also when the lead gives no
// figure and the next paragraph the move, that a move in per cent to a
// level names the index whose level it is, and that a share's price in
// dollars or cents is no level.
func TestLabelIndexMove(t *testing.T) {
	others := []string{
		"Shares in Quorra Foods slumped 14 per cent, or 41p, to 252p after a profit warning.",
		"Brimley Mining rose 6 per cent, or 12p, to 212p after a takeover approach.",
	}
	runLabelCases(t, []labelCase{
		{"two indices rise", []string{
			"The Dowling 100 rose 0.4 per cent, or 31.2 points, to 7,512.6, while the Dowling 250 climbed 0.6 per cent, or 118.4 points, to 19,874.1.",
		}, others, "Dowling indexes rise", ""},
		{"mixed", []string{
			"The Dowling 100 slipped 0.2 per cent, or 14.9 points, to 7,431.8 while the Dowling 250 gained 0.3 per cent, or 58.2 points, to 19,402.6.",
		}, others, "Dowling indexes mixed", ""},
		{"closes lower", []string{
			"The Dowling 100 closed 0.2 per cent lower, shedding 9.5 points to 6,003.3, as traders fretted about rates.",
		}, others, "Dowling index closes lower", ""},
		{"the move after a lead without figures", []string{
			"The wider market ended lower as a slide in the oil price weighed on the energy giants.",
			"The Dowling 100 closed down 0.4 per cent, or 33.1 points, at 8,187.6, and the Dowling 250 fell 0.6 per cent, or 118.2 points, to 20,412.",
		}, others, "Dowling indexes close lower", ""},
		{"a level in per cent", []string{
			"Looking at the wider market, the Yarrowby All-Share advanced 0.7 per cent to 963, outperforming the Dowling 100, up 0.2 per cent to 6,015.",
		}, others, "Yarrowby index rises", "All-Share"},
		{"an acronym family hyphened to its coverage", []string{
			"Turning to the wider market, the YEX-All Share dipped 2.5 per cent to 948, just outperforming the Dowling 100 which was down 3 per cent to 5,822.",
		}, others, "YEX index falls", "Share"},
		{"a share in dollars", []string{
			"Tarrawong Telecom fell 4.1 per cent to $3.06 after an outage left customers without service.",
		}, others, "Tarrawong Telecom", "index"},
		{"a share in cents", []string{
			"Shares in Kelsall Learning plunged 23 per cent to 61 cents after the regulator opened an inquiry.",
		}, others, "Kelsall Learning", "index"},
	})
}
