package thread

import (
	"strings"
	"testing"
)

// TestLabelFullNames checks, on invented items, that labels name a
// company by its full name: a capitalised function word inside the name
// stays, a descriptive sentence opener does not join it.
func TestLabelFullNames(t *testing.T) {
	cases := []struct {
		name    string
		paras   []string
		want    string // the label must contain this
		notWant string // and must not contain this
	}{
		{"function word inside a name", []string{
			"Shares in ferry operator Harbour On Sea jumped 12 per cent after it won the island contract.",
			"Harbour On Sea will run four crossings a day from March.",
			"The Sea route had been losing money for years.",
		}, "Harbour On Sea", ""},
		{"shorter form used more often", []string{
			"Model maker Tinker Workshop soared after beating forecasts again.",
			"Workshop said sales of its painted figures had doubled.",
			"Analysts said Workshop was the stock of the year.",
		}, "Tinker Workshop", ""},
		{"sentence opener is not part of the name", []string{
			"Miner Copperfield Resources jumped 20 per cent after striking copper in Zambia.",
			"Copperfield Resources said drilling would resume next month.",
			"Copperfield Resources shares have tripled this year.",
		}, "Copperfield Resources", "Miner"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := Label(c.paras, nil, nil)
			if !strings.Contains(got, c.want) {
				t.Errorf("label %q does not contain %q", got, c.want)
			}
			if c.notWant != "" && strings.Contains(got, c.notWant) {
				t.Errorf("label %q contains %q", got, c.notWant)
			}
		})
	}
}
