package actor

import "testing"

// TestClubList: a one-word name read as a person's that the gazetteer
// knows as a body's is a club in a list of clubs, unless the story names
// a person bearing it, the list names a person in full, or the
// gazetteer knows no body of the name.
func TestClubList(t *testing.T) {
	fakeLexicon(t)
	tags := map[string]string{"Tamsin": "PER", "Corran United": "ORG", "Velby City": "ORG", "Tamsin Vale": "PER", "Ada Kell": "PER"}
	tests := []struct {
		name  string
		text  string
		known []string // gazetteer types of "Tamsin"
		want  string
	}{
		{"a list of clubs", "They trail Tamsin, Corran United and Velby City by four points.", []string{"PER", "ORG"}, Org},
		{"two clubs", "The title race is between Corran United and Tamsin now.", []string{"PER", "ORG"}, Org},
		{"the gazetteer knows no body", "They trail Tamsin, Corran United and Velby City by four points.", []string{"PER"}, Person},
		{"a person in full in the list", "He thanked Tamsin, Ada Kell and Corran United for their support.", []string{"PER", "ORG"}, Person},
		{"a person of the name", "Tamsin Vale spoke first. They trail Tamsin, Corran United and Velby City.", []string{"PER", "ORG"}, Person},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stubKnown(t, "Tamsin", tt.known)
			got := ExtractWith(paras(tt.text), fakeNER(tags))
			if a := find(got, "Tamsin"); a != nil && a.Kind != tt.want || a == nil && tt.want != Person {
				t.Errorf("Tamsin: want %s, got %s", tt.want, summary(got))
			}
		})
	}
}

// TestWorkList: a one-word name read as a person's beside a work of two
// words or more in a list is a work; a given name, or a list with a
// body or a person's full name in it, leaves it a person.
func TestWorkList(t *testing.T) {
	fakeLexicon(t)
	tags := map[string]string{"Quillwise": "PER", "Harbour Glass": "MISC", "Ada Kell": "PER", "Corran Films": "ORG", "Ada": "PER"}
	tests := []struct {
		name, text, who, want string
	}{
		{"beside a film", "Her film Harbour Glass and Quillwise led the nominations.", "Quillwise", Other},
		{"a given name", "Her film Harbour Glass and Ada led the nominations.", "Ada", Person},
		{"a person in full in the list", "Harbour Glass, Ada Kell and Quillwise were there.", "Quillwise", Person},
		{"a body in the list", "Harbour Glass, Corran Films and Quillwise were there.", "Quillwise", Person},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ExtractWith(paras(tt.text), fakeNER(tags))
			if a := find(got, tt.who); a == nil || a.Kind != tt.want {
				t.Errorf("%s: want %s, got %s", tt.who, tt.want, summary(got))
			}
		})
	}
}

// TestSuchAsList: names listed as examples of works after "such as" are
// works; a name opening with a given name stays as it is.
func TestSuchAsList(t *testing.T) {
	fakeLexicon(t)
	tags := map[string]string{"Velmo Raiders": "PER", "Quillfire": "PER", "Ada Kell": "PER", "Tarrow Lander": "PER"}
	tests := []struct {
		name, text, who, want string
	}{
		{"arcade classics", "The days of arcade classics such as Velmo Raiders, Tarrow Lander and Quillfire are gone.", "Velmo Raiders", Other},
		{"a one-word title", "The days of arcade classics such as Velmo Raiders, Tarrow Lander and Quillfire are gone.", "Quillfire", Other},
		{"a given name first", "He recalled games such as Tarrow Lander and Ada Kell.", "Ada Kell", Person},
		{"not after a work noun", "He thanked friends such as Velmo Raiders and Quillfire.", "Quillfire", Person},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ExtractWith(paras(tt.text), fakeNER(tags))
			if a := find(got, tt.who); a == nil || a.Kind != tt.want {
				t.Errorf("%s: want %s, got %s", tt.who, tt.want, summary(got))
			}
		})
	}
}
