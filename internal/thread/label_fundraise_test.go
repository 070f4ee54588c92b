package thread

import "testing"

// TestLabelFundraise checks, on invented items, that money a listed firm
// raises behind a share move labels the firm and the kind of raise the
// lead names ("placing"), else "funding", and that money raised for a
// charity or a raised dividend make no fundraise.
func TestLabelFundraise(t *testing.T) {
	others := []string{
		"The Dowling 100 rose 0.4 per cent as miners gained ground.",
		"A new bridge over the Wendle will open in May, the council said.",
	}
	runLabelCases(t, []labelCase{
		{"in a placing", []string{
			"Medical testing firm Callow Bio fell 21 per cent, or 3p, to 11p after raising £5million in a placing at a steep discount.",
			"Callow Bio said the money would pay for a trial of its blood test.",
		}, others, "Callow Bio placing", "discount"},
		{"from investors", []string{
			"Copper hunter Brenna Minerals rose 6.3 per cent, or 0.5p, to 8.4p after it raised £2.9million from investors to fund a season of drilling in Zambia.",
			"Brenna Minerals will start drilling in the spring.",
		}, others, "Brenna Minerals funding", ""},
		{"for a charity", []string{
			"Runners from Tamsworth Harriers raised £9,400 for a children's hospice by running between every park in the county.",
			"Tamsworth Harriers said the hospice had cared for a member's son.",
		}, others, "", "funding"},
		{"a raised dividend", []string{
			"Grain trader Ashby Mercantile rose 4.4 per cent, or 9p, to 213p after raising its interim dividend by a fifth.",
			"Ashby Mercantile said harvest volumes were at a record.",
		}, others, "Ashby Mercantile", "funding"},
	})
}
