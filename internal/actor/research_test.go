package actor

import "testing"

// TestResearchBy: the name a research noun says is "by" or "from" is the
// firm that published it; a person with a title or a role, or one
// whose given name the model knows, stays a person.
func TestResearchBy(t *testing.T) {
	tagged := map[string]string{"Tarrow Henley": "PER", "Velmora Kell": "PER", "Corran Vale": "PER", "Sarah Marsh": "PER", "Ivo Pellow": "PER"}
	runKindRows(t, tagged, [][4]string{
		{"research by", "Dividends fell 22 per cent, according to research by Tarrow Henley published this week.", "Tarrow Henley", Org},
		{"data from", "House prices rose again in May, data from Velmora Kell shows.", "Velmora Kell", Org},
		{"a survey commissioned by", "The findings come from a survey commissioned by Corran Vale last month.", "Corran Vale", Org},
		{"a known given name", "A study by Sarah Marsh found that most tenants were unaware.", "Sarah Marsh", Person},
		{"a person's research", "Research by Professor Ivo Pellow found that the birds return each year.", "Ivo Pellow", Person},
	})
}

func TestResearchByWords(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"according to research by", true},
		{"a survey commissioned by", true},
		{"research carried out by", true},
		{"data from", true},
		{"a report by", false},
		{"written by", false},
		{"a survey of people by", false},
	} {
		toks := appendTokens(nil, c.text, new(lowerMemo))
		if got := researchBy(toks, len(toks)-1); got != c.want {
			t.Errorf("researchBy(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
