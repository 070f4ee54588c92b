package thread

import (
	"fmt"
	"strings"
	"testing"
)

// TestLabelMinister checks, on invented items, that a minister the lead
// names after the post gives way to the matter, or to the post when the
// minister leaves it, while a thread that keeps coming back to the
// person, and a person of another calling, keep the name.
func TestLabelMinister(t *testing.T) {
	others := []string{
		"The council also approved a new cycle lane along the seafront.",
		"A charity shop on the high street is to close after 30 years.",
	}
	runLabelCases(t, []labelCase{
		{"a policy announced", []string{
			"Transport Secretary Oriel Wyncombe has ordered a review of rural bus subsidies after dozens of routes were withdrawn in the autumn.",
			"The review will report in the spring, and operators will be asked how the bus subsidies are spent.",
		}, others, "bus subsidies", "Wyncombe"},
		{"a minister resigns", []string{
			"Fisheries minister Dafydd Pengarth has resigned after failing to declare shares in a trawler company.",
			"His resignation letter said he had made an honest mistake.",
		}, others, "fisheries minister resigns", "Pengarth"},
		{"an MP", []string{
			"Labour MP Rosamund Teague has taken a second job advising a gambling firm for £4,000 a month.",
			"The standards watchdog said the job had been declared properly.",
		}, others, "MP", "Teague"},
		{"an MP quits", []string{
			"Tory MP Cuthbert Lyle-Penrose has resigned the party whip to sit as an independent.",
			"He said the party had lost its way on rural schools.",
		}, others, "MP", "Lyle-Penrose"},
		{"a profile keeps the name", []string{
			"Former Home Secretary Imelda Corran has signed a deal to write her memoirs.",
			"Corran, who left the Commons last year, is said to have kept detailed diaries.",
			"Friends of Corran say the book will settle old scores.",
			"Corran's publisher would not say when the book would appear.",
			"Corran declined to comment.",
		}, others, "Corran", ""},
		{"another calling", []string{
			"Novelist Oriel Wyncombe has won the Pellow Prize for her third book, a family saga set on a Cornish farm.",
			"Wyncombe, who wrote the book in a caravan, said she would spend the prize on a new roof.",
		}, others, "Wyncombe", ""},
	})
}

// TestLabelMinisterKnown checks, on an invented item, that a minister
// the archive names in many documents keeps the name, as headlines name
// the ministers readers know, while the same item in an archive that
// never names him gives the name up.
func TestLabelMinisterKnown(t *testing.T) {
	paras := []string{
		"Home Secretary Barnaby Quillfeather has promised a review of police stop and search powers before the summer.",
		"The review will look at how often the powers are used on young men.",
	}
	others := []string{"The council also approved a new cycle lane along the seafront."}
	known, unknown := NewDocFreq(), NewDocFreq()
	for i := range 30 {
		known.Add(fmt.Sprintf("Barnaby Quillfeather spoke in the Commons on day %d.", i))
		unknown.Add(fmt.Sprintf("The council met in the town hall on day %d.", i))
	}
	for _, p := range append(paras, others...) {
		known.Add(p)
		unknown.Add(p)
	}
	if got := Label(paras, others, known); !strings.Contains(got, "Quillfeather") {
		t.Errorf("known minister: label %q does not contain %q", got, "Quillfeather")
	}
	if got := Label(paras, others, unknown); strings.Contains(got, "Quillfeather") {
		t.Errorf("unknown minister: label %q contains %q", got, "Quillfeather")
	}
}
