package actor

import "testing"

// TestLeadingAffiliation checks that a party or a nationality word the
// tagger glued onto the front of a person's full name is cut off (the
// party kept as the affiliation), while a surname or a given name that is
// such a word stays in the name.
func TestLeadingAffiliation(t *testing.T) {
	stubLexicon(t, nil, nil, setOf(`Ivo Ada Christian Tamsin`))
	tagged := map[string]string{"Tory Ivo Marsh": "PER", "Lib Dem Ada Kell": "PER", "Liberal Democrat Tamsin Orr": "PER",
		"Labour's Ivo Marsh": "PER", "Welshman Ivo Marsh": "PER", "Ada Green": "PER", "Christian Velloway": "PER",
		"Green Tarrow": "PER", "Briton Gwilym Treharne": "PER", "Scotswoman Morwen": "PER", "Hammer' Pask": "ORG"}
	rows := []struct{ name, text, want, affil, absent string }{
		{"party word", "Tory Ivo Marsh called the scheme a waste of money, and left.", "Ivo Marsh", "Conservative", "Tory Ivo Marsh"},
		{"two-word party", "On Tuesday Lib Dem Ada Kell tabled an amendment.", "Ada Kell", "Liberal Democrat", "Lib Dem Ada Kell"},
		{"party spelt out", "A letter signed by Liberal Democrat Tamsin Orr went to the council.", "Tamsin Orr", "Liberal Democrat", "Liberal Democrat Tamsin Orr"},
		{"party's possessive", "Labour's Ivo Marsh opened the debate on bus fares.", "Ivo Marsh", "Labour", "Labour Ivo Marsh"},
		{"demonym", "At the velodrome, Welshman Ivo Marsh set a lap record.", "Ivo Marsh", "", "Welshman Ivo Marsh"},
		{"nation noun before a name the model does not know", "At the velodrome, Briton Gwilym Treharne set a lap record.", "Gwilym Treharne", "", "Briton Gwilym Treharne"},
		{"nation noun before a quoted nickname", "At the bowls club, Scotswoman Morwen 'The Hammer' Pask took the pairs title.", "Morwen Pask", "", "Scotswoman Morwen"},
		{"party word as surname", "The council had failed, Ada Green said.", "Ada Green", "", ""},
		{"nationality word as given name", "The council had failed, Christian Velloway said.", "Christian Velloway", "", ""},
		{"party word before no given name", "The council had failed, Green Tarrow said.", "Green Tarrow", "", ""},
	}
	for _, r := range rows {
		t.Run(r.name, func(t *testing.T) {
			got := ExtractWith(paras(r.text), fakeNER(tagged))
			a := find(got, r.want)
			if a == nil || a.Kind != Person {
				t.Fatalf("no person %q; got %s", r.want, summary(got))
			}
			if a.Affiliation != r.affil {
				t.Errorf("%q has affiliation %q, want %q", r.want, a.Affiliation, r.affil)
			}
			if r.absent != "" && find(got, r.absent) != nil {
				t.Errorf("%q is an actor; got %s", r.absent, summary(got))
			}
		})
	}
}

// TestPartysOwnName checks that a party's own name of more than one word
// is the party, not a person, and gives the affiliation of a role after
// its possessive.
func TestPartysOwnName(t *testing.T) {
	got := ExtractWith(paras("Plaid Cymru's transport spokeswoman, Ada Kell, called the fares a scandal."),
		fakeNER(map[string]string{"Plaid Cymru": "PER", "Ada Kell": "PER"}))
	if a := find(got, "Plaid Cymru"); a == nil || a.Kind != Org {
		t.Errorf("Plaid Cymru is no organisation; got %s", summary(got))
	}
	if a := find(got, "Ada Kell"); a == nil || a.Kind != Person || a.Affiliation != "Plaid Cymru" {
		t.Errorf("Ada Kell is no person of Plaid Cymru; got %s", summary(got))
	}
}

// TestIrishPartyNames: Irish parties named in Irish are parties too.
func TestIrishPartyNames(t *testing.T) {
	for _, party := range []string{"Sinn Féin", "Fianna Fáil"} {
		got := ExtractWith(paras(party+"'s housing spokeswoman, Ada Kell, said the target was a fantasy."),
			fakeNER(map[string]string{party: "PER", "Ada Kell": "PER"}))
		if a := find(got, party); a == nil || a.Kind != Org {
			t.Errorf("%s is no organisation; got %s", party, summary(got))
		}
	}
}

// TestLeadingTitleAffiliation checks that a party word before a peer's
// title of place is the peer's role and affiliation, not part of a body's
// name.
func TestLeadingTitleAffiliation(t *testing.T) {
	got := ExtractWith(paras("Opponents of the bill, including Tory Lord Pelham of Stowe, said it went too far."),
		fakeNER(map[string]string{"Tory Lord Pelham of Stowe": "ORG"}))
	a := find(got, "Lord Pelham")
	if a == nil || a.Kind != Person || a.Affiliation != "Conservative" {
		t.Errorf("no Conservative person Lord Pelham; got %s", summary(got))
	}
	if find(got, "Tory Lord Pelham of Stowe") != nil {
		t.Errorf("the party word stays in the name; got %s", summary(got))
	}
}
