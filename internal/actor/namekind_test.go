package actor

import "testing"

// nameKindCase is a paragraph, a name in it and the kind its actor should
// have ("" for no actor).
type nameKindCase struct {
	para, name, kind string
}

// checkNameKinds extracts each case's paragraph with the fake tagger
// reading tagged and checks the kind of the named actor.
func checkNameKinds(t *testing.T, tagged map[string]string, tests []nameKindCase) {
	t.Helper()
	for _, tt := range tests {
		got := ExtractWith(paras(tt.para), fakeNER(tagged))
		if kind := kindOf(got, tt.name); kind != tt.kind {
			t.Errorf("%q: %q is %q, want %q; actors %s", tt.para, tt.name, kind, tt.kind, summary(got))
		}
	}
}
