package thread

import "testing"

// TestLabelLateName checks, on invented news-brief items, that a name
// met in passing after the lead (a councillor or a doctor quoted, a
// resident) stays out of the label of a matter that its terms name,
// while a name the thread keeps coming back to stays in.
func TestLabelLateName(t *testing.T) {
	runLabelCases(t, []labelCase{
		{"councillor quoted on a rise", []string{
			"Parking charges in the town's car parks are to rise by a third from April, the cabinet has agreed.",
			"An hour's parking will cost more, and season tickets for commuters will rise too.",
			"Cabinet member Cllr Petra Lindqvist said the rise would close a gap in the parking budget.",
		}, []string{"The leisure centre pool will reopen next week after repairs."}, "parking charges", "Lindqvist"},
		{"doctor quoted on a jab", []string{
			"Fewer than half of over-70s have had the winter flu jab so far, health officials say.",
			"Dr Anselm Greaves-Toft, a GP in the town, urged older people not to wait for the flu jab.",
		}, []string{"A sinkhole has closed the high street."}, "flu jab", "Greaves-Toft"},
		{"resident quoted twice", []string{
			"The hedge at the end of the lane has grown taller than the house.",
			"Marigold Penhallow, who planted it, says she likes the privacy.",
			"Neighbours asked Penhallow to trim the hedge, and Penhallow refused.",
		}, nil, "hedge", "Penhallow"},
		{"name the thread keeps coming back to", []string{
			"The hedge at the end of the lane has grown taller than the house.",
			"Marigold Penhallow, who planted it, says she likes the privacy.",
			"Neighbours asked Penhallow to trim the hedge, and Penhallow refused.",
			"Penhallow has been told to cut it back by the spring.",
			"Penhallow says she will appeal.",
		}, nil, "Penhallow", ""},
	})
}

// TestLabelSource checks, on invented items, that a person brought in
// after the lead to speak on the matter stays out of the label though
// quoted in two paragraphs, while an acronym that speaks and a speaker
// the thread keeps coming back to stay in it.
func TestLabelSource(t *testing.T) {
	others := []string{"The bypass will open to traffic in June."}
	runLabelCases(t, []labelCase{
		{"resident quoted twice", []string{
			"The village library is to close next spring to save money.",
			"The library opens three days a week and lends about four thousand books a year.",
			"Orla Pendergast, who has used the library for forty years, said the village would lose its heart.",
			"More than six hundred people have signed a petition, Orla Pendergast added.",
		}, others, "library", "Pendergast"},
		{"speaker after a title", []string{
			"Leaks from old water pipes must be cut by a fifth within two years, the regulator has ruled.",
			"Dr Ines Falkenrath, an engineer, said the pipes were older than anyone admitted.",
			"Some of the pipes were laid before the war, Dr Falkenrath said, and few maps of them survive.",
		}, others, "pipes", "Falkenrath"},
		{"acronym that speaks", []string{
			"The number of people out of work rose by twelve thousand in the spring.",
			"The jobless rate is now the highest for three years, the NSRB said.",
			"Young people were hardest hit, the NSRB added.",
		}, others, "NSRB", ""},
		{"speaker the thread keeps coming back to", []string{
			"A row over a hedge at the end of the lane has gone to court.",
			"Marigold Penhallow said she planted the hedge for privacy.",
			"Neighbours asked Marigold Penhallow to trim it, and she refused.",
			"Marigold Penhallow said she would rather pay the fine.",
			"The court will hear from Marigold Penhallow next week.",
		}, others, "Penhallow", ""},
	})
}
