package actor

import "testing"

// TestQuotedNickname: a nickname in quotes between a given name and a
// surname, or given after the name ("known as Wilf", "…, known to
// friends as 'Mims'"), is no part of the name; it joins the person when
// used alone or with the surname.
func TestQuotedNickname(t *testing.T) {
	cases := []struct {
		name, text string
		tagged     map[string]string
		person     string
		alias      string
	}{
		{"straight quotes the tagger splits", "The night was hosted by Gareth 'Gaz' Pumfrey. Gaz said he loved it.",
			map[string]string{"Gareth 'Gaz": "MISC", "Pumfrey": "ORG", "Gaz": "PER"}, "Gareth Pumfrey", "Gaz"},
		{"the nickname with the surname", "Elspeth 'Elsie' Marr, 60, was there. Elsie Marr said she was pleased.",
			map[string]string{"Elspeth 'Elsie' Marr": "PER", "Elsie Marr": "PER"}, "Elspeth Marr", "Elsie Marr"},
		{"known as", "Wilfred Tate, known as Wilf, runs the pub. Wilf Tate said he was happy.",
			map[string]string{"Wilfred Tate": "PER", "Wilf": "PER", "Wilf Tate": "PER"}, "Wilfred Tate", "Wilf Tate"},
		{"curly quotes read whole", "The night was hosted by Daniel “Danno” Okoro. Danno said he loved it.",
			map[string]string{"Daniel “Danno” Okoro": "PER", "Danno": "PER"}, "Daniel Okoro", "Danno"},
		{"a nickname of two words", "Darts player Tommy 'The Tornado' Cartwright must change his shirt. Tommy Cartwright says he will protest.",
			map[string]string{"Tommy 'The Tornado' Cartwright": "PER", "Tommy Cartwright": "PER"}, "Tommy Cartwright", "Tommy 'The Tornado' Cartwright"},
		{"a nickname of two words the tagger splits", "The deal was struck by Anthony \"Fat Tony\" Salerno. Salerno said nothing.",
			map[string]string{"Anthony": "PER", "Fat Tony": "PER", "Salerno": "PER"}, "Anthony Salerno", "Salerno"},
		// A word in quotes after "known … as" nicknames the person named
		// last before it, whom the clause describes.
		{"known as after a surname", "Veteran umpire Colin Rudd is to retire. Rudd, known in the pavilion as 'Biscuit', says he will garden. 'Biscuit was always fair,' said a former player.",
			map[string]string{"Colin Rudd": "PER", "Rudd": "PER", "Biscuit": "PER"}, "Colin Rudd", "Biscuit"},
		{"known as after an age noun", "Heiress Mirabel Quant has sold her flat. The 31-year-old, known to friends as 'Mims', paid £2million for a barn.",
			map[string]string{"Mirabel Quant": "PER", "Mims": "PER"}, "Mirabel Quant", "Mims"},
		// Without quotes, "known to … as" ends with the nickname, however
		// the tagger read it.
		{"known to … as without quotes", "Bernard Tolley, known to everyone at his club, the Anchor, as Bunny, has retired. Bunny said he would fish.",
			map[string]string{"Bernard Tolley": "PER", "Anchor": "ORG", "Bunny": "PER"}, "Bernard Tolley", "Bunny"},
		{"simply as, read as a place", "Bernard Tolley has joined Kelworth. Tolley, who was known to the fans simply as Dunmore, signed on Friday.",
			map[string]string{"Tolley": "PER", "Dunmore": "LOC", "Bernard Tolley": "PER", "Kelworth": "ORG"}, "Bernard Tolley", "Dunmore"},
		{"as the Badger", "Darts player Bernard Tolley, better known to fans as The Ferret, is to retire.",
			map[string]string{"Bernard Tolley": "PER", "Ferret": "MISC"}, "Bernard Tolley", "Ferret"},
		// A sentence opened by a nickname and "as … known" goes on about
		// the person the sentence before named.
		{"as she is known", "After 30 years, Winifred Pask has closed her shop. Winnie, as she is known to her customers, will travel.",
			map[string]string{"Winifred Pask": "PER", "Winnie": "PER"}, "Winifred Pask", "Winnie"},
		{"as they called her, paragraph before", "Dr Winifred Pask, who has died aged 90, was the village doctor.\nBobbie, as every patient called her, drove a jeep.",
			map[string]string{"Winifred Pask": "PER", "Bobbie": "PER"}, "Winifred Pask", "Bobbie"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := ExtractWith(paras(c.text), fakeNER(c.tagged))
			a := mustPerson(t, got, c.person)
			if !has(a.Aliases, c.alias) {
				t.Errorf("%q not an alias of %q; got %s", c.alias, c.person, summary(got))
			}
			for _, x := range got {
				if x.Kind == Person && x.Name != c.person {
					t.Errorf("another person %q; got %s", x.Name, summary(got))
				}
			}
		})
	}
}

