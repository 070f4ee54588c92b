package actor

import "testing"

// TestPartShortForms: a character introduced with a title and a full
// name is called later by the given name after the title alone, which
// is the part too, and so is the title and the part's surname ("Sister
// Pennock", read as one name), while a real person who shares a word of
// the part's name, or is given a role, stays a person.
func TestPartShortForms(t *testing.T) {
	runNameRules(t, []nameRuleCase{
		{name: "given name after a rank title", text: []string{"The Scottish actress, 34, has been cast as DCI Harriet Tullis in Grey Harbour, a new ITV crime drama.", "'Harriet never smiles,' the writer said. 'Harriet is tired of everyone.'"},
			want: map[string]string{"Harriet": Other}},
		{name: "a kinship title and the given name", text: []string{"Her character, the fearsome landlady Auntie Maureen Coltrane, will survive the fire.", "Viewers have watched Maureen outlast three husbands."},
			want: map[string]string{"Maureen": Other}},
		{name: "an order's title and the surname", text: []string{"The actress, who has died aged 88, thrilled viewers as the fearsome Sister Orla Pennock in the hospital drama Night Ward.", "Sister Pennock's catchphrase was shouted in playgrounds."},
			want: map[string]string{"Pennock": Other}},
		{name: "an order's title and the surname, read as one name", text: []string{"The actress, who has died aged 88, thrilled viewers as the fearsome Sister Orla Pennock in the hospital drama Night Ward.", "A reader writes: she was far kinder than Sister Pennock ever was."},
			tagged: map[string]string{"Orla Pennock": "PER", "Sister Pennock": "PER", "Night Ward": "MISC"}, want: map[string]string{"Sister Pennock": Other}},
		{name: "a titled real person sharing the surname", text: []string{"The actress, who has died aged 88, thrilled viewers as the fearsome Sister Orla Pennock in the hospital drama Night Ward.", "Sister Pennock, chief nurse at the Royal Tarrow Infirmary, said the actress was kind."},
			tagged: map[string]string{"Orla Pennock": "PER", "Sister Pennock": "PER", "Night Ward": "MISC"}, want: map[string]string{"Sister Pennock": Person}},
		{name: "a real person sharing the surname", text: []string{"The actress, who has died aged 88, thrilled viewers as the fearsome Sister Orla Pennock in the hospital drama Night Ward.", "Her co-star, Dennis Pennock, 80, said she was kind."},
			want: map[string]string{"Dennis Pennock": Person}},
	})
}
