package actor

import (
	"slices"
	"testing"
)

func TestMergeRoles(t *testing.T) {
	tests := []struct {
		name  string
		roles []string
		want  []string
	}{
		{"one role said four ways",
			[]string{"chief executive", "Harrier's chief executive", "chief executive of Harrier Freight", "Harrier's boss"},
			[]string{"chief executive of Harrier Freight"}},
		{"the generic form first",
			[]string{"Harrier boss", "chief executive of Harrier Freight"},
			[]string{"chief executive of Harrier Freight"}},
		{"a possessive is the same qualifier",
			[]string{"Greenvale leader", "Greenvale's leader"},
			[]string{"Greenvale leader"}},
		{"an office of a place",
			[]string{"Mayor of Dunmore", "Mayor", "mayor"},
			[]string{"Mayor of Dunmore"}},
		{"a shortened qualifier",
			[]string{"Fed chief", "Federal Reserve chairman"},
			[]string{"Federal Reserve chairman"}},
		{"a bare generic head joins a precise one",
			[]string{"chief", "Chief constable"},
			[]string{"Chief constable"}},
		{"former, with ex-",
			[]string{"ex-boss", "former Tallow Bank chief executive"},
			[]string{"former Tallow Bank chief executive"}},
		{"CEO spelt out",
			[]string{"CEO", "chief executive of Pellow"},
			[]string{"chief executive of Pellow"}},
		{"different offices stay apart",
			[]string{"chief executive", "chairman"},
			[]string{"chief executive", "chairman"}},
		{"different bodies stay apart",
			[]string{"Labour leader", "Tory leader"},
			[]string{"Labour leader", "Tory leader"}},
		{"a former office is another office",
			[]string{"former chief executive", "chief executive of Pellow"},
			[]string{"former chief executive", "chief executive of Pellow"}},
		{"a deputy is not the holder",
			[]string{"deputy leader", "leader"},
			[]string{"deputy leader", "leader"}},
		{"a body's boss is no bare office, nor another body's boss",
			[]string{"Tarnside's boss", "manager", "Oldbury boss"},
			[]string{"Tarnside's boss", "manager", "Oldbury boss"}},
		{"a generic form met before the precise one had a body",
			[]string{"chief executive", "Pellow chief", "Pellow chief executive"},
			[]string{"Pellow chief executive"}},
		{"abbreviated and equivalent bodies",
			[]string{"Lib Dem leader", "Liberal Democrat leader", "party leader", "Tory leader"},
			[]string{"Lib Dem leader", "Tory leader"}},
		{"a time word is the same office",
			[]string{"new president", "President of Vellonia", "now foreign secretary", "shadow foreign secretary"},
			[]string{"President of Vellonia", "now foreign secretary", "shadow foreign secretary"}},
		{"a generic head stands only for an executive office",
			[]string{"Pellow founder", "Pellow chief"},
			[]string{"Pellow founder", "Pellow chief"}},
		{"generic heads of different bodies",
			[]string{"Tarnside boss", "Oldbury chief"},
			[]string{"Tarnside boss", "Oldbury chief"}},
		{"MP for a seat and a former minister",
			[]string{"MP for Eastwick North", "former trade minister"},
			[]string{"MP for Eastwick North", "former trade minister"}},
		{"nothing to merge", nil, []string{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := MergeRoles(tc.roles); !slices.Equal(got, tc.want) {
				t.Errorf("MergeRoles(%q) = %q, want %q", tc.roles, got, tc.want)
			}
		})
	}
}

func TestSplitRole(t *testing.T) {
	tests := []struct {
		role       string
		head, qual []string
	}{
		{"chief executive of Harrier Freight", []string{"chief", "executive"}, []string{"Harrier", "Freight"}},
		{"Harrier's chief executive", []string{"chief", "executive"}, []string{"Harrier"}},
		{"Labour MP", []string{"mp"}, []string{"Labour"}},
		{"Argentine President", []string{"president"}, []string{"Argentine"}},
		{"shadow chancellor", []string{"shadow", "chancellor"}, nil},
		{"Chancellor of the Exchequer", []string{"chancellor"}, []string{"Exchequer"}},
		{"PM", []string{"prime", "minister"}, nil},
		{"ex-boss", []string{"former", "boss"}, nil},
		{"Deputy High Court Judge", []string{"deputy", "judge"}, []string{"High", "Court"}},
	}
	for _, tc := range tests {
		p := splitRole(tc.role)
		if !slices.Equal(p.head, tc.head) || !slices.Equal(p.qual, tc.qual) {
			t.Errorf("splitRole(%q) = head %q qual %q, want %q %q", tc.role, p.head, p.qual, tc.head, tc.qual)
		}
	}
}

// TestStoryRoleVariants checks that one person's roles in an invented
// story are merged into one, with the fuller affiliation, and that two
// offices stay two.
func TestStoryRoleVariants(t *testing.T) {
	text := []string{
		"Harrier's chief executive Dora Quince said the breach was contained.",
		"Dora Quince, chief executive of Harrier Freight, apologised to customers on Tuesday.",
		"Harrier's boss Dora Quince told MPs the firm had hired investigators.",
		"Harrier Freight chairman Ivo Brack said the board backed her. Ivo Brack, the former Tallow Bank chief executive, joined in 2021.",
	}
	tagged := map[string]string{"Harrier": "ORG", "Harrier Freight": "ORG", "Dora Quince": "PER", "Ivo Brack": "PER", "Tallow Bank": "ORG"}
	got := ExtractWith(paras(text...), fakeNER(tagged))
	dora := find(got, "Dora Quince")
	if dora == nil {
		t.Fatalf("no Dora Quince; actors %s", summary(got))
	}
	if want := []string{"chief executive of Harrier Freight"}; !slices.Equal(dora.Roles, want) {
		t.Errorf("Dora Quince roles %q, want %q", dora.Roles, want)
	}
	if dora.Affiliation != "Harrier Freight" {
		t.Errorf("Dora Quince affiliation %q, want Harrier Freight", dora.Affiliation)
	}
	ivo := find(got, "Ivo Brack")
	if ivo == nil {
		t.Fatalf("no Ivo Brack; actors %s", summary(got))
	}
	if want := []string{"Harrier Freight chairman", "former Tallow Bank chief executive"}; !slices.Equal(ivo.Roles, want) {
		t.Errorf("Ivo Brack roles %q, want %q", ivo.Roles, want)
	}
}
