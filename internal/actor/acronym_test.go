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
		{"Ernst & Young", "E&Y", true},
		{"Marks and Spencer", "M&S", true},
		{"Food and Drug Administration", "FDA", true},
		{"Ernst & Young", "EY", true},
		{"Ernst & Young", "E&", false},
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

func TestInitialism(t *testing.T) {
	tests := []struct {
		word, want string
		ok         bool
	}{
		{"UKIP", "UKIP", true},
		{"E&Y", "E&Y", true},
		{"N.C.", "NC", true},
		{"U.S.", "US", true},
		{"A", "", false},
		{"&Y", "", false},
		{"E&&Y", "", false},
		{"Nasa", "", false},
		{"ABCDEFGHI", "", false},
	}
	for _, tt := range tests {
		got, ok := initialism(tt.word)
		if got != tt.want || ok != tt.ok {
			t.Errorf("initialism(%q) = %q, %v; want %q, %v", tt.word, got, ok, tt.want, tt.ok)
		}
	}
}

// TestAcronymJoinsItsName: initials join the one longer name of the story
// they spell, of an organisation, a place or another thing, taking the
// kind the two are as one.
func TestAcronymJoinsItsName(t *testing.T) {
	tests := []struct {
		paras       []string
		short, long string
		wantJoin    bool
		wantKind    string
	}{
		{[]string{"The audit was done by Ernst & Young last year.", "A spokesman for E&Y said the firm stood by its work."},
			"E&Y", "Ernst & Young", true, Org},
		{[]string{"She moved from Los Angeles to Paris.", "She said LA had been good to her."},
			"LA", "Los Angeles", true, Place},
		{[]string{"Rain fell across the United Kingdom on Monday.", "The UK has had its wettest month."},
			"UK", "United Kingdom", true, Place},
		{[]string{"Tickets for the Consumer Electronics Show in Las Vegas sold out.", "Some 140,000 people went to CES last year."},
			"CES", "Consumer Electronics Show", true, Org},
		{[]string{"Shares in Corran Mobile Group rose.", "Investors also bought the US firm Halden, and CMG said sales were up."},
			"CMG", "Corran Mobile Group", true, Org},
		{[]string{"Ministers brought in the Velmora Housing Act last spring.", "Critics say VHA has failed renters."},
			"VHA", "Velmora Housing Act", true, Other},
		{[]string{"Fans of Great Britain cheered in Vancouver.", "GB won three medals on the day."},
			"GB", "Great Britain", true, Place},
		{[]string{"Shares in Northern Zinc rose sharply on Monday.", "Exports from NZ fell for a third month, and NZ officials were worried."},
			"NZ", "Northern Zinc", false, ""},
	}
	for _, tt := range tests {
		got := Extract(paras(tt.paras...))
		var short, long *Actor
		for i := range got {
			for _, n := range append([]string{got[i].Name}, got[i].Aliases...) {
				switch n {
				case tt.short:
					short = &got[i]
				case tt.long:
					long = &got[i]
				}
			}
		}
		if short == nil || long == nil {
			t.Errorf("%q: want %q and %q; got %s", tt.paras, tt.short, tt.long, summary(got))
			continue
		}
		if (short == long) != tt.wantJoin || (tt.wantJoin && short.Kind != tt.wantKind) {
			t.Errorf("%q: join %v kind %q, want %v %q; got %s", tt.paras, short == long, short.Kind, tt.wantJoin, tt.wantKind, summary(got))
		}
	}
}
