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
