package thread

import (
	"slices"
	"testing"
)

// TestReverseLabel checks, on invented leads, that a label's thing that
// the lead undoes gets the participle of the undoing, by an active verb
// before it or a passive after it, a strike by any of its names, and
// that a physical lift, a passive in a clause of time and a verb with
// other things near it leave the label alone.
func TestReverseLabel(t *testing.T) {
	for _, c := range []struct {
		name, lead  string
		label, want []string
	}{
		{"an active lift of a ban", "Tollmere Water has lifted the hosepipe ban it imposed in July after heavy rain.",
			[]string{"Tollmere", "Water", "hosepipe", "ban"}, []string{"Tollmere", "Water", "hosepipe", "ban", "lifted"}},
		{"a strike called off by another name", "Bus drivers in Carnford have called off next week's walkout after a late pay offer.",
			[]string{"Carnford", "bus", "strike"}, []string{"Carnford", "bus", "strike", "called", "off"}},
		{"a passive cancellation", "The annual village flower show at Marby has been cancelled for lack of volunteers.",
			[]string{"village", "flower", "show"}, []string{"village", "flower", "show", "cancelled"}},
		{"too long keeps the last words", "Train drivers on the Wexley Valley line have called off their strike.",
			[]string{"Wexley", "Valley", "rail", "strike"}, []string{"Valley", "rail", "strike", "called", "off"}},
		{"a physical lift", "A Bronze Age log boat was lifted from the river bed by divers on Tuesday.",
			[]string{"log", "boat"}, []string{"log", "boat"}},
		{"undone already", "Fellside Air has cancelled every flight to Jersey for a week.",
			[]string{"Fellside", "Air", "cancels", "flight"}, []string{"Fellside", "Air", "cancels", "flight"}},
		{"a plan to lift", "Moves to lift the union's ban on exports have been condemned by campaigners.",
			[]string{"export", "ban"}, []string{"export", "ban"}},
		{"an undoing to come", "The festival looks set to be cancelled after its sponsor pulled out.",
			[]string{"music", "festival"}, []string{"music", "festival"}},
		{"a passive in a clause of time", "Visitors will pay to park again from today, two years after charges were scrapped.",
			[]string{"hospital", "charges"}, []string{"hospital", "charges"}},
	} {
		lead := tokenizeAll([]string{c.lead})[0]
		if got := reverseLabel(slices.Clone(c.label), lead); !slices.Equal(got, c.want) {
			t.Errorf("%s: reverseLabel(%q) = %q, want %q", c.name, c.label, got, c.want)
		}
	}
}
