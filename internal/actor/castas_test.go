package actor

import "testing"

// TestAsPartCues: the words before "as" that make the name after it a
// part (castas.go): a caption or a cast list naming the actor, a part in
// commas after the actor, joining the cast, being cast, praise after an
// adverb, a part in a drama, a possessive description, a possessive
// before a titled part, a verb of playing with a possessive description.
// A biopic's real person, a successor in a job, a relative with a title
// and the noun "play" stay as they were.
func TestAsPartCues(t *testing.T) {
	runNameRules(t, []nameRuleCase{
		{name: "a caption naming the actor", text: []string{"Marisa Penhale as Dorcas Fenn in The Lamplighter's Wife at the Regent, Whitby"},
			want: map[string]string{"Marisa Penhale": Person, "Dorcas Fenn": Other}},
		{name: "a cast list", text: []string{"Odile Framley as Lady Rosamund Thorne and Kit Arundel as her butler at the Crescent Theatre."},
			want: map[string]string{"Odile Framley": Person, "Kit Arundel": Person, "Lady Rosamund Thorne": Other}},
		{name: "a part in commas", text: []string{"In the second act, Odile Framley, as Lady Rosamund Thorne, says nothing for a full minute."},
			want: map[string]string{"Odile Framley": Person, "Lady Rosamund Thorne": Other}},
		{name: "joins the cast", text: []string{"Newcomer Tilly Ashgrove joins the cast as Lady Merriwether's spoilt Swiss niece, Ottoline, who arrives with a trunk of secrets."},
			want: map[string]string{"Tilly Ashgrove": Person, "Ottoline": Other}},
		{name: "joins as", text: []string{"Newcomer Rory Pentland, 20, joins as her eldest son Dex, a would-be boxer."},
			want: map[string]string{"Rory Pentland": Person, "Dex": Other}},
		{name: "has been cast", text: []string{"The Welsh actress has been cast as DI Morwenna Hale in Saltmarsh, a new thriller."},
			want: map[string]string{"Morwenna Hale": Other}},
		{name: "praise with a title", text: []string{"Gideon Rusk is chilling as Father Ambrose Kilby, the priest who hears too much."},
			want: map[string]string{"Gideon Rusk": Person, "Ambrose Kilby": Other}},
		{name: "a part in a drama", text: []string{"Dame Phyllida Crewe frightened a generation as the ferocious Matron Ida Blunt in the hospital drama Ward Six."},
			want: map[string]string{"Matron Ida Blunt": Other}},
		{name: "stars as a possessive description", text: []string{"Barnaby Ozzlewick stars as the kidnapped boy's uncle, Lenny Fairweather, while his wife looks on."},
			want: map[string]string{"Barnaby Ozzlewick": Person, "Lenny Fairweather": Other}},
		{name: "plays his wife", text: []string{"Jessamy Cole, who plays his long-suffering wife Marigold, said the cast would miss him."},
			want: map[string]string{"Jessamy Cole": Person, "Marigold": Other}},
		{name: "a possessive before a titled part", text: []string{"Sir Anthony Pell admits that his King Lear at the Minerva next year may be his last."},
			want: map[string]string{"King Lear": Other}},
		{name: "a biopic's real person", text: []string{"The Explorer, starring Idris Marlow as Walter Pennick, took $9m at the weekend."},
			want: map[string]string{"Walter Pennick": Person}},
		{name: "a successor in a job", text: []string{"Ministers want Tobias Gruntle to succeed Ada Fenwick as head of the agency."},
			want: map[string]string{"Ada Fenwick": Person}},
		{name: "a relative with a title", text: []string{"My niece is getting married, and my Aunt Rosalind has outlived three husbands."},
			want: map[string]string{"Aunt Rosalind": Person}},
		{name: "the noun play", text: []string{"He will star in a revival of The Long Meadow, the play his late father, Osbert Crane, wrote in 1971."},
			want: map[string]string{"Osbert Crane": Person}},
	})
}
