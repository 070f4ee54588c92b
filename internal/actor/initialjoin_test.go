package actor

import (
	"slices"
	"strings"
	"testing"
)

// TestInitialJoinsFullName: initials and a surname name the one person of
// the story named in full whose given names they open; with two such
// people, or initials that open neither, they stay apart.
func TestInitialJoinsFullName(t *testing.T) {
	tagged := map[string]string{"Harriet Luscombe": "PER", "H Luscombe": "PER", "J. Arkwright": "PER", "John Arkwright": "PER",
		"Jane Kathleen Marsh": "PER", "J. K. Marsh": "PER", "John Smith": "PER", "Jane Smith": "PER", "J Smith": "PER",
		"Tom Ellery": "PER", "R Ellery": "PER", "Liam Cotter": "PER", "AB Cotter": "PER",
		"Rosa de Vere": "PER", "R de Vere": "PER", "Dario dal Monte": "PER", "Dario Dal Monte": "PER", "D dal Monte": "PER", "Luca dal Monte": "PER", "M dal Monte": "PER"}
	tests := []struct {
		name   string
		text   string
		person string // the full name
		alias  string // "" when the short form must stay apart
		apart  string
	}{
		{"initial, no stop", "Harriet Luscombe, a nurse, spoke first. Later H Luscombe wrote to the board.", "Harriet Luscombe", "H Luscombe", ""},
		{"initial first", "The minister, J. Arkwright, refused. John Arkwright has held the post since 2019.", "John Arkwright", "J. Arkwright", ""},
		{"two initials", "Jane Kathleen Marsh wrote the report. J. K. Marsh is a pen name she has used before.", "Jane Kathleen Marsh", "J. K. Marsh", ""},
		{"two people fit", "John Smith and Jane Smith run the farm. J Smith signed the letter.", "John Smith", "", "J Smith"},
		{"another initial", "Tom Ellery was at home. R Ellery, his cousin, was not.", "Tom Ellery", "", "R Ellery"},
		{"particle surname", "Rosa de Vere scored twice. The side: R de Vere, T Marsh, B Kell.", "Rosa de Vere", "R de Vere", ""},
		{"particle surname, capital particle", "Dario Dal Monte was rested. Replacements: D dal Monte, T Marsh.", "Dario Dal Monte", "D dal Monte", ""},
		{"particle surname, another initial", "Luca dal Monte was rested. Replacements: M dal Monte, T Marsh.", "Luca dal Monte", "", "M dal Monte"},
		{"a rank, not initials", "Able Seaman Liam Cotter was at sea. Liam Cotter came home. AB Cotter said so.", "Liam Cotter", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ExtractWith(paras(tt.text), fakeNER(tagged))
			a := find(got, tt.person)
			if a == nil {
				t.Fatalf("no actor %q; got %s", tt.person, summary(got))
			}
			if tt.alias != "" && !slices.Contains(a.Aliases, tt.alias) {
				t.Errorf("%q not an alias of %q; got %s", tt.alias, tt.person, summary(got))
			}
			if tt.apart != "" && find(got, tt.apart) == nil {
				t.Errorf("%q is no actor of its own; got %s", tt.apart, summary(got))
			}
		})
	}
}

// TestInitialsOpen checks the match of initials to given names.
func TestInitialsOpen(t *testing.T) {
	tests := []struct {
		letters, surname, full string
		want                   bool
	}{
		{"H", "Luscombe", "Harriet Luscombe", true},
		{"J", "Kennedy", "John F Kennedy", true},
		{"JK", "Marsh", "Jane Kathleen Marsh", true},
		{"JK", "Marsh", "Jane Marsh", false},
		{"H", "Luscombe", "Harriet Luscombe-Price", false},
		{"R", "Ellery", "Tom Ellery", false},
		{"J", "Marsh", "J. Marsh", false},
		{"R", "de Vere", "Rosa De Vere", true},
		{"R", "de Vere", "Rosa Vere", false},
		{"R", "de Vere", "de Vere", false},
	}
	for _, tt := range tests {
		if got := initialsOpen(tt.letters, strings.Fields(tt.surname), strings.Fields(tt.full)); got != tt.want {
			t.Errorf("initialsOpen(%q, %q, %q) = %v, want %v", tt.letters, tt.surname, tt.full, got, tt.want)
		}
	}
}
