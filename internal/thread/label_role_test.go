package thread

import "testing"

// TestLabelRole checks, on invented items, that a person the lead opens
// on by calling and name is labelled by calling and surname, with the
// word that says what kind of star or player when the story writes it in
// lower case or the lexicon knows it as a common noun, and with the
// calling taken out of the rest of the label;
// and that a firm after a calling, a star of no known kind, an office
// and a person the story keeps naming keep their names.
func TestLabelRole(t *testing.T) {
	others := []string{
		"The village fete raised £2,000 for the church roof on Saturday.",
		"A new footbridge over the canal opens next week after a year of work.",
	}
	runLabelCases(t, []labelCase{
		{"a calling", []string{
			"Actor Florian Maddox-Reeve, jogging through Hollin Park in a dinner suit on Sunday morning.",
			"He said he had been late for a breakfast and had not had time to change.",
		}, others, "actor Maddox-Reeve", "Florian"},
		{"a kind of star", []string{
			"Darts star Wilf Ancaster has retired after 30 years on the circuit.",
			"He said darts fans had been good to him, and that he would miss the crowds.",
		}, others, "darts star Ancaster", "Wilf"},
		{"a kind the lexicon knows", []string{
			"Television presenter Wilf Ancaster has bought a farmhouse in the Cotswolds.",
			"He said he wanted a quieter life with his dogs.",
		}, others, "TV presenter Ancaster", "Wilf"}, // "television" as headlines write it (label_tv.go)
		{"a description the label held", []string{
			"Young actor Florian Maddox-Reeve, who made his name in a soap, has landed his first film lead.",
			"He will play a young actor who runs away to sea.",
		}, others, "actor Maddox-Reeve", "young"},
		{"the calling in the plural", []string{
			"Jockey Orla Penhallow will miss the rest of the season after breaking her collarbone in a fall.",
			"She was among the leading jockeys of the winter, with 40 winners, and jockeys from every yard sent flowers.",
		}, others, "jockey Penhallow", "jockeys"},
		{"a star of no known kind", []string{
			"Reality star Tamsin Orlebar has announced her engagement to a farmer from Wexley.",
			"She said the farmer had proposed in a field of sheep.",
		}, others, "Tamsin Orlebar", ""},
		{"a firm after a calling", []string{
			"Lithium producer Karragong Minerals rose 8 per cent after signing a supply deal with a battery maker.",
			"Karragong Minerals said the deal would run for five years.",
		}, others, "Karragong Minerals", ""},
		{"an office", []string{
			"Education Secretary Felicity Ambrose has defended plans for new grammar schools in the shires.",
			"She said parents wanted more choice.",
		}, others, "schools", "secretary"}, // no role; the minister gives way to the matter (label_minister.go)
		{"a person the story keeps naming", []string{
			"Singer Esther Quaile has added six dates to her spring tour after the first twenty sold out.",
			"Quaile said she was thrilled. Quaile will play Leeds and Hull. Tickets for Quaile go on sale on Friday.",
		}, others, "Quaile", "singer"},
	})
}
