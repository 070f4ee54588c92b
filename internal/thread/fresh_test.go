package thread

import (
	"reflect"
	"testing"
)

// TestFreshOpenings checks which paragraphs open a subject of their own.
func TestFreshOpenings(t *testing.T) {
	cases := []struct {
		name  string
		units []string
		want  []bool // nil: none
	}{
		{"too short", []string{"Harwick council met.", "Ollo Foods rose."}, nil},
		{"new company, then its own follow-up", []string{
			"Shares in Brindle Mining rose after the miner found copper in Chile.",
			"The find lifted the group's reserves by a third, Brindle Mining said.",
			"Pub chain Tollgate Inns fell 3 per cent after it warned on profits.",
			"It blamed higher energy bills.",
		}, []bool{false, false, true, false}},
		{"a pronoun or a quotation goes on", []string{
			"Shares in Brindle Mining rose after the miner found copper in Chile.",
			"He said Ralston Holdings would buy the find.",
			"\"Tollgate Inns will do well,\" a trader said.",
		}, nil},
		{"an old name is no new subject", []string{
			"Shares in Brindle Mining rose after the miner found copper in Chile.",
			"Analyst Petra Vance said Brindle Mining had been lucky.",
			"The copper price rose too.",
		}, nil},
		{"a capitalised opener written in lower case elsewhere is no name", []string{
			"Shares in Brindle Mining rose after the miner found copper.",
			"Sales of copper rose as well, as sales do in winter.",
			"The copper price rose too.",
		}, nil},
		{"a capitalised common noun is no name", []string{
			"Shares in Brindle Mining rose after the miner found copper.",
			"The FTSE 100 rose 0.6 per cent.",
			"Banks led the index higher.",
		}, []bool{false, true, false}},
		{"a first word running into a name is one", []string{
			"Shares in Brindle Mining rose after the miner found copper.",
			"The copper price rose too.",
			"Grosvenor Casino owner Rank Group fell.",
		}, []bool{false, false, true}},
		{"a first word running into an old name is none", []string{
			"Tilda Marsh will present the Harvest Awards this year.",
			"Tilda Marsh last hosted the awards night in 2019.",
			"Picking Tilda Marsh means a lighter evening, organisers hope.",
		}, nil},
		{"a dateline is no sentence", []string{
			"Flood closes Harwick bridge",
			"Updated 14 March 2024 09:15 GMT",
			"The bridge will stay shut until the water falls, engineers said.",
		}, nil},
		{"the writer's voice goes on", []string{
			"Tilda Marsh will present the Harvest Awards this year.",
			"The awards night is held every autumn.",
			"I'd like to thank Orla Penrose for the idea.",
		}, nil},
	}
	for _, c := range cases {
		got := freshOpenings(c.units, tokenizeAll(c.units))
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: got %v, want %v", c.name, got, c.want)
		}
	}
}

// TestMonthName checks the dates that name no subject.
func TestMonthName(t *testing.T) {
	for w, want := range map[string]bool{"March": true, "Friday": true, "SUNDAY": true, "Fridays": false, "Marsh": false, "": false} {
		if got := monthName(w); got != want {
			t.Errorf("monthName(%q) = %v, want %v", w, got, want)
		}
	}
}
