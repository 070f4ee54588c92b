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
	}
	for _, c := range cases {
		got := freshOpenings(c.units, tokenizeAll(c.units))
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: got %v, want %v", c.name, got, c.want)
		}
	}
}
