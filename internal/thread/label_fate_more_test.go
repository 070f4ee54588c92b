package thread

import "testing"

// TestLabelFateThings checks, on invented items, that what befalls a
// thing or an animal (stolen, rescued, released) or a person (awarded,
// injured) labels its subject and the event like the other fates; that
// a fate told in an adverbial clause ("after the bell was stolen") is no
// event of the sentence's subject; that a noun phrase ends before "worth"
// ("a tractor worth £90,000"); and that a group noun ("two families of
// otters") says too little to name the subject.
func TestLabelFateThings(t *testing.T) {
	others := []string{
		"The village fete raised £2,000 for the church roof on Saturday.",
		"A new footbridge over the canal opens next week after a year of work.",
	}
	runLabelCases(t, []labelCase{
		{"a thing stolen", []string{
			"A bronze weathervane that stood on the church tower at Millbrook Cross for 140 years has been stolen.",
			"Churchwardens at Millbrook Cross said the weathervane had stood there since 1880.",
		}, others, "bronze weathervane stolen", ""},
		{"people rescued after a relative clause", []string{
			"Three canoeists who capsized in a squall on Lake Brennet were rescued by a passing pleasure boat.",
			"The canoeists were treated for cold at the Lake Brennet jetty.",
		}, others, "canoeists rescued", ""},
		{"animals released", []string{
			"Two otters have been released into the upper reaches of the River Tarrant after months of care at a sanctuary.",
			"The sanctuary on the River Tarrant found the otters orphaned in the spring.",
		}, others, "otters released", ""},
		{"a person awarded", []string{
			"A paramedic who pulled a driver from a burning car on the Hollin bypass has been awarded a bravery medal.",
			"The paramedic said anyone on the Hollin bypass would have done the same.",
		}, others, "paramedic awarded", ""},
		{"fate in an adverbial clause", []string{
			"The bell ringers of St Oswin's have rung a full peal for the first time since the tenor bell was stolen in 2019.",
			"The bell ringers of St Oswin's practise on Thursdays.",
		}, others, "", "stolen"},
		{"fate in an adverbial clause after an of phrase", []string{
			"The first staging of the opera Brackwater Tide will open in Lisvane in May, forty years after the score was released.",
			"Tickets for Brackwater Tide go on sale next week.",
		}, others, "", "released"},
		{"a post-modifier before the verb", []string{
			"A tractor worth £90,000 has been stolen from a farm near Coldwick overnight.",
			"Police in Coldwick said the tractor was fitted with a tracker.",
		}, others, "", "worth"},
		{"a group noun", []string{
			"Two families of otters have been released on the Ashmere estate in the first such scheme in the county.",
			"The Ashmere estate will monitor the otters for a year.",
		}, others, "", "families released"},
	})
}
