package actor

import "testing"

// TestMemberNounAfter: a name before a band member's noun and a person's
// name is the band's at every mention, even opening the sentence; the
// member stays a person, and so does a name the noun is set off from.
func TestMemberNounAfter(t *testing.T) {
	tagged := map[string]string{"Corran Hill": "PER", "Bo Pike": "PER", "Ada Kell": "PER", "Ivo Lund": "PER", "Mr Pike": "PER"}
	tests := []struct {
		name, text string
		want       map[string]bool // name -> a person
	}{
		{"opening the sentence", "Corran Hill frontman Bo Pike has called for more help for bands. Though I like Corran Hill, I disagree. Corran Hill said they would stay. Mr Pike left early.",
			map[string]bool{"Corran Hill": false, "Bo Pike": true}},
		{"lead singer", "The tour was cancelled after Corran Hill lead singer Ada Kell fell ill. Corran Hill will return in May.",
			map[string]bool{"Corran Hill": false, "Ada Kell": true}},
		{"apposition", "Ada Kell, a singer, and Ivo Lund, a drummer, were both there.",
			map[string]bool{"Ada Kell": true, "Ivo Lund": true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ExtractWith(paras(tt.text), fakeNER(tagged))
			for who, want := range tt.want {
				a := find(got, who)
				if isPerson := a != nil && a.Kind == Person; isPerson != want {
					t.Errorf("%q a person = %v, want %v; got %s", who, isPerson, want, summary(got))
				}
			}
		})
	}
}
