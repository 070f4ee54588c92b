package actor

import "testing"

// TestFictionAbout: whom a comedy or a novel is about, or who narrates a
// novel, described with "a" or "an", is a character; whom a documentary
// is about, or a name with no description, stays a person.
func TestFictionAbout(t *testing.T) {
	tagged := map[string]string{"Lottie Brack": "PER", "Hal Penwith": "PER"}
	runNameRules(t, []nameRuleCase{
		{name: "a comedy about", text: []string{"Her second book is a comedy about Lottie Brack, an actress who is always second choice."},
			tagged: tagged, want: map[string]string{"Lottie Brack": Other}},
		{name: "a documentary about", text: []string{"Her film is a documentary about Lottie Brack, an actress who was always second choice."},
			tagged: tagged, want: map[string]string{"Lottie Brack": Person}},
		{name: "narrated in a novel", text: []string{"His third novel is narrated by Hal Penwith, a lighthouse keeper who stops speaking after a storm."},
			tagged: tagged, want: map[string]string{"Hal Penwith": Other}},
		{name: "narrated, no fiction", text: []string{"The series is narrated by Hal Penwith, a former miner from the valley."},
			tagged: tagged, want: map[string]string{"Hal Penwith": Person}},
	})
}
