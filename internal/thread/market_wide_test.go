package thread

import (
	"slices"
	"testing"
)

func TestSpeaksOfMarket(t *testing.T) {
	for _, c := range []struct {
		u    string
		want bool
	}{
		{"The wider market had a quieter session.", true},
		{"London's blue-chip index slipped back as the oil price fell.", true},
		{"US stocks ended lower on Thursday after weak jobs figures.", true},
		{"The junior market is set for a rare newcomer next week.", true},
		// a move of its own: an index line, not a turn to the market
		{"The FTSE 100 rose 0.4 per cent, or 31.2 points, to 7412.6.", false},
		// a company's market further on
		{"Pellow Stores is losing ground in a crowded market for garden furniture.", false},
		// speech about the market carries on its speaker's item
		{"Analysts said the market was too gloomy.", false},
		{"'The market is wrong about us,' said the chief executive.", false},
		{"But the wider market was unmoved.", false},
	} {
		if got := speaksOfMarket(c.u, firstSentence(c.u)); got != c.want {
			t.Errorf("speaksOfMarket(%q) = %v, want %v", c.u, got, c.want)
		}
	}
}

func TestIndexLine(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"The FTSE 100 closed up 0.7 per cent, or 58.21 points, at 8,302.15.", true},
		{"The Brackley index fell 1.2 per cent to 742.6.", true},
		{"Marlow Foods rose 4.1 per cent, or 12p, to 310p.", false},
		{"The wider market was flat.", false},
	} {
		if got := indexLine(c.s); got != c.want {
			t.Errorf("indexLine(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

func TestMarketTurns(t *testing.T) {
	units := []string{
		"Shares in Marlow Foods jumped 8 per cent, or 24p, to 324p after it beat forecasts.",
		"Chief executive Ruth Ames said sales of frozen pies had doubled.",
		"The wider market had a quieter session as traders waited for the budget.",
		"The FTSE 100 edged up 0.2 per cent, or 14.6 points, to 7466.3, while the FTSE 250 slipped 0.1 per cent.",
		"Tansy Mining fell 6 per cent, or 41p, to 642p after a flood at its Peruvian mine.",
		"Finance chief Omar Bell said the stock would recover.",
		"The AIM All-Share index gained 0.3 per cent, or 2.2 points, to 750.4.",
	}
	toks := tokenizeAll(units)
	items := companyItems(units, toks)
	if !items[3] {
		t.Fatalf("companyItems = %v: the index line should read as an item before marketTurns", items)
	}
	marketTurns(units, items)
	// the turn to the market opens the item and the index line carries it
	// on; an index line after a company's speaker is left as it is
	want := []bool{true, false, true, false, true, false, true}
	if !slices.Equal(items, want) {
		t.Errorf("marketTurns: items = %v, want %v", items, want)
	}
}

func TestTurnsToMarket(t *testing.T) {
	for _, c := range []struct {
		u    string
		want bool
	}{
		{"The wider market had a better day.", true},
		{"Looking at the wider market, the AIM All-Share slipped 0.3 per cent to 748.", true},
		{"On the broader market, miners rose as metal prices firmed.", true},
		{"The junior market is set to see a new addition next week.", true},
		{"The rest of the market was calmer.", true},
		// a plain market or an index is said of the item at hand as often
		{"The mid-cap index saw some of the day's biggest rallies.", false},
		{"On the currency markets, the pound was flat against the dollar.", false},
		{"The market shrugged off the warning.", false},
		// the market far into the sentence is a company's
		{"Pellow Stores said it was losing ground in the wider market for garden furniture.", false},
		{"The wider-ranging review will report in May.", false},
	} {
		if got := turnsToMarket(c.u); got != c.want {
			t.Errorf("turnsToMarket(%q) = %v, want %v", c.u, got, c.want)
		}
	}
}

func TestMarketTurnsByName(t *testing.T) {
	units := []string{
		"Shares in Marlow Foods jumped 8 per cent, or 24p, to 324p after it beat forecasts.",
		"Chief executive Ruth Ames said sales of frozen pies had doubled.",
		"The junior market will welcome a newcomer next month when Fenway Gardens lists.",
		"Founder Ada Lowe said the listing would pay for six new garden centres.",
		"The wider market was flat, with the FTSE 100 unchanged at 7466.3.",
		"The FTSE 250 slipped 0.1 per cent, or 21.4 points, to 19820.5.",
	}
	toks := tokenizeAll(units)
	items := companyItems(units, toks)
	marketTurns(units, items)
	// a turn to the market opens an item whatever follows it; the index
	// line after it carries it on
	want := []bool{true, false, true, false, true, false}
	if !slices.Equal(items, want) {
		t.Errorf("marketTurns: items = %v, want %v", items, want)
	}
}
