package actor

import "testing"

// TestPetOwnerOwnedNicknamed: a name whose sentence goes on to "by her
// owner", a name followed by ", owned by" and a name "nicknamed" after
// an animal noun are no people; the owner, a person owned by no one and
// a person nicknamed after no animal stay people.
func TestPetOwnerOwnedNicknamed(t *testing.T) {
	runNameRules(t, []nameRuleCase{
		{name: "brought along by her owner", text: []string{"Pipkin, a 15-year-old African grey, had been carried into the service by her owner, retired plumber Desmond Yeats."},
			want: map[string]string{"Pipkin": Other, "Desmond Yeats": Person}},
		{name: "owner of a firm stays", text: []string{"Desmond Yeats said the shop had been bought by its owner last year."},
			want: map[string]string{"Desmond Yeats": Person}},
		{name: "owned by a syndicate", text: []string{"Trainer Orla Penhale has refused an offer for Copper Wren.", "Copper Wren, owned by a syndicate of nurses from Ripon, will run at York."},
			want: map[string]string{"Orla Penhale": Person, "Copper Wren": Other}},
		{name: "nicknamed after an animal noun", text: []string{"The creature, about the size of a pig, has been nicknamed Bronwen by the diggers."},
			want: map[string]string{"Bronwen": Other}},
		{name: "a player nicknamed stays", text: []string{"The striker, nicknamed Tommo by the fans, scored twice for Ashby Harriers against Tarrow."},
			want: map[string]string{}},
	})
}
