package thread

import "testing"

// TestLabelShiftNoun checks, on invented items, that a lead naming a
// movement by its noun ("a bin charge rise of 8 per cent", "a rise in
// the visitor levy") labels the measure and "rise" or "cut", and that a
// movement noun in a side clause ("after a rise in costs"), a relative
// clause, a movement verb ("saw visits fall in the face of") and an
// "in" that names no measure do not.
func TestLabelShiftNoun(t *testing.T) {
	others := []string{
		"The village fete raised £2,000 for the church roof on Saturday.",
		"A new footbridge over the canal opens next week after a year of work.",
	}
	runLabelCases(t, []labelCase{
		{"compound with a figure after of", []string{
			"Dunmere council has confirmed a garden waste charge rise of 8 per cent from June, the most in a decade.",
			"Residents said the charge was already too high.",
		}, others, "charge rise", ""},
		{"percentage before the compound", []string{
			"Councillors in Pellow will vote tonight on a 6 per cent bin charge increase.",
			"Opposition members said the increase was unfair.",
		}, others, "bin charge rise", ""},
		{"measure after in", []string{
			"The harbour trust has asked ministers for a steep rise in the visitor levy, which stands at £2 a night.",
			"Hoteliers said the levy already kept guests away.",
		}, others, "visitor levy rise", ""},
		{"side clause after after", []string{
			"Shares in Corbel Mills slid after a surprise rise in grain costs hit margins at the flour maker.",
			"Corbel Mills said it would raise its prices in the spring.",
		}, others, "Corbel", "costs rise"},
		{"movement verb before in", []string{
			"Coach operator Tarrant Lines has seen bookings fall in the face of cheaper rail deals this winter.",
			"Tarrant Lines said its summer trade was steady.",
		}, others, "Tarrant", "face fall"},
		{"quantity of something", []string{
			"Doctors in Brackwater have warned of a sharp rise in the number of children with measles this spring.",
			"Clinics will open late for vaccinations.",
		}, others, "", "number rise"},
		{"relative clause", []string{
			"The Heronby plant, which faces a cut of 40 per cent in output, will stay open until March.",
			"Staff at the Heronby plant were told on Friday.",
		}, others, "Heronby", "cut"},
	})
}
