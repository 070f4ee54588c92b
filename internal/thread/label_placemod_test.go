package thread

import "testing"

// TestPlaceModifier checks that a capitalised word with a hyphened
// participle of place or status, or a hyphened agent noun, is a
// modifier, not a name, and that a hyphened name is none.
func TestPlaceModifier(t *testing.T) {
	for s, want := range map[string]bool{
		"Oxford-based": true, "AIM-listed": true, "Irish-born": true, "US-owned": true, "Crust-owner": true, "Kat-maker": true,
		"Bennett-Warner": false, "Stow-on-the-Wold": false, "Based": false,
	} {
		if got := placeModifier(s); got != want {
			t.Errorf("placeModifier(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestLabelPlaceModifier checks, on an invented item, that the label
// names the firm, not the place it is based in.
func TestLabelPlaceModifier(t *testing.T) {
	others := []string{
		"The Dowling 100 rose 0.4 per cent as miners gained ground.",
		"Shares in Stourby Homes rose after reservations ran ahead of last year.",
	}
	runLabelCases(t, []labelCase{
		{"a place-based firm", []string{
			"Among the risers, Leeds-based Corvell Bio climbed 31 per cent to 64p after its treatment for a rare liver disorder met its main goal in a mid-stage trial.",
			"Corvell Bio said it would start a larger trial next year.",
		}, others, "Corvell Bio", "Leeds-based"},
		{"an owner before the firm", []string{
			"Pie Hut-owner Marlow Foods surged 12 per cent to 203p as investors took comfort in figures that were better than feared.",
			"Marlow Foods said sales at its station pie shops were recovering.",
		}, others, "Marlow Foods", "Hut-owner"},
	})
}

// TestLabelGraded checks, on an invented item, that a word the thread
// only grades ("were pretty acute") is taken for the adjective it is and
// left out of the label.
func TestLabelGraded(t *testing.T) {
	others := []string{
		"The Dowling 100 rose 0.4 per cent as miners gained ground.",
		"Shares in Stourby Homes rose after reservations ran ahead of last year.",
	}
	runLabelCases(t, []labelCase{
		{"pretty acute", []string{
			"The problems were pretty acute for the rest of the pub sector with the 10pm curfew now in place.",
			"Pub groups said the curfew would cost them a third of their evening trade.",
		}, others, "curfew", "acute"},
	})
}
