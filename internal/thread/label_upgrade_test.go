package thread

import "testing"

// TestLabelUpgrade checks, on invented items, that an analyst's upgrade
// or a raised rating behind a share move labels the firm, "broker" and
// "upgrade", a firm's raised forecast the forecast and "upgrade" (and its
// own downgraded forecast no broker), and
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
		}, others, "Helmsby Stone broker upgrade", ""},
		{"a raised rating", []string{
			"Bowling chain Pinfold Leisure gained 3.2 per cent, or 4p, to 128p after broker Dunnock & Vale raised its rating from hold to buy.",
			"Pinfold Leisure opened four new alleys in the summer.",
		}, others, "Pinfold Leisure broker upgrade", ""},
		{"a downgrade", []string{
			"Ferrowick Telecom fell 6.1 per cent, or 5p, to 77p after broker Lathom Rees downgraded the shares.",
			"Ferrowick Telecom said its fibre roll-out was on time.",
		}, others, "Ferrowick Telecom broker downgrade", ""},
		{"a raised forecast", []string{
			"Bakery chain Tollgate Foods jumped 8.2 per cent, or 36p, to 475p after raising its profit forecast for the second time this year.",
			"Tollgate Foods said sandwich sales were strong.",
		}, others, "Tollgate Foods profit forecast upgrade", ""},
		{"a firm's own forecast downgraded", []string{
			"Caterer Wenlow Foods fell 7.4 per cent, or 21p, to 262p after it downgraded its guidance for the year.",
			"Wenlow Foods blamed the cost of wheat.",
		}, others, "Wenlow Foods", "broker"},
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

// TestOwnView checks, on invented leads, that a firm's own forecast
// after an upgrade or a downgrade is seen (no broker's view), and that a
// rating or the shares are not.
func TestOwnView(t *testing.T) {
	cases := []struct {
		lead string
		want bool
	}{
		{"Wenlow Foods fell after it downgraded its guidance for the year.", true},
		{"Wenlow Foods fell after broker Rook Hale downgraded the shares.", false},
		{"Wenlow Foods fell after analysts downgraded it to 'sell'. Its forecast stands.", false},
	}
	for _, c := range cases {
		lead := tokenizeAll([]string{c.lead})[0]
		at := -1
		for i, w := range lead {
			if w.surface == "downgraded" {
				at = i
			}
		}
		if got := ownView(lead, at+1, len(lead)); got != c.want {
			t.Errorf("ownView(%q) = %v, want %v", c.lead, got, c.want)
		}
	}
}
