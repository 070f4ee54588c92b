package thread

import "testing"

// TestLabelDroppedArticle checks, on invented items, that no label phrase
// runs across a dropped article: "signing a deal" and "rejecting a
// takeover approach" are a verb and its object, not the phrases "signing
// deal" and "rejecting takeover".
func TestLabelDroppedArticle(t *testing.T) {
	others := []string{
		"The Dowling 100 rose 0.4 per cent as miners gained ground.",
		"Shares in Stourby Homes rose after reservations ran ahead of last year.",
	}
	runLabelCases(t, []labelCase{
		{"signing a deal", []string{
			"Games developer Tollgate Studios rose 12 per cent to 36p after signing a deal to turn its puzzle series into a cartoon.",
			"Tollgate Studios said the cartoon would air next autumn.",
		}, others, "Tollgate Studios", "signing"},
		{"rejecting an approach", []string{
			"Furniture seller Hobb & Dray soared 38 per cent to 11p after rejecting a takeover approach from a rival as too low.",
			"Hobb & Dray said the rival had not returned with a higher offer.",
		}, others, "Hobb & Dray", "rejecting"},
	})
}
