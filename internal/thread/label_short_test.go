package thread

import "testing"

// TestLabelListedName checks, on invented items, that a three-word
// company name directly followed by its share move is labelled by its
// first two words, while a name followed by "up" or by no move word, and
// a two-word name, keep every word.
func TestLabelListedName(t *testing.T) {
	others := []string{
		"The FTSE 100 rose 0.4 per cent, or 31.2 points, to 7,512.6.",
		"Tallis Homes rose 3.1 per cent, or 14p, to 466p after reservations ran ahead of last year.",
	}
	runLabelCases(t, []labelCase{
		{"three words and a move", []string{
			"Gold explorer Marrowby Ridge Resources climbed 27 per cent to 3.8p after drilling in Ghana returned exceptional grades.",
			"Marrowby Ridge Resources said more drilling would follow in the spring.",
		}, others, "Marrowby Ridge", "Resources"},
		{"three words, then a move in the past", []string{
			"Oil and gas minnow Wessel Basin Energy dropped 21 per cent to 1.1p after a placing at a steep discount.",
		}, others, "Wessel Basin", "Energy"},
		{"three words and up", []string{
			"The council has put the Meadowvale Leisure Centre up for sale after years of losses at the pool.",
			"Meadowvale Leisure Centre opened in 1978.",
		}, others, "Meadowvale Leisure Centre", ""},
		{"three words, no move", []string{
			"Customers of Northwick Building Society were surprised by its new logo, a swan.",
			"Northwick Building Society said the swan stood for calm.",
		}, others, "Northwick Building Society", ""},
		{"function word inside", []string{
			"Ferry operator Harbour On Sea jumped 12 per cent after it won the island contract.",
			"Harbour On Sea will run four crossings a day from March.",
		}, others, "Harbour On Sea", ""},
		{"two words and a move", []string{
			"Harwick Foods slumped 14 per cent to 252p after a profit warning.",
		}, others, "Harwick Foods", ""},
	})
}

// TestLabelLegalForm checks, on invented items, that a company's legal
// form is dropped from the end of the label's name, and that "Corp" is
// not.
func TestLabelLegalForm(t *testing.T) {
	others := []string{
		"The FTSE 100 rose 0.4 per cent, or 31.2 points, to 7,512.6.",
	}
	runLabelCases(t, []labelCase{
		{"holdings", []string{
			"Drug developer Quillon Pharma Holdings said its arthritis trial had been halted after side effects in two patients.",
			"Quillon Pharma Holdings will report to regulators next month.",
		}, others, "Quillon Pharma", "Holdings"},
		{"plc", []string{
			"Mental health provider Brenmoor PLC plans to float on AIM next month, valuing it at £200million.",
			"Brenmoor PLC runs online counselling for schools.",
		}, others, "Brenmoor", "PLC"},
		{"corp", []string{
			"Media group Castell Corp has bid £4billion for a rival broadcaster.",
			"Castell Corp said the bid was final.",
		}, others, "Castell Corp", ""},
	})
}
