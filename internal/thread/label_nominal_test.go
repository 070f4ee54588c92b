package thread

import "testing"

// TestLabelEventNoun checks, on invented items, that a lead telling an
// event by a verb (a warning, a closure, a delay, a sale, a fine) ends the
// label with the event's noun after the thing it happened to, and that
// idioms, threats, other parties' verbs and failures add no event.
func TestLabelEventNoun(t *testing.T) {
	others := []string{
		"The FTSE 100 rose 0.4 per cent as miners gained ground.",
		"Shares in Stourby Homes rose after reservations ran ahead of last year.",
	}
	runLabelCases(t, []labelCase{
		{"warning after a market move", []string{
			"Shares in Crantock Kitchens slumped after the cabinet maker warned that profits would miss forecasts this year.",
			"Crantock Kitchens said profits had been hit by the cost of timber.",
		}, others, "Crantock Kitchens profit warning", ""},
		{"closure with its object", []string{
			"Brantwick Bank is to close 40 of its branches next year, blaming a shift to online banking.",
			"Brantwick Bank said staff at the branches would be offered other roles.",
		}, others, "Brantwick Bank branch closures", ""},
		{"delay of a launch", []string{
			"Skelwith Games fell 12 per cent after delaying the launch of its next title until the spring.",
			"Skelwith Games said the launch had slipped because of testing.",
		}, others, "Skelwith Games launch delay", ""},
		{"agreed sale", []string{
			"Shares in Marnock Taverns rose 4 per cent after agreeing to sell 30 of its pubs to a private buyer.",
			"Marnock Taverns said the pubs were among its smallest.",
		}, others, "Marnock Taverns pub sale", ""},
		{"an approval", []string{
			"Shares in Wexby Pharma rose 9 per cent after regulators approved its treatment for a rare lung disease.",
			"Wexby Pharma said the treatment would be sold in the spring.",
		}, others, "Wexby Pharma treatment approval", ""},
		{"a fine after a market move", []string{
			"Hallerby Water slipped 1.8 per cent after the regulator fined it £12million over sewage spills into the River Lenn.",
			"Hallerby Water said it was investing in new storm tanks.",
		}, others, "Hallerby Water fine", ""},
		{"a fine in the passive is a side detail", []string{
			"Corrimore Water has come under fire for paying its chief executive a bonus in the same year it was fined for polluting rivers.",
			"Corrimore Water said the bonus reflected its performance.",
		}, others, "", "fine"},
		{"the noun in the lead", []string{
			"Orlemere Foods issued its second profit warning in a year as the price of grain climbed.",
			"Orlemere Foods said the profit warning reflected a poor harvest.",
		}, others, "Orlemere Foods profit warning", ""},
		{"a subject closes", []string{
			"The Tassingham village library is to close in March after the county council cut its grant.",
			"Readers said the village library had been open for ninety years.",
		}, others, "library closure", ""},
	})
}

// TestLeadNominal checks, on invented leads, which event the event-noun
// rule finds: none for an idiom, a threat, another party's verb, a
// failure or a market's close.
func TestLeadNominal(t *testing.T) {
	cases := []struct {
		name, lead, want string // want: the event's noun, "" for none
	}{
		{"warning", "Crantock Kitchens slumped after the cabinet maker warned that profits would fall.", "warning"},
		{"warning noun", "Orlemere Foods issued its second profit warning in a year.", "warning"},
		{"closure", "Brantwick Bank is to close 40 of its branches next year.", "closure"},
		{"state", "The Keddington footbridge remains closed after a flood.", "closure"},
		{"delay beats warning", "Ilsington Health fell after it warned that a delay at a supplier would push back its launch.", "delay"},
		{"sale", "Marnock Taverns rose after agreeing to sell 30 of its pubs.", "sale"},
		{"another party warns", "Edwy Drumlow defended his plans after farmers warned they would flood good land.", ""},
		{"warned, passive", "Walkers in the hills have been warned to carry maps.", ""},
		{"failure to sell", "Her portrait failed to sell at auction last week.", ""},
		{"a rating to sell", "Moorcastle Marine fell after a broker cut its rating to sell.", ""},
		{"cleared for sale", "Wexby Devices rose after regulators cleared its monitor for sale.", ""},
		{"closing in on", "Carbrooke Albion are closing in on a deal for a winger.", ""},
		{"threatened", "A village school threatened with closure has been saved by parents.", ""},
		{"despite the closure", "Albion will sign the winger despite the closure of the transfer window.", ""},
		{"market close", "The Sallowfield Index closed 0.2 per cent lower as traders fretted.", ""},
		{"closing price", "Cardle Bio sold shares at a discount to the previous closing price.", ""},
		{"approved", "Regulators approved the Wexby Pharma treatment yesterday.", "approval"},
		{"not yet approved", "The vaccine could be approved for emergency use next year.", ""},
		{"cleared of wrongdoing", "The Glenmarra trust was cleared of wrongdoing by the watchdog.", ""},
		{"second sentence", "Work on the Aldmere bypass will not start until autumn. It is the third delay.", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			lead := tokenizeAll([]string{c.lead})[0]
			promote(lead)
			e, ok := leadNominal(lead)
			if got := e.noun; !ok && got != "" || ok && got != c.want || !ok && c.want != "" {
				t.Errorf("event %q (found %v), want %q", got, ok, c.want)
			}
		})
	}
}

// TestLabelWarningSingular checks, on invented items, that the thing a
// warning is about stands in the singular in front of it, as a headline
// writes it ("profit warning"), unless its plural means something else.
func TestLabelWarningSingular(t *testing.T) {
	others := []string{"The FTSE 100 rose 0.4 per cent, or 31.2 points, to 7,512.6."}
	runLabelCases(t, []labelCase{
		{"profits", []string{
			"Shares in Harrand Foods fell 12 per cent after it warned that profits would fall short of forecasts.",
		}, others, "profit warning", "profits"},
		{"sales stay", []string{
			"Shares in Harrand Foods fell 12 per cent after it warned that sales would fall short of forecasts.",
		}, others, "sales warning", ""},
	})
}
