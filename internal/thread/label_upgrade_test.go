package thread

import "testing"

// TestLabelUpgrade checks, on invented items, that an analyst's upgrade
// or a raised rating behind a share move labels the firm and
// "upgrade", a firm's raised forecast the forecast and "upgrade", and
// that a raised dividend and an upgrade with no name to put first make
// no upgrade.
func TestLabelUpgrade(t *testing.T) {
	others := []string{
		"The Dowling 100 rose 0.4 per cent as miners gained ground.",
		"Shares in Stourby Homes rose after reservations ran ahead of last year.",
	}
	runLabelCases(t, []labelCase{
		{"analysts upgraded", []string{
			"Quarry group Helmsby Stone rose 5.1 per cent, or 9p, to 188p after analysts at Tarrant Webb upgraded the shares to 'buy'.",
			"Helmsby Stone said demand from road builders had held up.",
		}, others, "Helmsby Stone upgrade", ""},
		{"a raised rating", []string{
			"Bowling chain Pinfold Leisure gained 3.2 per cent, or 4p, to 128p after broker Dunnock & Vale raised its rating from hold to buy.",
			"Pinfold Leisure opened four new alleys in the summer.",
		}, others, "Pinfold Leisure upgrade", ""},
		{"a downgrade", []string{
			"Ferrowick Telecom fell 6.1 per cent, or 5p, to 77p after broker Lathom Rees downgraded the shares.",
			"Ferrowick Telecom said its fibre roll-out was on time.",
		}, others, "Ferrowick Telecom downgrade", ""},
		{"a raised forecast", []string{
			"Bakery chain Tollgate Foods jumped 8.2 per cent, or 36p, to 475p after raising its profit forecast for the second time this year.",
			"Tollgate Foods said sandwich sales were strong.",
		}, others, "Tollgate Foods profit forecast upgrade", ""},
		{"a raised dividend", []string{
			"Grain trader Ashby Mercantile rose 4.4 per cent, or 9p, to 213p after raising its interim dividend by a fifth.",
			"Ashby Mercantile said harvest volumes were at a record.",
		}, others, "Ashby Mercantile", "upgrade"},
		{"inspectors, no name first", []string{
			"It comes as inspectors downgraded the town's maternity unit to 'inadequate' after finding too few midwives on shift.",
			"The maternity unit will be inspected again in the spring.",
		}, others, "maternity", "downgrade"},
	})
}
