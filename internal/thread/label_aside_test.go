package thread

import "testing"

// TestLabelAside checks, on invented items, that a relative clause
// describing the lead's name in passing does not name the thread.
func TestLabelAside(t *testing.T) {
	runRareLabelCases(t, []labelCase{
		{"which clause", []string{
			"Tamsin Estates, which owns shopping parks in the south, rose after it said rents on new leases had climbed.",
		}, nil, "Tamsin Estates", "parks"},
		{"who clause", []string{
			"Odile Fairbanks, who starred in a long-running police drama, has bought a cottage in the Cotswolds.",
		}, nil, "Odile Fairbanks", "drama"},
	})
}
