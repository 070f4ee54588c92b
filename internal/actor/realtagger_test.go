package actor

import (
	"strings"
	"testing"
)

// politicsRoundup is an invented round-up in the style of a British
// paper, captions and gallery furniture included. Every politician in it
// is made up.
var politicsRoundup = []string{
	"Sir Edmund Thorley has accused Chancellor Rachel Danvers of 'betraying a generation' after the Budget froze tax thresholds until 2030.",
	"The Liberal Democrat leader said on Tuesday that families in the South West would pay hundreds of pounds more each year, while Sir Edmund's deputy, Daisy Cooper-Hale, called the plan 'a stealth raid'.",
	"Ms Danvers hit back, telling the Commons that the Government had 'fixed the foundations' and that the Chancellor would not borrow to fund day-to-day spending.",
	"View gallery",
	"Pictured: Chancellor Rachel Danvers leaves 11 Downing Street on Wednesday morning with her red box",
	"Meanwhile, Prime Minister Keir Halloway faced a revolt from backbenchers over the winter fuel payment. Labour MP Clive Rendell said the party had 'lost touch' with pensioners.",
	"Mr Rendell, who chairs the Treasury select committee, added: 'Keir needs to listen.'",
	"Tory leader Kemi Adeyemi-Ross said the Prime Minister had 'no plan for growth'. Mrs Adeyemi-Ross told the BBC: 'Rachel Danvers has broken her promises.'",
	"+3",
	"Former prime minister Boris Hendry, pictured in Kent on Friday, said he was 'astonished' by the decision",
	"Elsewhere, Dame Harriet Vale, the Home Affairs committee chairman, demanded answers from Home Secretary Yvette Marlow on small boat crossings.",
	"Ms Marlow said the numbers crossing the Channel had fallen by a fifth since July. Dame Harriet said the figures were 'not credible'.",
	"Baroness Whitcombe, a former Tory minister, warned in the Lords that the Government was 'sleepwalking into a crisis'.",
	"Reform UK leader Nigel Fairbrook said voters in Clacton had been 'let down'. British voters, he said, wanted change.",
	"French President Emmanuel Arnaud and German Chancellor Friedrich Holt are expected in London on Thursday for talks with Sir Keir.",
	"Scottish First Minister John Swanley said Edinburgh had not been consulted. Swanley's spokesman said the talks were 'a snub'.",
}

// TestPoliticsRoundup runs the embedded tagger on the invented round-up.
// The people named with a title or an office must be found under their
// full names whatever the tagger does, with their variants merged and
// roles attached; no weekday, caption word or adjective is a person.
func TestPoliticsRoundup(t *testing.T) {
	got := Extract(paras(politicsRoundup...))
	want := []struct {
		name    string
		role    string
		aliases []string
	}{
		{"Edmund Thorley", "", []string{"Sir Edmund Thorley", "Sir Edmund"}},
		{"Rachel Danvers", "Chancellor", []string{"Ms Danvers"}},
		{"Keir Halloway", "Prime Minister", []string{"Sir Keir"}},
		{"Clive Rendell", "Labour MP", []string{"Mr Rendell"}},
		{"Kemi Adeyemi-Ross", "Tory leader", []string{"Mrs Adeyemi-Ross"}},
		{"Harriet Vale", "Home Affairs committee chairman", []string{"Dame Harriet Vale", "Dame Harriet"}},
		{"Yvette Marlow", "Home Secretary", []string{"Ms Marlow"}},
		{"Baroness Whitcombe", "former Tory minister", nil},
		{"Nigel Fairbrook", "Reform UK leader", nil},
		{"Emmanuel Arnaud", "French President", nil},
		{"Friedrich Holt", "German Chancellor", nil},
		{"John Swanley", "Scottish First Minister", []string{"Swanley"}},
	}
	for _, w := range want {
		a := find(got, w.name)
		if a == nil || a.Kind != Person {
			t.Errorf("no person %q; got %s", w.name, summary(got))
			continue
		}
		if w.role != "" && !has(a.Roles, w.role) {
			t.Errorf("%s: roles %q lack %q", w.name, a.Roles, w.role)
		}
		for _, al := range w.aliases {
			if !has(a.Aliases, al) {
				t.Errorf("%s: aliases %q lack %q", w.name, a.Aliases, al)
			}
		}
	}
	for _, a := range got {
		if a.Kind != Person {
			continue
		}
		words := strings.Fields(a.Name)
		if len(words) > 1 && isHonorific(words[0]) {
			words = words[1:] // "Baroness Whitcombe"
		}
		for _, w := range words {
			if isNoiseWord(w) || commonCapitalised[strings.ToLower(w)] {
				t.Errorf("person %q contains %q", a.Name, w)
			}
		}
	}
}
