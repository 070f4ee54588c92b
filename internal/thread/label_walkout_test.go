package thread

import "testing"

// TestLabelWalkout checks, on invented items, that a lead telling of a
// strike by its verb labels the employer, the strikers and "strike", and
// that "strike a deal", a name that is a time and a strike in another
// party's words do not.
func TestLabelWalkout(t *testing.T) {
	others := []string{
		"The village fete raised £2,000 for the church roof on Saturday.",
		"A new footbridge over the canal opens next week after a year of work.",
	}
	runLabelCases(t, []labelCase{
		{"employer after the strikers", []string{
			"Porters at Selby Vale Hospital will strike for 48 hours from Monday in a dispute over overtime.",
			"Selby Vale Hospital said operations would go ahead.",
		}, others, "Selby Vale Hospital porters strike", ""},
		{"voted to strike", []string{
			"Commuters face a week of delays after ticket inspectors voted to strike over new rotas.",
			"The operator said it was disappointed by the vote of the inspectors.",
		}, others, "ticket inspectors strike", ""},
		{"staging a walkout", []string{
			"Passengers on the Dunmere line face disruption as guards stage a 24-hour walkout over pay.",
			"The Dunmere line will run one train an hour.",
		}, others, "guards strike", ""},
		{"a name that is a time", []string{
			"Shoppers face empty shelves over Easter after warehouse loaders voted to strike in a row over breaks.",
			"The loaders' union said talks had failed.",
		}, others, "warehouse loaders strike", "Easter"},
	})
}

// TestLeadWalkoutNone checks, on invented leads, that the walkout rule
// finds no strike in the other senses of the verb or without strikers.
func TestLeadWalkoutNone(t *testing.T) {
	for _, lead := range []string{
		"Fellbridge Pottery hopes to strike a deal with a Japanese importer before the spring fair.",
		"The council will strike out the old policy at its next meeting.",
		"Lightning could strike the mast again, engineers at Fellbridge warned.",
		"Wetherby Rovers will strike back after a poor start, their manager said.",
	} {
		if _, _, ok := leadWalkout(tokenizeAll([]string{lead})[0]); ok {
			t.Errorf("walkout found in %q", lead)
		}
	}
}
