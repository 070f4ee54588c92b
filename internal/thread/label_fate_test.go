package thread

import "testing"

// TestLabelFate checks, on invented items, that a lead telling what
// befell its subject after a long subject labels the subject and the
// event ("plasterer jailed", "Tom Pemberton dies"; "Ada Pemberton
// obituary" when the death is a relative clause of the sentence's
// subject, whose life the sentence goes on to tell), and that a fate in
// a relative clause, a merely possible one, a bare "man" and a reader's
// own family do not.
func TestLabelFate(t *testing.T) {
	others := []string{
		"The village fete raised £2,000 for the church roof on Saturday.",
		"A new footbridge over the canal opens next week after a year of work.",
	}
	runLabelCases(t, []labelCase{
		{"relative clause before the verb", []string{
			"A plasterer who took £9,000 from a pensioner for work he never did has been jailed for two years.",
			"Judge Oona Phelps told Brackwater Crown Court the victim had lost her savings.",
		}, others, "plasterer jailed", ""},
		{"opening adverbial", []string{
			"Elsewhere, a haulier has been fined £5,000 for letting his lorries run without brakes tested.",
			"Inspectors from Brackwater found six of the lorries unsafe.",
		}, others, "haulier fined", ""},
		{"of phrase and a body's name", []string{
			"The treasurer of the Marshfield Bowls Club has been charged with stealing from its funds.",
			"Members of the Marshfield Bowls Club said they were shocked.",
		}, others, "Marshfield Bowls Club treasurer charged", ""},
		{"obituary with a relative clause", []string{
			"Tom Pemberton, who ran the village shop in Ashby Fold for 40 years, has died aged 88.",
			"Neighbours said Tom Pemberton knew every customer by name.",
		}, others, "Tom Pemberton dies", ""},
		{"an obituary's opening", []string{
			"Ada Pemberton, who has died aged 91, ran the village shop in Ashby Fold for 40 years.",
			"Neighbours said Ada Pemberton knew every customer by name.",
		}, others, "Ada Pemberton obituary", ""},
		{"a death in a relative clause of another subject", []string{
			"Tributes have been paid to the folk singer Ada Pemberton, who has died aged 81.",
			"Ada Pemberton recorded six albums in Ashby Fold.",
		}, others, "Ada Pemberton dies", ""},
		{"obituary with an apposition", []string{
			"Ada Kellaway, known to the whole valley as Dot, died peacefully at home on Tuesday, aged 93.",
			"Ada Kellaway taught at the valley school for 30 years.",
		}, others, "Ada Kellaway dies", ""},
		{"death as a noun", []string{
			"Fenmoor bowls has lost its best-loved player with the death of Walter Greaves, who played for the club for 60 summers.",
			"Walter Greaves won the county title four times.",
		}, others, "Walter Greaves dies", ""},
		{"fate in a relative clause", []string{
			"A publican who was fined last year for serving after hours has opened a second bar on Mill Street in Corbridge.",
			"The publican said the new bar in Corbridge would serve food.",
		}, others, "", "fined"},
		{"possible fate", []string{
			"A driver who crashed into a bus shelter in Hexley could be jailed, magistrates warned on Monday.",
			"The bus shelter in Hexley has since been rebuilt.",
		}, others, "", "jailed"},
		{"a bare man", []string{
			"A man who stole a vintage motorcycle from a museum in Larkford has been jailed for a year.",
			"The museum in Larkford got the motorcycle back.",
		}, others, "", "man jailed"},
		{"a reader's own family", []string{
			"My husband, Len, died in March, and his pension firm now says it has no record of him.",
			"The pension firm has since found the record.",
		}, others, "", "dies"},
		{"death as a circumstance", []string{
			"After the death of Maud Ferris the Ferris tea rooms in Hexley will close at Easter.",
			"The tea rooms in Hexley opened in 1952.",
		}, others, "", "dies"},
	})
}

// TestLabelFateFormer checks, on invented items, that a subject opening
// with "former" (after an article, an opening adverbial or at the
// sentence's start) is read past that word by the fate rule.
func TestLabelFateFormer(t *testing.T) {
	others := []string{
		"The village fete raised £2,000 for the church roof on Saturday.",
		"A new footbridge over the canal opens next week after a year of work.",
	}
	runLabelCases(t, []labelCase{
		{"after an adverbial and an article", []string{
			"In other news, a former nursery manager has been jailed for three years for stealing £30,000 from parents' fees.",
			"Kelby Crown Court heard the money paid for holidays in Spain.",
		}, others, "nursery manager jailed", ""},
		{"at the sentence's start", []string{
			"Former Kelby Town striker Dafydd Rowse has been banned from driving for a year after a crash on the ring road.",
			"Rowse, 34, scored 80 goals for Kelby Town, magistrates heard.",
		}, others, "Dafydd Rowse banned", ""},
	})
}
