package thread

import "testing"

// TestLabelLetterSignedLead checks, on invented items, that a reader's
// letter whose signature closes the lead paragraph itself ("… Must we
// pay? Ada Kell, Tarrowby") is labelled by its question's topic words as
// one signed in a paragraph of its own is; a first-person news lead that
// ends in a sentence, not a signature, keeps its name.
func TestLabelLetterSignedLead(t *testing.T) {
	others := []string{
		"The village fete raised £2,000 for the church roof on Saturday.",
		"A new footbridge over the canal opens next week after a year of work.",
	}
	runLabelCases(t, []labelCase{
		{"signed at the end of the lead", []string{
			"My late mother's gas supplier keeps sending a final bill to her old address although I have sent the death certificate twice. Who settles the final bill? Morwenna Tregear, Penlow",
			"Send the final bill and a copy of the death certificate to the supplier's bereavement team, which must close the account within a month.",
		}, others, "final bill", "Tregear"},
		{"signed by a couple", []string{
			"Our holiday company cancelled our cruise and offered a credit note for the cruise fare. We want our money back. Alun and Morwenna Tregear, Penlow.",
			"Because the company cancelled, the law says the cruise fare comes back in cash within 14 days.",
		}, others, "cruise", "Tregear"},
		{"a first-person lead with no signature", []string{
			"Our reporter joined Morwenna Tregear on her last shift at the Penlow ferry after 40 years at the wheel.",
			"Mrs Tregear said she would miss the early crossings most.",
		}, others, "Tregear", ""},
	})
}
