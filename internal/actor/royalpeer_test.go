package actor

import (
	"slices"
	"testing"
)

// TestRoyalPeerage: a title of place first written in the paragraph
// after a royal of its gender, with no other person of that gender
// between, is that royal, named by the royal's name; a title in the
// royal's own paragraph, a relative's title, a rival between and a
// title of the other gender stay apart.
func TestRoyalPeerage(t *testing.T) {
	tagged := map[string]string{"Ivo Marsh": "PER", "Wenna Tregear": "PER"}
	tests := []struct {
		name  string
		paras []string
		royal string // the royal's actor name
		title string // the title's surface form
		joins bool
	}{
		{name: "the next paragraph", paras: []string{
			"Prince Oswald opened the new lifeboat station at Porthtowan yesterday.",
			"The Earl of Tarrow, 44, was shown round by the crew and stayed for tea.",
		}, royal: "Prince Oswald", title: "Earl of Tarrow", joins: true},
		{name: "two paragraphs on", paras: []string{
			"Princess Ada has taken up the cello at 40.",
			"She practises for an hour every morning before breakfast.",
			"The Duchess of Velby is said to favour Bach.",
		}, royal: "Princess Ada", title: "Duchess of Velby", joins: true},
		{name: "in the royal's own paragraph", paras: []string{
			"Prince Oswald dined with the Duke of Quenby at the castle.",
		}, royal: "Prince Oswald", title: "Duke of Quenby"},
		{name: "a relative", paras: []string{
			"Princess Ada has taken up the cello at 40.",
			"Her mother, the Duchess of Velby, is said to be delighted.",
		}, royal: "Princess Ada", title: "Duchess of Velby"},
		{name: "a daughter of the earl", paras: []string{
			"Prince Oswald is engaged to Wenna Tregear, a potter.",
			"Miss Tregear is the younger daughter of the Earl of Tarrow.",
		}, royal: "Prince Oswald", title: "Earl of Tarrow"},
		{name: "another man between", paras: []string{
			"Prince Oswald opened the new lifeboat station at Porthtowan yesterday.",
			"Sir Ivo Marsh, the coxswain, showed him the boat.",
			"The Earl of Tarrow stayed for tea.",
		}, royal: "Prince Oswald", title: "Earl of Tarrow"},
		{name: "the other gender", paras: []string{
			"Prince Oswald opened the new lifeboat station at Porthtowan yesterday.",
			"The Countess of Tarrow stayed for tea.",
		}, royal: "Prince Oswald", title: "Countess of Tarrow"},
		{name: "a sovereign", paras: []string{
			"King Oswald opened the new lifeboat station at Porthtowan yesterday.",
			"The Duke of Tarrow stayed for tea.",
		}, royal: "King Oswald", title: "Duke of Tarrow"},
		{name: "too far on", paras: []string{
			"Prince Oswald opened the new lifeboat station at Porthtowan yesterday.",
			"The crew showed the boat off.",
			"Tea followed in the station.",
			"The Earl of Tarrow stayed late.",
		}, royal: "Prince Oswald", title: "Earl of Tarrow"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ExtractWith(paras(tt.paras...), fakeNER(tagged))
			a := find(got, tt.royal)
			if a == nil {
				t.Fatalf("no %s; got %s", tt.royal, summary(got))
			}
			if joined := slices.Contains(a.Aliases, "the "+tt.title) || slices.Contains(a.Aliases, "The "+tt.title) || slices.Contains(a.Aliases, tt.title); joined != tt.joins {
				t.Errorf("%s joined %s: %v, want %v; got %s", tt.title, tt.royal, joined, tt.joins, summary(got))
			}
		})
	}
}
