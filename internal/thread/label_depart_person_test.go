package thread

import "testing"

// TestLabelDepartPerson checks, on invented items, that when the lead's
// opening person leaves and the label's name is another (the club
// before the calling), the label is the person and the verb, and that a
// long apposition between the person and the verb does not hide them.
func TestLabelDepartPerson(t *testing.T) {
	others := []string{
		"The FTSE 100 rose 0.4 per cent as miners gained ground.",
		"Shares in Stourby Homes rose after reservations ran ahead of last year.",
	}
	runLabelCases(t, []labelCase{
		{"a club's player retires", []string{
			"Port Tarnwick goalkeeper Davey Mullan will retire at the end of the season after 17 years and 540 appearances for the club.",
			"The 37-year-old said Port Tarnwick had been his life.",
		}, others, "Davey Mullan retires", ""},
		{"a long apposition", []string{
			"Hockey umpire Carys Pennick, the first woman to take charge of a men's national cup final, is to retire at the end of the season.",
			"Pennick, 46, said the final had been the highlight of her career.",
		}, others, "Pennick retires", ""},
	})
}
