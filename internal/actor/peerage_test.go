package actor

import (
	"strings"
	"testing"
)

// TestPeerage checks that a peer's territorial designation follows the
// name the peer is called by ("Lord Pelham of Stowe" is Lord Pelham) and
// that "Lady" or "Lord" and a title's place is the holder of a peer's
// title of that place ("Lady Dunleith", the Countess of Dunleith), of
// the same sex, and not of a role's title ("Lord Mayor of Kestrel").
func TestPeerage(t *testing.T) {
	fakeLexicon(t)
	tagged := map[string]string{"Pelham of Stowe": "PER", "Pelham": "PER", "Dunleith": "PER", "Treasury": "ORG", "Kestrel": "LOC", "Varden": "PER", "Low Corran": "LOC"}
	tests := []struct {
		name  string
		paras []string
		want  string // the persons found, "|" between them, each with its aliases after ":"
	}{
		{"territorial designation", []string{"Lord Pelham of Stowe, the former Treasury minister, was a week early.", "Lord Pelham said he was mortified."},
			"Lord Pelham:Lord Pelham of Stowe"},
		{"countess called Lady", []string{"The Countess of Dunleith is selling her castle.", "Lady Dunleith would prefer a local buyer."},
			"Countess of Dunleith:Lady Dunleith"},
		{"lord is not the countess", []string{"The Countess of Dunleith is selling her castle.", "Lord Dunleith would prefer a local buyer."},
			"Countess of Dunleith|Lord Dunleith"},
		{"a role's title of place", []string{"The Lord Mayor of Kestrel opened the fair."}, ""},
		{"designation tagged apart before an apposition", []string{"Lord Varden of Low Corran, the former chairman, died aged 84."},
			"Lord Varden:Lord Varden of Low Corran"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, a := range ExtractWith(paras(tt.paras...), fakeNER(tagged)) {
				if a.Kind != Person {
					continue
				}
				s := a.Name
				if len(a.Aliases) > 0 {
					s += ":" + strings.Join(a.Aliases, ",")
				}
				got = append(got, s)
			}
			if g := strings.Join(got, "|"); g != tt.want {
				t.Errorf("persons %q, want %q", g, tt.want)
			}
		})
	}
}
