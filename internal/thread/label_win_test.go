package thread

import "testing"

// TestLabelWin checks, on invented items, that a lead telling what its
// subject won or received labels the subject, the verb and what was won
// (past a relative clause, an apposition or a phrase of origin), a sum
// won on a game as that game's win, a plural subject with "win"; and
// that the rule keeps out of a win in a relative or adverbial clause, a
// passive, a reader's letter, a sum won with no game, a count of things
// received, a phrase after a comma, a win in a clause the subject
// reports, and a reaction won ("won praise").
func TestLabelWin(t *testing.T) {
	others := []string{
		"The village fete raised £2,000 for the church roof on Saturday.",
		"A new footbridge over the canal opens next week after a year of work.",
	}
	runLabelCases(t, []labelCase{
		{"a long subject wins a prize", []string{
			"A retired ferryman from Calderwick who began writing at 70 has won the Brennock Prize for poetry.",
			"The judges of the Brennock Prize praised the ferryman's debut collection.",
		}, others, "ferryman wins Brennock Prize", ""},
		{"a name and an apposition receive an honour", []string{
			"Maud Trevaskis, matron of Polgrean Cottage Hospital for 30 years, received her OBE at the palace on Wednesday.",
			"Mrs Trevaskis said the OBE belonged to her nurses at Polgrean.",
		}, others, "Maud Trevaskis receives OBE", ""},
		{"a plural subject", []string{
			"Two apprentices from a boatyard in Marrowby have won the national joinery championship.",
			"The apprentices built a clinker dinghy in three days for the championship.",
		}, others, "apprentices win", ""},
		{"a sum won on a game", []string{
			"A pensioner from Hollybank has won £2million on a scratchcard bought with change from a newspaper.",
			"The pensioner from Hollybank said she would buy a caravan with the scratchcard winnings.",
		}, others, "pensioner scratchcard win", ""},
		{"a name opening with a participle", []string{
			"Painted Lady won the Coldmoor Chase by six lengths on Saturday for trainer Ann Cresswell.",
			"Ann Cresswell said Painted Lady would now run at Aintree.",
		}, others, "Painted Lady wins Coldmoor Chase", ""},
		{"a generic subject", []string{
			"A couple from Ashby Parva who have played the same numbers for 20 years have won £4million on the lottery.",
			"The Ashby Parva couple said the lottery money would go to their grandchildren.",
		}, others, "couple lottery win", ""},
		{"an adverb inside what was won", []string{
			"In the Tarrow by-election, the Greens won their first ever seat on the district council.",
			"The Greens took the Tarrow seat by 120 votes.",
		}, others, "Greens wins first seat", ""},
		{"a win in a relative clause", []string{
			"Ailsa Brogden, who won a world rowing title in 2019, has taken charge of the Corran Water club's juniors.",
			"The Corran Water club's juniors train on the loch each morning.",
		}, others, "", "win"},
		{"a win in an adverbial clause", []string{
			"Dilys Parrow, the skittles captain, was asked to apologise after her team won the county shield in a disputed final.",
			"The county shield final ended in a row over the last throw.",
		}, others, "", "win"},
		{"a passive", []string{
			"The harvest quiz at the Corby Mill hall was won for the third year by a team of retired teachers.",
			"The teachers' team beat eleven others at the Corby Mill hall quiz.",
		}, others, "", "win"},
		{"a reader's letter", []string{
			"We have received a penalty notice from a car park operator for staying ten minutes too long at a retail park.",
			"The car park operator wants £90 for the penalty notice.",
		}, others, "", "receive"},
		{"only a figure won", []string{
			"A couple from Dunmore have won £3.5million, the most a draw run by a building society has paid.",
			"The Dunmore couple plan a cruise with the draw money.",
		}, others, "", "couple win"},
		{"a phrase after a comma", []string{
			"A couple from Dunmore have won £3.5million, double the previous record for the draw.",
			"The Dunmore couple plan a cruise with the draw money.",
		}, others, "", "couple win"},
		{"a win in a reported clause", []string{
			"The Harbour Rovers chairman said last night the youth side won the county cup on merit.",
			"The county cup final was played at the Harbour Rovers ground.",
		}, others, "", "chairman wins"},
		{"a count received", []string{
			"The broadcasting watchdog has received more than 3,000 complaints about a game show stunt involving a goat.",
			"Viewers said the game show stunt frightened the goat.",
		}, others, "", "receive"},
		{"a reaction won", []string{
			"Brackley Road has won praise from a mental health charity for its storyline about a grieving teenager.",
			"The Brackley Road storyline ends on Friday.",
		}, others, "", "wins praise"},
		{"a figure of speech received", []string{
			"The box office in Tarrowby received a boost from a new animated film over the holiday weekend.",
			"The animated film filled the Tarrowby cinemas on Monday.",
		}, others, "", "receive"},
	})
}

// TestLabelWinSentenceEnd checks that what was won ends with its
// sentence: a sum with no game before a full stop is no object, and the
// name that opens the next sentence is not taken for one.
func TestLabelWinSentenceEnd(t *testing.T) {
	others := []string{
		"The village fete raised £2,000 for the church roof on Saturday.",
		"A new footbridge over the canal opens next week after a year of work.",
	}
	runLabelCases(t, []labelCase{
		{"a sum at the sentence's end", []string{
			"A couple from Dunmore who bought their first ticket in ten years have won £3.5million. Gwen Alder said they would keep working.",
			"The Dunmore couple plan a cruise with the ticket money.",
		}, others, "", "Gwen"},
	})
}

// TestLabelAwarded checks, on invented items, that the fate rule's
// "awarded" takes what was awarded as the win rule reads it, and leaves
// out a sum alone.
func TestLabelAwarded(t *testing.T) {
	others := []string{
		"The village fete raised £2,000 for the church roof on Saturday.",
		"A new footbridge over the canal opens next week after a year of work.",
	}
	runLabelCases(t, []labelCase{
		{"a medal awarded", []string{
			"A firefighter who carried three children from a burning flat in Kelby has been awarded the Queen's Fire Service Medal.",
			"The firefighter went back into the flat twice, colleagues said.",
		}, others, "firefighter awarded Queen Fire Service Medal", ""},
		{"a sum awarded", []string{
			"A warehouse worker who was sacked for joining a union has been awarded more than £30,000 after an employment tribunal in Kelby.",
			"The warehouse firm said it would appeal against the tribunal ruling.",
		}, others, "warehouse worker awarded", "tribunal"},
	})
}
