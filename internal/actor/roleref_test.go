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

// TestRoleEdges: a show's title opens a role, a sum of money and
// "whether" do not, and a firm that manages money takes no role.
func TestRoleEdges(t *testing.T) {
	cases := []struct {
		text, person, role string
	}{
		{"Match of the Day host Dale Ruddick is paid £1m.", "Dale Ruddick", "Match of the Day host"},
		{"The house is worth half the £3.9m ex-United striker Dale Ruddick wants.", "Dale Ruddick", "ex-United striker"},
		{"It is hard to know whether serial entrepreneur Dale Ruddick will sell.", "Dale Ruddick", "serial entrepreneur"},
	}
	for _, c := range cases {
		got := Extract(paras(c.text))
		a := find(got, c.person)
		if a == nil || len(a.Roles) != 1 || a.Roles[0] != c.role {
			t.Errorf("%q: got %+v, want role %q", c.text, a, c.role)
		}
	}
	got := Extract(paras("Shares rose after asset manager Corvane Lisle proposed a takeover of the firm."))
	if a := find(got, "Corvane Lisle"); a == nil || a.Kind == Person || len(a.Roles) > 0 {
		t.Errorf("asset manager: got %s", summary(got))
	}
}
