package thread

import "testing"

// TestLabelPlainSubject checks, on invented items, that a lead whose
// subject is a plain noun phrase with a place in it is labelled by the
// subject, the verb and its object, not by the place: a ban on people
// bans what they may not bring, a ban from a place bans its object, a
// closure needs no object, a plural subject takes the bare verb, a
// conjunction may open the sentence before the subject, a name may
// modify the subject's head, a verb of leaving ("is quitting") is a
// news verb too; and
// that a definite subject the story has named ("the council") and a
// generic one ("a man") are left to the other rules.
func TestLabelPlainSubject(t *testing.T) {
	others := []string{
		"The village fete raised £2,000 for the church roof on Saturday.",
		"A new footbridge over the canal opens next week after a year of work.",
	}
	runLabelCases(t, []labelCase{
		{"a ban on people", []string{
			"A secondary school in Wrexley has banned pupils from bringing mobile phones onto the site after a trial.",
			"Detentions at the school fell by a third during the trial, the head said.",
		}, others, "school bans mobile phones", "Wrexley"},
		{"a ban from a place", []string{
			"A headteacher in Dunmere has banned mobile phones from the school day entirely, including at lunch.",
			"Parents in Dunmere said the trial had gone well and behaviour had improved.",
		}, others, "headteacher bans mobile phones", "Dunmere"},
		{"a closure", []string{
			"Elsewhere, a primary school in Ashcombe has closed its doors after surveyors found its roof was unsafe.",
			"Pupils in Ashcombe will be taught in the village hall until the roof is repaired.",
		}, others, "school closes", "Ashcombe"},
		{"a plural subject", []string{
			"Two bakeries in Wrexley have closed their shops after energy bills doubled.",
			"The bakeries in Wrexley employed 40 people between them.",
		}, others, "", "closes"},
		{"a conjunction before the subject", []string{
			"And the ferry that carried cars across the estuary at Kelport for 40 years has retired after its last crossing.",
			"The ferry at Kelport will be sold for scrap.",
		}, others, "ferry retires", "Kelport"},
		{"a name modifying the subject", []string{
			"A Wexley dog rescue has launched an appeal to pay for new kennels before the winter.",
			"The rescue takes in 300 dogs a year and the appeal runs until March.",
		}, others, "Wexley dog rescue launches appeal", ""},
		{"a leaver with no name", []string{
			"A Liberal council candidate is quitting after being quoted as wanting to close every library in the town.",
			"The candidate said the quote had been taken out of context.",
		}, others, "council candidate quits", ""},
		{"a definite subject the story has named", []string{
			"The council has launched a consultation on closing three of its libraries to save money.",
			"The consultation on the libraries runs until March.",
		}, others, "", "council launches"},
	})
}
