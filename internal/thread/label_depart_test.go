package thread

import "testing"

// TestLabelDeparture checks, on invented items, that a lead telling of
// a boss's exit labels the firm, the post and the verb, or the one who
// leaves and the verb, and that a place left, a strike and executives
// of a firm named after a preposition make no departure of the name;
// "is set to" and "has announced her" keep the name the leaver, as do
// an apposition before the verb and a relative clause after a name
// that opens the lead, and a
// finance director is a firm's officer where a film's director is not.
func TestLabelDeparture(t *testing.T) {
	others := []string{
		"The Dowling 100 rose 0.4 per cent as miners gained ground.",
		"Shares in Stourby Homes rose after reservations ran ahead of last year.",
	}
	runLabelCases(t, []labelCase{
		{"the firm's chief", []string{
			"Pelbridge Bank slid 5 per cent after chief executive Ottilda Crantock said she would step down next year.",
			"Pelbridge Bank said the search for a successor had begun.",
		}, others, "Pelbridge Bank chief quits", ""},
		{"the one who leaves", []string{
			"Quiz host Esmond Ilsington is to step down after 23 years and more than 4,000 episodes.",
			"Esmond Ilsington said he wanted to spend more time in his garden.",
		}, others, "Esmond Ilsington quits", ""},
		{"a place left", []string{
			"Skelwith Bank is quitting its Cheapside headquarters after 90 years for a tower by the river.",
			"Skelwith Bank said the tower would save it rent.",
		}, others, "Skelwith Bank", "quits"},
		{"executives of a firm", []string{
			"The two most senior executives at mortgage giant Wexby Loans have resigned after irregularities were found.",
			"Wexby Loans said its accounts would be restated.",
		}, others, "Wexby Loans", "Loans resigns"},
		{"is set to", []string{
			"Snooker referee Alwyn Tressider is set to retire at the end of the season after 30 years with the white gloves.",
			"Alwyn Tressider said he would miss the crowds.",
		}, others, "Tressider retires", ""},
		{"announced her retirement", []string{
			"Hockey captain Merryn Polglase has announced her retirement after 14 seasons and 212 caps.",
			"Merryn Polglase will coach the juniors.",
		}, others, "Merryn Polglase retires", ""},
		{"finance director", []string{
			"Kitchen maker Drewsteign said finance director Oswin Tamblyn had resigned after less than a year.",
			"Drewsteign said a search for a successor had begun.",
		}, others, "Drewsteign finance chief resigns", ""},
		{"an apposition before the verb", []string{
			"Software group Tenbridge fell 9 per cent after its finance chief, Oswin Tamblyn, quit after eight months.",
			"Tenbridge said a search for a successor had begun.",
		}, others, "Tenbridge finance chief quits", ""},
		{"a relative clause after the leaver", []string{
			"Merryn Polglase, who has run the Tenbridge Income Fund for twelve years, is stepping down to start her own firm.",
			"Merryn Polglase said the fund was in good hands.",
		}, others, "Merryn Polglase quits", ""},
		{"a post with a word before it", []string{
			"Meanwhile, Tory MP Oswin Tamblyn has resigned the party whip to sit as an independent.",
			"Oswin Tamblyn said the party had lost its way.",
		}, others, "MP resigns", "Tamblyn"}, // an MP gives way to the post (label_minister.go)
		{"a film's director", []string{
			"Velmore Pictures said director Oswin Tamblyn had resigned from its new thriller over the script.",
			"Velmore Pictures said filming would start in May.",
		}, others, "Velmore", "director resigns"},
	})
}
