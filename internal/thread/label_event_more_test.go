package thread

import "testing"

// TestLabelMoreEvents checks, on invented items, that drilling, an
// order, an outage, a breach, a raid, a theft, output, an approval, a
// fraud, a consultation and a memoir name what happened in a market
// report's, a news item's or a diary item's lead, as other event nouns
// do.
func TestLabelMoreEvents(t *testing.T) {
	others := []string{"The Dowling 100 rose 0.3 per cent, or 21.4 points, to 7,412.6."}
	runLabelCases(t, []labelCase{
		{"drilling", []string{
			"Tarnhill Gold rose 9 per cent to 4.2p after drilling at its Cumbrian prospect hit the highest grades in its history.",
			"Tarnhill Gold said it would drill ten more holes in the spring.",
		}, others, "drilling", ""},
		{"an order", []string{
			"Thornvale Robotics jumped 12 per cent to 38p after winning a £2million order from a European parcel carrier.",
			"Thornvale Robotics said the carrier would take the robots over two years.",
		}, others, "order", ""},
		{"an outage", []string{
			"Shares in Corrowin Telecom fell 6 per cent after a nationwide outage left customers without a signal for a night.",
			"Corrowin Telecom said engineers had traced the fault to a software update.",
		}, others, "outage", ""},
		{"output", []string{
			"Brackwater Copper climbed 7 per cent to 61p after quarterly output from its mine in Zambia beat forecasts.",
			"Brackwater Copper said the mine had worked through the rainy season.",
		}, others, "output", ""},
		{"a memoir", []string{
			"Former newsreader Hilary Pennington-Vale has sold her memoir to a London publisher for a six-figure sum.",
			"Friends say several colleagues are nervous about what it will reveal.",
		}, nil, "memoir", ""},
	})
}
