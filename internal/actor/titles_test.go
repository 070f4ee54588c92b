package actor

import "testing"

// TestTitleGenderSplits: a surname with a title of the other sex is
// another person of the story, even when only one person bears the
// surname so far; a title of the same sex, or none, joins that person.
func TestTitleGenderSplits(t *testing.T) {
	cases := []struct {
		name    string
		text    string
		persons []string // the people, each once
		joined  string   // an alias of the first person
	}{
		{"Mrs after Mr", "Mr Tom Ellery opened a bakery in Leeds. Mrs Ellery said it was busy.",
			[]string{"Tom Ellery", "Ellery"}, ""},
		{"Lady after Sir", "Former minister Sir Hugh Crane was there. Lady Crane smiled.",
			[]string{"Hugh Crane", "Lady Crane"}, ""},
		{"the same sex joins", "Mr Tom Ellery opened a bakery in Leeds. Mr Ellery said it was busy.",
			[]string{"Tom Ellery"}, "Mr Ellery"},
		{"no title of the full name joins", "Tom Ellery opened a bakery in Leeds. Mr Ellery said it was busy.",
			[]string{"Tom Ellery"}, "Mr Ellery"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := Extract(paras(c.text))
			var people []string
			for _, a := range got {
				if a.Kind == Person {
					people = append(people, a.Name)
				}
			}
			if len(people) != len(c.persons) {
				t.Fatalf("people %q, want %q", people, c.persons)
			}
			for _, n := range c.persons {
				if a := find(got, n); a == nil || a.Kind != Person {
					t.Errorf("no person %q; got %s", n, summary(got))
				}
			}
			if c.joined != "" {
				if a := find(got, c.persons[0]); a == nil || !has(a.Aliases, c.joined) {
					t.Errorf("%q not an alias of %q; got %s", c.joined, c.persons[0], summary(got))
				}
			}
		})
	}
}

// TestRankAbbreviations: a rank written short before a surname ("DI
// Ruddock", "Supt Pike", "Pc Hartle") is a title, and the surname joins the person
// named in full.
func TestRankAbbreviations(t *testing.T) {
	cases := []struct{ text, tagged, person, alias string }{
		{"Detective Inspector Paul Ruddock led the case. DI Ruddock said arrests were likely.", "DI Ruddock", "Paul Ruddock", "DI Ruddock"},
		{"Superintendent Alan Pike spoke first. Supt Pike said more officers would patrol.", "Supt Pike", "Alan Pike", "Supt Pike"},
		{"Detective Chief Inspector Sara Lunn said she needed help. DCI Lunn urged witnesses to come forward.", "DCI Lunn", "Sara Lunn", "DCI Lunn"},
		{"Pc Owen Hartle, 41, denied the charge. Pc Hartle will face a panel in May.", "Pc Hartle", "Owen Hartle", "Pc Hartle"},
	}
	for _, c := range cases {
		t.Run(c.alias, func(t *testing.T) {
			got := ExtractWith(paras(c.text), fakeNER(map[string]string{c.person: "PER", c.tagged: "ORG"}))
			if a := mustPerson(t, got, c.person); !has(a.Aliases, c.alias) {
				t.Errorf("%q not an alias of %q; got %s", c.alias, c.person, summary(got))
			}
		})
	}
}
