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

// namedKindCase is a nameKindCase with a name for its subtest.
type namedKindCase struct {
	name string
	nameKindCase
}

// checkNamedKinds runs checkNameKinds on each case as a subtest.
func checkNamedKinds(t *testing.T, tagged map[string]string, tests []namedKindCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkNameKinds(t, tagged, []nameKindCase{tt.nameKindCase}) })
	}
}

// stubKnownTypes makes the model's gazetteer know only the words of
// known, as names of the types given, for the rest of the test.
func stubKnownTypes(t *testing.T, known map[string][]string) {
	old := knownTypes
	knownTypes = func(w string) []string { return known[w] }
	t.Cleanup(func() { knownTypes = old })
}
