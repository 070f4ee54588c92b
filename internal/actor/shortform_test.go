package actor

import (
	"slices"
	"testing"
)

// TestHeadShortForms: a one-word head noun or plural standing for the one
// organisation of the story whose name ends with it joins that actor as
// an alias; a place, a proper name or two such organisations leave it.
func TestHeadShortForms(t *testing.T) {
	tests := []struct {
		name     string
		text     []string
		long     string // the actor the short form joins ("": none)
		short    string
		separate bool // the short form stays an actor of its own
	}{
		{"a union's head noun", []string{
			"Talks between the Dockers and Pilots Union and the port broke up on Monday.",
			"Union organiser Dev Marsh said members would not return."},
			"Dockers and Pilots Union", "Union", false},
		{"a club's plural", []string{
			"The Kestrel Bay Herons beat the visitors 4-2 on Saturday.",
			"The Herons have now won six in a row, coach Ann Lowe said."},
			"Kestrel Bay Herons", "Herons", false},
		{"two clubs share the word", []string{
			"Harrow United drew with Kell United on Saturday in a tense match.",
			"United fans were left frustrated, said Tom Pike, who runs the supporters club."},
			"", "United", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Extract(paras(tt.text...))
			if tt.long != "" {
				a := find(got, tt.long)
				if a == nil || !slices.Contains(a.Aliases, tt.short) {
					t.Errorf("%q with alias %q wanted; got %s", tt.long, tt.short, summary(got))
				}
			}
			separate := false
			for _, a := range got {
				separate = separate || a.Name == tt.short
			}
			if separate != tt.separate {
				t.Errorf("%q an actor of its own: %v, want %v; got %s", tt.short, separate, tt.separate, summary(got))
			}
		})
	}
}

func TestShortFormHead(t *testing.T) {
	tests := []struct {
		word string
		want bool
	}{
		{"Union", true}, {"Council", true}, {"United", true}, {"Ferries", true}, {"ROYALS", true},
		{"Stirling", false}, {"Liege", false}, {"Co", false}, {"Press", false},
	}
	for _, tt := range tests {
		if got := shortFormHead(tt.word); got != tt.want {
			t.Errorf("shortFormHead(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
}
