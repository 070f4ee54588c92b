package thread

import "testing"

// TestLabelObituary checks, on invented items, that an obituary is
// "Name obituary" when an honorific or an opening adverbial stands
// before its subject, or when its subject's name is set above it as a
// heading in capitals; that a dame keeps her rank and a soldier loses
// his; that a death whose clause ends the sentence stays "dies"; and that
// the fill rule adds no word to a death's label.
func TestLabelObituary(t *testing.T) {
	others := []string{
		"The village fete raised £2,000 for the church roof on Saturday.",
		"A new footbridge over the canal opens next week after a year of work.",
	}
	runLabelCases(t, []labelCase{
		{"honorific before the name", []string{
			"Dr Ada Kellaway, who has died aged 95, was for thirty years the only doctor in the upper Tarn valley villages.",
			"Patients said Ada Kellaway never missed a round in the Tarn valley.",
		}, others, "Ada Kellaway obituary", "dies"},
		{"opening adverbial", []string{
			"For 32 years the Rev Idris Pengelly, who has died aged 84, rode a motorcycle between the hill chapels of his parish.",
			"Idris Pengelly was born in Swansea, the son of a docker.",
		}, others, "Idris Pengelly obituary", "dies"},
		{"clause ending the sentence", []string{
			"Tributes have been paid to the fiddler Ada Pemberton, who has died aged 81. Her first album sold widely.",
			"Ada Pemberton recorded six albums in Ashby Fold.",
		}, others, "Ada Pemberton dies", "obituary"},
		{"name heading in capitals", []string{
			"MORWENNA TRELAWNEY",
			"Actress whose voice could fill any theatre without seeming to try",
			"Morwenna Trelawney, who has died aged 94, was for three decades the actress directors called when a play needed a queen.",
			"Born in Truro, Morwenna Trelawney trained at drama school and made her debut in 1952.",
		}, others, "Morwenna Trelawney obituary", "MORWENNA"},
		{"a dame keeps her rank", []string{
			"Dame Morwenna Trelawney, who has died aged 94, was for three decades the actress directors called when a play needed a queen.",
			"She was made a dame in 1994, and Morwenna Trelawney said the hat was new.",
		}, others, "Dame Morwenna Trelawney obituary", ""},
		{"a soldier's rank goes", []string{
			"Major Alun Pengelly, who has died aged 90, ran the regimental museum in Brecon for twenty years.",
			"He was promoted to major in 1961, and Alun Pengelly never used the rank again.",
		}, others, "Alun Pengelly obituary", "Major"},
		{"no fill after a death", []string{
			"Ada Pemberton, who has died aged 91, fired blue mugs in a kiln in her garden shed at Ashby Fold for 40 years.",
			"Her mugs sat on every mantelpiece in Ashby Fold, and the kiln still stands.",
			"Ada Pemberton made her last mugs in the kiln in 2019.",
		}, others, "Ada Pemberton obituary", "kiln"},
	})
}
