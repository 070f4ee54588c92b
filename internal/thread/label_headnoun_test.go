package thread

import "testing"

// TestLabelHeadlineNouns checks, on invented threads, that a price can
// name a thread ("house prices rise", "pint price"), while a surname
// "Price" is no price.
func TestLabelHeadlineNouns(t *testing.T) {
	others := []string{
		"The Dowling 100 rose 0.4 per cent as miners gained ground.",
		"A new bridge over the Wendle will open in May, the council said.",
	}
	runLabelCases(t, []labelCase{
		{"house prices", []string{
			"House prices rose by 0.4 per cent last month, the fourth increase in a row, figures from Cobbold Building Society show.",
			"The average home now costs £291,000, with prices highest in the south-east.",
		}, others, "prices", ""},
		{"a price rise", []string{
			"The price of a pint in the Strangers' Bar at Westminster is going up by 40p from Monday.",
			"The Commons authorities said the price had not risen for three years.",
		}, others, "price", ""},
		{"a surname", []string{
			"Senator Darnell Price faces an ethics investigation over his campaign funds.",
			"Price said he had done nothing wrong.",
		}, others, "", "price"},
	})
}
