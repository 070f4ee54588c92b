package thread

import "testing"

// TestLabelVerbObject checks, on invented items, that a news verb after
// the subject's name takes its object from the lead when the thread's
// best topic word is not what it governs; and that an idiom ("closed
// its doors", "raised a glass"), a ban on people ("banned pupils from
// …"), a phrasal verb ("sold up") and an object cut off before its noun
// by a quotation mark ("its latest 'pocket' phone") give no object.
func TestLabelVerbObject(t *testing.T) {
	others := []string{
		"The village fete raised £2,000 for the church roof on Saturday.",
		"A new footbridge over the canal opens next week after a year of work.",
	}
	tail := []string{
		"Critics gave the menu glowing reviews. The reviews praised the fish; later reviews were mixed, and the reviews of the puddings were cruel.",
		"Ada Kell said the reviews had never troubled her.",
	}
	runLabelCases(t, []labelCase{
		{"the lead's own object", append([]string{
			"Chef Ada Kell has closed her harbourside restaurant only months after it opened.",
		}, tail...), others, "Ada Kell closes harbourside restaurant", ""},
		{"an idiom of doors", append([]string{
			"Chef Ada Kell has closed its doors only months after it opened.",
		}, tail...), others, "", "doors"},
		{"an idiom after an article", append([]string{
			"Chef Ada Kell raised a toast to her critics only months after opening.",
		}, tail...), others, "", "raises"},
		{"a ban on people", append([]string{
			"Chef Ada Kell has banned diners from taking photographs of their plates.",
		}, tail...), others, "", "bans"},
		{"a phrasal verb", append([]string{
			"Chef Ada Kell has sold up only months after the restaurant opened.",
		}, tail...), others, "", "sells"},
		{"an object cut off by a quotation mark", append([]string{
			"Chef Ada Kell has launched her latest 'pocket' cookbook only months after the restaurant opened.",
		}, tail...), others, "", "launches"},
	})
}
