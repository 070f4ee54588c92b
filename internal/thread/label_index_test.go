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
