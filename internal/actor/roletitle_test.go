package actor

import (
	"slices"
	"testing"
)

// TestDropNameTitleRoles: a role that repeats the title written in the
// name goes; other roles stay.
func TestDropNameTitleRoles(t *testing.T) {
	for _, c := range []struct {
		name  string
		roles []string
		want  []string
	}{
		{"Lord Justice Pell", []string{"Lord Justice"}, nil},
		{"Mrs Justice Tarrow", []string{"Justice"}, nil},
		{"Lord Justice Pell", []string{"lord  justice", "appeal judge"}, []string{"appeal judge"}},
		{"Lord Pell", []string{"Lord Chief Justice"}, []string{"Lord Chief Justice"}},
		{"Ada Kell", []string{"Ada"}, []string{"Ada"}},
		{"Kell", []string{"Justice"}, []string{"Justice"}},
		{"Ivo Marsh", nil, nil},
	} {
		got := dropNameTitleRoles(c.name, slices.Clone(c.roles))
		if !slices.Equal(got, c.want) && !(len(got) == 0 && len(c.want) == 0) {
			t.Errorf("dropNameTitleRoles(%q, %q) = %q, want %q", c.name, c.roles, got, c.want)
		}
	}
}

// TestJudgeTitleNoRole: a judge named by title and surname has no role
// that repeats the title.
func TestJudgeTitleNoRole(t *testing.T) {
	tagged := map[string]string{"Lord Justice Pellow": "PER", "Mrs Justice Tarrant": "PER", "Mr Justice Amberley": "PER"}
	for _, c := range []struct{ text, judge string }{
		{"The appeal was dismissed by Lord Justice Pellow and Mrs Justice Tarrant on Friday.", "Lord Justice Pellow"},
		{"The appeal was dismissed by Lord Justice Pellow and Mrs Justice Tarrant on Friday.", "Mrs Justice Tarrant"},
		{"But Mr Justice Amberley ruled that the council had acted lawfully.", "Mr Justice Amberley"},
	} {
		got := ExtractWith(paras(c.text), fakeNER(tagged))
		a := find(got, c.judge)
		switch {
		case a == nil:
			t.Errorf("no actor %q; got %s", c.judge, summary(got))
		case len(a.Roles) > 0:
			t.Errorf("%q has the roles %q", c.judge, a.Roles)
		}
	}
}
