package actor

import "testing"

// TestTitledThing: a name with a title of rank written after "the" at
// every mention is a ship's, a pub's or a horse's; one written once
// without the article, or a title of place, stays a person's.
func TestTitledThing(t *testing.T) {
	runNameRules(t, []nameRuleCase{
		{name: "a boat after the", text: []string{"Officers boarded his boat, the Lady Rosalind, as it returned to harbour in June.", "Brixham harbour, where the Lady Rosalind was boarded by fishery officers."},
			want: map[string]string{"Lady Rosalind": Other}},
		{name: "a ferry", text: []string{"The 08:45 sailing from Fishguard on the Lady Gwendolyn has been cancelled, said ferry boss Tom Pryce.", "The Lady Gwendolyn will stay in port overnight."},
			want: map[string]string{"Tom Pryce": Person, "Lady Gwendolyn": Other}},
		{name: "a pub named once", text: []string{"The party has been turfed out of the Lord Ravensworth pub just off Whitehall.", "The Chief Whip has booked the Lord Ravensworth every December."},
			want: map[string]string{"Lord Ravensworth": Other}},
		{name: "a peer written without the article", text: []string{"The estate passed to the Lord Ashcombe in 1950.", "Lord Ashcombe said he was sad to sell it."},
			want: map[string]string{"Lord Ashcombe": Person}},
		{name: "a title of place", text: []string{"The Duke of York opened the new wing of the hospital on Monday."},
			want: map[string]string{"Duke of York": Person}},
	})
}

// TestPubBefore checks that a titled name after a pub's noun and "at",
// "of" or "in the" is the pub's, at all its mentions, while a titled
// person's name elsewhere stays a person's.
func TestPubBefore(t *testing.T) {
	runNameRules(t, []nameRuleCase{{
		name: "regulars at the pub",
		text: []string{"Regulars at the Earl of Brannock in Tarrow signed a petition to save it.",
			"The Earl of Brannock will close in May."},
		tagged: map[string]string{"Earl of Brannock": "PER", "Tarrow": "LOC"},
		want:   map[string]string{"Earl of Brannock": Other},
	}, {
		name:   "a peer at a dinner",
		text:   []string{"Guests at the dinner included the Earl of Brannock and his wife."},
		tagged: map[string]string{"Earl of Brannock": "PER"},
		want:   map[string]string{"Earl of Brannock": Person},
	}})
}
