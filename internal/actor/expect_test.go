package actor

import "testing"

// expectActor extracts para with the tagger's answers in tagged and
// checks that an actor named actor stands, of the given kind, with alias
// among its aliases (when alias is not empty), and that no actor named
// absent stands (when absent is not empty).
func expectActor(t *testing.T, tagged map[string]string, para, actor, kind, alias, absent string) {
	t.Helper()
	got := ExtractWith(paras(para), fakeNER(tagged))
	a := find(got, actor)
	switch {
	case a == nil:
		t.Fatalf("no actor %q; actors %s", actor, summary(got))
	case a.Kind != kind:
		t.Errorf("%q is %q, want %q", actor, a.Kind, kind)
	case alias != "" && !has(a.Aliases, alias):
		t.Errorf("%q has aliases %v, want %q among them; actors %s", actor, a.Aliases, alias, summary(got))
	}
	if absent != "" && find(got, absent) != nil {
		t.Errorf("actor %q should not stand; actors %s", absent, summary(got))
	}
}
