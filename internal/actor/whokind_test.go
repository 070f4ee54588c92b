package actor

import "testing"

// whoKindCase is one row of a table test of one actor's kind: text read
// with a fake tagger's tags, and the kind the actor named who must get.
// Unlike kindCase (kind_test.go), which wants exactly one actor of a name,
// it checks the first actor find returns.
type whoKindCase struct {
	name string
	text string
	tags map[string]string
	who  string
	want string
}

// checkWhoKinds extracts the actors of each case's text, one subtest a case,
// and fails a case whose actor who is missing or not of kind want.
func checkWhoKinds(t *testing.T, tests []whoKindCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ExtractWith(paras(tt.text), fakeNER(tt.tags))
			if a := find(got, tt.who); a == nil || a.Kind != tt.want {
				t.Errorf("%s: want %s, got %s", tt.who, tt.want, summary(got))
			}
		})
	}
}