// TestKnownAs: the nickname given right after a full name, not after a
// pair of names.
func TestKnownAs(t *testing.T) {
	cases := []struct {
		text string
		s, e int
		want string
	}{
		{"Wilfred Tate , known as Wilf , runs the pub", 0, 2, "Wilf"},
		{"Wilfred Tate ( known to friends as Wilf ) runs the pub", 0, 2, "Wilf"},
		{"Wilfred Tate , known as ' Wilf ' , runs the pub", 0, 2, "Wilf"},
		{"hosts Amos Pell and Wilfred Tate , known as Am and Wilf , said", 4, 6, ""},
		{"Wilfred Tate , known as Wilf and Tate , said", 0, 2, ""},
		{"Amos Pell and Wilfred Tate , known as Dynamo , said", 3, 5, ""},
		{"Wilfred Tate , known for his beer , runs the pub", 0, 2, ""},
	}
	for _, c := range cases {
		var lm lowerMemo
		toks := appendTokens(nil, c.text, &lm)
		if got := knownAs(toks, c.s, c.e); got != c.want {
			t.Errorf("knownAs(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

// TestAsKnownNotTooFar: a nickname opening a sentence with "as … known"
// is not given to a person named two sentences before it, nor is a name
// after "known as" with no "to" a person's ("the district known as …").
func TestAsKnownNotTooFar(t *testing.T) {
	text := "Landlord Amos Pell is unrepentant. 'We have rules,' he says. Bobbie, as she is known to friends, has moved on."
	got := ExtractWith(paras(text), fakeNER(map[string]string{"Amos Pell": "PER", "Bobbie": "PER"}))
	a := mustPerson(t, got, "Amos Pell")
	if has(a.Aliases, "Bobbie") {
		t.Errorf("Bobbie joined Amos Pell: %s", summary(got))
	}
	text = "Amos Pell lives in the district known as Dunmore."
	got = ExtractWith(paras(text), fakeNER(map[string]string{"Amos Pell": "PER", "Dunmore": "LOC"}))
	a = mustPerson(t, got, "Amos Pell")
	if has(a.Aliases, "Dunmore") {
		t.Errorf("Dunmore joined Amos Pell: %s", summary(got))
	}
}

// TestQuotedNicknameInitials: a nickname in quotes before middle initials
// and the surname leaves one person named by the given name, the
// initials and the surname; a given name the model does not know counts
// when the tagger read it with the open quote as a person's name, but
// not when it read the words before the quotes as something else.
func TestQuotedNicknameInitials(t *testing.T) {
	stubLexicon(t, nil, nil, setOf(`Osvaldo`))
	runNameRules(t, []nameRuleCase{{
		name:   "one initial after the quotes, a role before",
		text:   []string{`Former councillor Osvaldo "Chino" T. Barrientos backed the plan. Barrientos said he would campaign.`},
		tagged: map[string]string{`Osvaldo "Chino`: "PER", "T. Barrientos": "PER", "Barrientos": "PER"},
		want:   map[string]string{"Osvaldo T. Barrientos": Person},
		absent: []string{"Osvaldo Chino", "T. Barrientos"},
	}, {
		name:   "two initials without stops",
		text:   []string{`Osvaldo "Chino" T R Barrientos backed the plan.`},
		tagged: map[string]string{`Osvaldo "Chino`: "PER", "T R Barrientos": "PER"},
		want:   map[string]string{"Osvaldo T R Barrientos": Person},
	}, {
		name:   "a given name the tagger read with the quote",
		text:   []string{`Prop Tevita "Big T" Fonua scored twice. Fonua, 31, was pleased.`},
		tagged: map[string]string{`Tevita "Big T`: "PER", "Fonua": "PER"},
		want:   map[string]string{"Tevita Fonua": Person},
		absent: []string{"Tevita Big T"},
	}, {
		name:   "a body before quoted words is no given name",
		text:   []string{`Kelvale "Green Futures" Report was published.`},
		tagged: map[string]string{"Kelvale": "ORG", "Green Futures": "MISC"},
		absent: []string{"Kelvale Report"},
	}})
}
