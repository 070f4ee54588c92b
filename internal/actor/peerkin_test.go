package actor

import (
	"slices"
	"testing"
)

// TestPeerKin checks that a peer's titled surname named in a kinship
// phrase with a full name of the same surname is a person of its own at
// every mention, while a peer named beside no kin joins the full name.
func TestPeerKin(t *testing.T) {
	for _, tt := range []struct {
		name   string
		text   []string
		people []string // persons wanted, no alias joining them
		joined [2]string
	}{
		{name: "a son after the possessive", text: []string{"Lord Quennell's son and heir, Arthur Quennell, has proposed to his girlfriend."},
			people: []string{"Lord Quennell", "Arthur Quennell"}},
		{name: "a daughter's given name after the possessive", text: []string{"Lord Pellow's daughter Clemency is launching a fashion line.", "Clemency Pellow, 26, trained at art school."},
			people: []string{"Lord Pellow", "Clemency Pellow"}},
		{name: "the daughter of the peer, then the peer again", text: []string{"Araminta Stallard, the 22-year-old daughter of Lord Stallard, has signed with an agency.", "Lord Stallard, whose family has farmed for 300 years, is proud."},
			people: []string{"Lord Stallard", "Araminta Stallard"}},
		{name: "a new peer", text: []string{"Alan Sugden, the former chief executive, was made a peer last year. Lord Sugden said he was delighted."},
			joined: [2]string{"Alan Sugden", "Lord Sugden"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := Extract(paras(tt.text...))
			for _, p := range tt.people {
				a := mustPerson(t, got, p)
				for _, q := range tt.people {
					if q != p && slices.Contains(a.Aliases, q) {
						t.Errorf("%q joined %q: %s", q, p, summary(got))
					}
				}
			}
			if tt.joined[0] != "" {
				if a := mustPerson(t, got, tt.joined[0]); !slices.Contains(a.Aliases, tt.joined[1]) {
					t.Errorf("%q not an alias of %q: %s", tt.joined[1], tt.joined[0], summary(got))
				}
			}
		})
	}
}

// TestPeerBroughtInAsKin checks that a titled surname brought in as
// someone's kin in apposition ("the bride's mother, Lady Quarrell",
// "whose father, Lord Pendry") is a person apart from the bearer of the
// surname the story named in full before it, and that a titled surname
// with no such phrase still joins that bearer.
func TestPeerBroughtInAsKin(t *testing.T) {
	tagged := map[string]string{"Tamsin Quarrell": "PER", "Ivo Marsh": "PER", "Lady Quarrell": "PER", "Orla Pendry": "PER", "Lord Pendry": "PER"}
	runNameRules(t, []nameRuleCase{{
		name:   "the bride's mother",
		text:   []string{"The wedding of Ivo Marsh and Tamsin Quarrell has caused a stir.", "I hear the bride's mother, Lady Quarrell, insisted on a second marquee."},
		tagged: tagged,
		want:   map[string]string{"Lady Quarrell": Person, "Tamsin Quarrell": Person},
	}, {
		name:   "whose father",
		text:   []string{"Orla Pendry has opened a gallery.", "The idea came from Orla, whose father, Lord Pendry, collects maps."},
		tagged: tagged,
		want:   map[string]string{"Lord Pendry": Person, "Orla Pendry": Person},
	}})
}
