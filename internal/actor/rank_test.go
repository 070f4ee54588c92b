package actor

import (
	"strings"
	"testing"
)

// TestPoliceRanks checks that British police ranks written short in
// compounds ("Det Ch Insp", "Det Con", "Dep Ch Con") and the short ranks
// "DS", "DC" and "PC" before a given name are titles, not names: the
// officer is the name after them and no rank word becomes a person.
func TestPoliceRanks(t *testing.T) {
	fakeLexicon(t)
	tagged := map[string]string{"Insp Ivo Varden": "PER", "Ivo Varden": "PER", "Dana Quell": "PER",
		"DS Jo Harrop": "ORG", "DS Harrop": "ORG", "Con Tarrant": "PER", "Nell Brisco": "PER"}
	tests := []struct {
		name  string
		paras []string
		want  string // the persons found, "|" between them
	}{
		{"detective chief inspector", []string{"Det Ch Insp Ivo Varden led the inquiry."}, "Ivo Varden"},
		{"detective constable", []string{"Det Con Dana Quell gave evidence on Tuesday."}, "Dana Quell"},
		{"deputy chief constable", []string{"Dep Ch Con Nell Brisco said lessons had been learned."}, "Nell Brisco"},
		{"short rank before a given name", []string{"DS Jo Harrop interviewed the suspect."}, "Jo Harrop"},
		{"short rank before no given name", []string{"Shares in DS Harrop rose."}, ""},
		{"Con alone is a given name", []string{"Con Tarrant wrote the column."}, "Con Tarrant"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if g := personsWith(tagged, tt.paras...); g != tt.want {
				t.Errorf("persons %q, want %q", g, tt.want)
			}
		})
	}
}

// TestShortTitleEndsName checks that a title written short after a
// capitalised word opens a new name rather than standing inside one
// ("Mayor of Harlow Cllr Ada Kell"), while a title word that can be a
// name's ("Baron") still stands inside one.
func TestShortTitleEndsName(t *testing.T) {
	fakeLexicon(t)
	tagged := map[string]string{"Corranby Cllr Ada Kell": "PER", "Sacha Baron Quell": "PER", "Tarrow Mr Marsh": "PER"}
	tests := []struct {
		name  string
		paras []string
		want  string
	}{
		{"councillor after a place", []string{"The Mayor of Corranby Cllr Ada Kell opened the fair."}, "Ada Kell"},
		{"mister after a place", []string{"Speaking in Tarrow Mr Marsh said no."}, "Marsh"},
		{"a title word inside a name", []string{"The actor Sacha Baron Quell arrived."}, "Sacha Baron Quell"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if g := personsWith(tagged, tt.paras...); g != tt.want {
				t.Errorf("persons %q, want %q", g, tt.want)
			}
		})
	}
}

// personsWith extracts the actors of paragraphs with a fake NER tagging
// the spans of tagged, and returns the persons' names, "|" between them.
func personsWith(tagged map[string]string, paragraphs ...string) string {
	var got []string
	for _, a := range ExtractWith(paras(paragraphs...), fakeNER(tagged)) {
		if a.Kind == Person {
			got = append(got, a.Name)
		}
	}
	return strings.Join(got, "|")
}
