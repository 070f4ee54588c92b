package actor

import "testing"

// TestSeats checks that the seat a member holds is a place, not a
// person: a constituency after "member for" or "MP for", and a ward in
// brackets after a councillor's party, carried on after "with".
func TestSeats(t *testing.T) {
	fakeLexicon(t)
	tagged := map[string]string{"Ivo Marsh": "PER", "Corran Vale": "PER", "Ada Kell": "PER",
		"Low Tarrow": "PER", "Pell Cross": "PER", "Nell Brisco": "PER", "Tarrow Green": "PER"}
	tests := []struct {
		name  string
		paras []string
		want  string // the persons found, "|" between them
	}{
		{"member for", []string{"Ivo Marsh, the Plaid member for Corran Vale, agreed."}, "Ivo Marsh"},
		{"MP for", []string{"The MP for Corran Vale, Ivo Marsh, asked about steel."}, "Ivo Marsh"},
		{"ward after a party", []string{"Cllr Ada Kell (Con, Low Tarrow with Pell Cross) disagreed."}, "Ada Kell"},
		{"ward after a party's name", []string{"Cllr Nell Brisco (Labour, Tarrow Green) said bins would be collected."}, "Nell Brisco"},
		{"a person after for", []string{"The prize for Ivo Marsh was a cup."}, "Ivo Marsh"},
		{"a person in brackets", []string{"Two councillors (Ada Kell and Nell Brisco) voted against."}, "Ada Kell|Nell Brisco"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if g := personsWith(tagged, tt.paras...); g != tt.want {
				t.Errorf("persons %q, want %q", g, tt.want)
			}
		})
	}
}

// TestEponymousRule checks that a name between "the" and a noun of a
// rule or a measure named after someone is no person, unless a person
// of the story bears the name.
func TestEponymousRule(t *testing.T) {
	fakeLexicon(t)
	tagged := map[string]string{"Tarrant": "PER", "Ivo Tarrant": "PER", "Quell": "PER"}
	tests := []struct {
		name  string
		paras []string
		want  string
	}{
		{"convention", []string{"Peers respect the Tarrant convention on manifesto bills."}, ""},
		{"formula", []string{"Ministers will review the Quell formula next year."}, ""},
		{"a person bears the name", []string{"Ivo Tarrant drafted it in 1945.", "Peers respect the Tarrant convention on manifesto bills."}, "Ivo Tarrant"},
		{"not a rule noun", []string{"Peers met the Tarrant family."}, "Tarrant"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if g := personsWith(tagged, tt.paras...); g != tt.want {
				t.Errorf("persons %q, want %q", g, tt.want)
			}
		})
	}
}
