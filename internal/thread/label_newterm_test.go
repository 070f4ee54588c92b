package thread

import "testing"

// TestLabelNewTerm checks, on an invented item, that "new" goes back in
// front of a contract whose term stands between them ("a new four-year
// contract").
func TestLabelNewTerm(t *testing.T) {
	others := []string{
		"The Dowling 100 rose 0.4 per cent as miners gained ground.",
		"Shares in Stourby Homes rose after reservations ran ahead of last year.",
	}
	runLabelCases(t, []labelCase{
		{"a new four-year contract", []string{
			"One player who will not mind is Dafydd Penrose, who has signed a new four-year contract at Marlow Town.",
			"Dafydd Penrose joined Marlow Town from their academy and has the contract he wanted.",
		}, others, "new contract", ""},
	})
}
