package actor

import "testing"

// TestGivenNameThings: a lone given name that qualifies a noun or follows
// an award category names a thing, unless a person of the story bears it.
func TestGivenNameThings(t *testing.T) {
	cases := []struct {
		name   string
		text   []string
		actor  string
		person bool
	}{
		{"award nominations", []string{"The film earned three Oscar nominations on Tuesday, its studio said."}, "Oscar", false},
		{"award category", []string{"Wren Halloway is the favourite to win the best actress Oscar at the ceremony."}, "Oscar", false},
		{"a person of that name", []string{"Oscar Pellow, 41, runs a bakery.", "Oscar said the Oscar nominations were a surprise."}, "Oscar Pellow", true},
		{"a surname after a given name", []string{"Energy Secretary Spencer Abraham confirmed the launch on Friday."}, "Spencer Abraham", true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := Extract(paras(c.text...))
			a := find(got, c.actor)
			switch {
			case c.person && (a == nil || a.Kind != Person):
				t.Errorf("%q is no person: %s", c.actor, summary(got))
			case !c.person && a != nil && a.Kind == Person:
				t.Errorf("%q is a person (roles %v): %s", c.actor, a.Roles, summary(got))
			}
		})
	}
}

// TestGivenNameBeforeParticleSurname: a given name before a surname
// written after its particle as one word ("diMarco") is no qualifier of a
// common noun.
func TestGivenNameBeforeParticleSurname(t *testing.T) {
	runKindRows(t, map[string]string{"Leonardo": "PER", "Pierce Pellow": "PER"}, [][4]string{
		{"a particle glued on", "Stars Leonardo diMarco and Pierce Pellow are in the audience.", "Leonardo", Person},
	})
}

func TestAwardCategoryBefore(t *testing.T) {
	for _, c := range []struct {
		text string
		k    int
		want bool
	}{
		{"won the best actress Oscar", 4, true},
		{"the best supporting actor Bafta", 4, true},
		{"the best Oscar", 2, false},
		{"best friend Sam Reed", 3, false},
		{"his best friend Sam", 3, false},
	} {
		d := &paraDoc{text: c.text, toks: appendTokens(nil, c.text, nil)}
		if got := awardCategoryBefore(d, c.k); got != c.want {
			t.Errorf("awardCategoryBefore(%q, %d) = %v, want %v", c.text, c.k, got, c.want)
		}
	}
}

func TestAwardCategoryRole(t *testing.T) {
	d := &paraDoc{text: "Best actor nominee Ray Dunn", toks: appendTokens(nil, "Best actor nominee Ray Dunn", nil)}
	if !awardCategory(d, 0, "Best actor") {
		t.Error(`"Best actor" read as a role`)
	}
	if awardCategory(d, 0, "Labour leader") {
		t.Error(`"Labour leader" read as an award category`)
	}
}

// TestIndefiniteQualifier: any one-word name after "a", "an", "one" … that
// qualifies a noun names a kind of thing, not a person, unless a person
// of the story bears it.
func TestIndefiniteQualifier(t *testing.T) {
	cases := []struct {
		name   string
		text   string
		tagged map[string]string
		actor  string
		person bool
	}{
		{"a district before a trade", "Lord Pell was seen leaving a Belgravia estate agent with a folder.",
			map[string]string{"Lord Pell": "PER", "Belgravia": "PER"}, "Belgravia", false},
		{"one district before a venue", "Of one Belgravia restaurant Lord Pell wrote that the lamb was raw.",
			map[string]string{"Lord Pell": "PER", "Belgravia": "PER"}, "Belgravia", false},
		{"a person of that name", "Jo Belgrave said a Belgrave supporter had written to her.",
			map[string]string{"Jo Belgrave": "PER", "Belgrave": "PER"}, "Jo Belgrave", true},
		// Not a real district's name: "Belgravia" alone is a place (britplace.go).
		{"a name of its own after a verb", "Lord Pell met Belgrove at the club.",
			map[string]string{"Lord Pell": "PER", "Belgrove": "PER"}, "Belgrove", true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := ExtractWith(paras(c.text), fakeNER(c.tagged))
			a := find(got, c.actor)
			switch {
			case c.person && (a == nil || a.Kind != Person):
				t.Errorf("%q is no person: %s", c.actor, summary(got))
			case !c.person && a != nil && a.Kind == Person:
				t.Errorf("%q is a person: %s", c.actor, summary(got))
			}
		})
	}
}
