package actor

import "testing"

// TestRoleRefOffice: "the Chancellor" does not refer to a shadow, former
// or deputy holder of the office, but does to the holder.
func TestRoleRefOffice(t *testing.T) {
	cases := []struct {
		name, text, person string
		ref                bool
	}{
		{"shadow", "Shadow chancellor Orrin Tate said the Chancellor had failed savers.", "Orrin Tate", false},
		{"former", "Former England captain Dale Ruddick said the England captain was tired.", "Dale Ruddick", false},
		{"holder", "Chancellor Orrin Tate spoke on Monday. The Chancellor said savers would gain.", "Orrin Tate", true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := Extract(paras(c.text))
			a := find(got, c.person)
			if a == nil {
				t.Fatalf("no %q in %s", c.person, summary(got))
			}
			ref := false
			for _, al := range a.Aliases {
				if al == "the Chancellor" || al == "the England captain" {
					ref = true
				}
			}
			if ref != c.ref {
				t.Errorf("%q aliases %v: reference taken = %v, want %v", c.person, a.Aliases, ref, c.ref)
			}
		})
	}
}

func TestChangesOffice(t *testing.T) {
	for _, c := range []struct {
		have, rw []string
		want     bool
	}{
		{[]string{"shadow", "chancellor"}, []string{"chancellor"}, true},
		{[]string{"shadow", "chancellor"}, []string{"shadow", "chancellor"}, false},
		{[]string{"labour", "leader"}, []string{"leader"}, false},
		{[]string{"chancellor"}, []string{"chancellor"}, false},
	} {
		if got := changesOffice(c.have, c.rw); got != c.want {
			t.Errorf("changesOffice(%v, %v) = %v, want %v", c.have, c.rw, got, c.want)
		}
	}
}
