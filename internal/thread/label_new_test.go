package thread

import (
	"strings"
	"testing"
)

// TestLabelNew checks, on invented items, that a post filled or an
// agreement made that the lead calls new keeps "new" in the label, and
// that a new thing that is no one's in particular, or a phrase that runs
// on past the label's words, does not.
func TestLabelNew(t *testing.T) {
	others := []string{
		"The village fete raised £2,000 for the church roof on Saturday.",
		"A new footbridge over the canal opens next week after a year of work.",
	}
	runLabelCases(t, []labelCase{
		{"a post filled", []string{
			"Shares in grocer Tallowby rose 2 per cent after it named a new chairman.",
			"Tallowby said the chairman would join in the spring.",
		}, others, "new chairman", ""},
		{"a new one sought", []string{
			"The Saturday quiz on Radio Wenlock is looking for a new host after Dermot Shale said he would retire.",
			"Dermot Shale has presented the quiz for 30 years and the host will be chosen in May.",
		}, others, "", "new"},
	})
}

// TestNewLabel checks newLabel on labels and leads: "new" goes before
// the topic words after a name or a news verb, not inside them, and not
// where the lead's phrase runs on.
func TestNewLabel(t *testing.T) {
	cases := []struct {
		label, lead, want string
	}{
		{"Wenlock contract", "Wenlock have signed a new contract with their captain.", "Wenlock new contract"},
		{"Wenlock agrees deal", "Wenlock has agreed a new deal with a kit maker.", "Wenlock agrees new deal"},
		{"Wenlock deal", "Wenlock has agreed a new deal maker scheme.", "Wenlock deal"},
		{"school coach contract", "The school has signed a new contract for buses.", "school coach contract"},
		{"Wenlock coach", "A new coach will join Wenlock in May.", "Wenlock coach"},
	}
	for _, c := range cases {
		lead := tokenizeAll([]string{c.lead})[0]
		got := strings.Join(newLabel(strings.Fields(c.label), lead), " ")
		if got != c.want {
			t.Errorf("newLabel(%q) = %q, want %q", c.label, got, c.want)
		}
	}
}
