package actor

import (
	"slices"
	"strings"
	"testing"
)

func TestSpells(t *testing.T) {
	tests := []struct {
		name, acronym string
		want          bool
	}{
		{"UK Independence Party", "UKIP", true},
		{"European Union", "EU", true},
		{"National Union of Teachers", "NUT", true},
		{"Bank of England", "BOE", true},
		{"Bank of England", "BE", true},
		{"European Union", "EC", false},
		{"Harbour Board", "HBC", false},
		{"Securities and Exchange Commission", "SEC", true},
	}
	for _, tt := range tests {
		if got := spells(strings.Fields(tt.name), tt.acronym); got != tt.want {
			t.Errorf("spells(%q, %q) = %v, want %v", tt.name, tt.acronym, got, tt.want)
		}
	}
}

// TestAcronymJoinsItsBody: an acronym and the one organisation of the
// story it spells are one actor, named by the form used most.
func TestAcronymJoinsItsBody(t *testing.T) {
	got := Extract(paras(
		"Ms Hale, who quit the Coastal Renewal Party last month, said the CRP had lost its way.",
		"CRP leader Tom Ashe said he was glad to see her go. The CRP will meet on Friday."))
	var crp *Actor
	for i := range got {
		if got[i].Name == "CRP" || got[i].Name == "Coastal Renewal Party" {
			if crp != nil {
				t.Fatalf("two actors for one party: %s", summary(got))
			}
			crp = &got[i]
		}
	}
	if crp == nil || crp.Name != "CRP" || !slices.Contains(crp.Aliases, "Coastal Renewal Party") {
		t.Errorf("want CRP with alias Coastal Renewal Party; got %s", summary(got))
	}
}
