package actor

import (
	"strings"
	"testing"
)

// nameRuleCase is one invented story and what the tagger plus the rules
// must make of it: actors of a kind ("" for any), and names that must be
// no actor at all. The tagger is the embedded one unless tagged is set;
// then a fake one marks those phrases, so that a case testing one rule
// reads the tagger's slip the rule is there to correct, whatever a
// retrained model happens to make of the sentence.
type nameRuleCase struct {
	name   string
	text   []string
	tagged map[string]string // phrase -> entity type; nil: the embedded tagger
	want   map[string]string // actor name -> kind ("" any)
	absent []string
}

// oneKindCase returns a maker of cases of one sentence each, on the fake
// tagger tagged, that want actor to be of a kind.
func oneKindCase(tagged map[string]string, actor string) func(name, text, want string) nameRuleCase {
	return func(name, text, want string) nameRuleCase {
		return nameRuleCase{name: name, text: []string{text}, tagged: tagged, want: map[string]string{actor: want}}
	}
}

// runKindRows checks rows of {case name, one sentence, actor, kind} on
// the fake tagger tagged.
func runKindRows(t *testing.T, tagged map[string]string, rows [][4]string) {
	t.Helper()
	var cases []nameRuleCase
	for _, r := range rows {
		cases = append(cases, oneKindCase(tagged, r[2])(r[0], r[1], r[3]))
	}
	runNameRules(t, cases)
}

// runNameRules checks each case on its tagger.
func runNameRules(t *testing.T, cases []nameRuleCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got []Actor
			if c.tagged != nil {
				got = ExtractWith(paras(c.text...), fakeNER(c.tagged))
			} else {
				got = Extract(paras(c.text...))
			}
			for n, k := range c.want {
				a := find(got, n)
				switch {
				case a == nil:
					t.Errorf("no actor %q; got %s", n, summary(got))
				case k != "" && a.Kind != k:
					t.Errorf("%q is a %s, want %s", n, a.Kind, k)
				}
			}
			for _, n := range c.absent {
				for _, a := range got {
					if a.Name == n || has(a.Aliases, n) {
						t.Errorf("%q is an actor (%s %q); got %s", n, a.Kind, a.Name, summary(got))
					}
				}
			}
		})
	}
}

// TestAmpersandNames: an ampersand is part of a firm's name as written,
// while "and" between two whole names of bodies joins two actors.
func TestAmpersandNames(t *testing.T) {
	runNameRules(t, []nameRuleCase{{
		name:   "spaced ampersand",
		text:   []string{"Shares in Harrow & Vale fell 3 per cent on Tuesday, while Dunmore & Pike gained after its results."},
		want:   map[string]string{"Harrow & Vale": Org, "Dunmore & Pike": Org},
		absent: []string{"Harrow Vale", "Dunmore Pike"},
	}, {
		name:   "ampersand and Co",
		text:   []string{"The trial paired the vaccine with Quayle & Co's best-selling drug, which beat expectations."},
		want:   map[string]string{"Quayle & Co": Org},
		absent: []string{"Quayle Co"},
	}, {
		name: "initials",
		text: []string{"Shares in AT&T fell 2 per cent."},
		want: map[string]string{"AT&T": Org},
	}, {
		name:   "initials that name no firm",
		text:   []string{"After the Q&A session, R&D spending was discussed by the board of Corvane."},
		absent: []string{"Q&A", "R&D"},
	}, {
		name:   "two papers joined by and",
		text:   []string{"The publisher, which owns the Mirror and Express titles, said advertising had recovered."},
		want:   map[string]string{"Mirror": Org, "Express": Org},
		absent: []string{"Mirror and Express"},
	}, {
		name: "one body named with and",
		text: []string{"The Securities and Exchange Commission fined the fund, and Marks and Spencer said sales rose."},
		want: map[string]string{"Securities and Exchange Commission": Org},
	}})
}

// TestUsageKinds: how a name is used sets its kind where the tagger
// guessed wrong.
func TestUsageKinds(t *testing.T) {
	runNameRules(t, []nameRuleCase{{
		name:   "paper after the",
		text:   []string{"Customers who joined the claim told the Courier they were angry."},
		tagged: map[string]string{"Courier": "PER"},
		want:   map[string]string{"Courier": Org},
	}, {
		name: "name before newspaper",
		text: []string{"His agent told the Times newspaper that the author was happy. Mr Vell was quoted in the Herald newspaper saying so."},
		want: map[string]string{"Times": Org, "Herald": Org},
	}, {
		name: "place before a newspaper",
		text: []string{"He complained in letters to a Colorado newspaper that the prison was driving him insane."},
		want: map[string]string{"Colorado": Place},
	}, {
		name: "strong head after at",
		text: []string{"Staff at Westmoor Rail will walk out on Tuesday, and the ballot at Westmoor Rail closes on Friday."},
		want: map[string]string{"Westmoor Rail": Org},
	}, {
		name: "business noun in apposition",
		text: []string{"Brindle-Mart, the largest US retailer, has said its December sales will be better than forecast."},
		want: map[string]string{"Brindle-Mart": Org},
	}, {
		name:   "pairs of nationalities",
		text:   []string{"The German-US carmaker saw profits fall, while US-UK talks went on and Sino-US trade slowed."},
		absent: []string{"German-US", "US-UK", "Sino-US"},
	}, {
		name:   "held by a party",
		text:   []string{"Polling suggests the party is now second in nineteen Union-held seats along the coast."},
		absent: []string{"Union-held"},
	}, {
		name:   "common abbreviations",
		text:   []string{"As for WFH parents, the pandemic changed things. The AGM of Corvane Holdings was held online."},
		absent: []string{"WFH", "AGM"},
	}, {
		name:   "knockouts",
		text:   []string{"Ada Kell (40-2, 31 KOs) won by a TKO in the sixth round, her 12th KO in a row."},
		absent: []string{"KOs", "TKO", "KO"},
	}})
}

// TestNotNames: capitalised words a tagger takes for names that name
// nothing: a trade noun heading a sentence, a word that only qualifies
// the noun after it, an adjective made with "-able".
func TestNotNames(t *testing.T) {
	runNameRules(t, []nameRuleCase{{
		name:   "trade noun before a firm",
		text:   []string{"Oiler Pellworth Resources gushed 21 per cent higher to 2p after completing its farm-in agreement."},
		want:   map[string]string{"Pellworth Resources": Org},
		absent: []string{"Oiler Pellworth Resources"},
	}, {
		name:   "trade noun before a common noun",
		text:   []string{"Miner Base Metals rose 4 per cent after output beat forecasts."},
		tagged: map[string]string{"Miner Base Metals": "ORG"},
		want:   map[string]string{"Base Metals": Org},
		absent: []string{"Miner Base Metals"},
	}, {
		name:   "qualifiers",
		text:   []string{"The bank was accused of letting Ponzi scheme fraudsters move money, and of backing laws imposed by the Communist regime."},
		absent: []string{"Ponzi", "Communist"},
	}, {
		name:   "ordinary word in a headline",
		text:   []string{"Her National service", "When she became patron of the National Theatre in 2019, the board hoped she would raise funds."},
		want:   map[string]string{"National Theatre": Org},
		absent: []string{"National"},
	}, {
		name:   "short name before a noun",
		text:   []string{"Guards at Coastlink Rail will strike on Tuesday.", "The first day of the Coastlink rail strike cost businesses £22m."},
		want:   map[string]string{"Coastlink Rail": Org},
		absent: []string{"Coastlink"},
	}, {
		name:   "coordinated qualifier",
		text:   []string{"I found myself filming in a beautiful Arts and Crafts church, empty except for me and a cameraman."},
		absent: []string{"Arts"},
	}, {
		name:   "common noun glued on",
		text:   []string{"One year there were so many babies that I bought them all a Team Vogue T-shirt."},
		absent: []string{"Team Vogue T-shirt"},
	}, {
		name:   "people, not a place",
		text:   []string{"'Look after him, Brummies,' the group said as the striker left for Birmingham."},
		want:   map[string]string{"Birmingham": Place},
		absent: []string{"Brummies"},
	}, {
		name:   "able adjective",
		text:   []string{"None of these things are Zoomable and it is that daily contact that makes a close community."},
		absent: []string{"Zoomable"},
	}, {
		name: "club before a position",
		text: []string{"The Sale wing scored twice as the Bath flanker was sent off."},
		want: map[string]string{"Bath": ""},
	}})
}

// TestNicknames: a nickname made from the start of a named person's
// name is that person; a name introduced as someone new is not.
func TestNicknames(t *testing.T) {
	cases := []struct {
		name, text, person, alias string
		merged                    bool
	}{
		{"pet name", "Lady Oriana Fellmore is a fan of the series. Indeed, such a fan is Oris, left, that she dressed up as its villain.", "Oriana Fellmore", "Oris", true},
		{"someone new", "Fans of Rob Woodhart queued for hours. He is idolised by a young chap named Woody, who wanted to go with him.", "Rob Woodhart", "Woody", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := mustExtract(t, c.text, c.person)
			if has(a.Aliases, c.alias) != c.merged {
				t.Errorf("%q among the aliases of %q: %v, want %v", c.alias, c.person, !c.merged, c.merged)
			}
		})
	}
}

// TestGivenNames: the given name of a person the story names in full,
// with a role or title, is that person whatever the tagger says; a firm
// named like a person does not take in the short form of its name. Lines
// of the text are paragraphs.
func TestGivenNames(t *testing.T) {
	cases := []struct {
		name, text, person, alias string
		merged                    bool
	}{
		{"role", "Nick Lerner bought a plan chest from the studio of fashion designer Celia Marwood, 79, and showed it to designer Ossie Brand.\nOne of the best known paintings is of Celia and Ossie together.", "Celia Marwood", "Celia", true},
		{"no evidence", "Shares in Pernod Ricard rose. Pernod said its sales grew.", "Pernod Ricard", "Pernod", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := Extract(paras(strings.Split(c.text, "\n")...))
			a := find(got, c.person)
			if a == nil {
				if !c.merged {
					return // not even read as a person
				}
				t.Fatalf("no %q; got %s", c.person, summary(got))
			}
			if has(a.Aliases, c.alias) != c.merged {
				t.Errorf("%q among the aliases of %q: %v, want %v; got %s", c.alias, c.person, !c.merged, c.merged, summary(got))
			}
		})
	}
}

// TestAmpersandOrAnd: one firm written both ways in a story is one actor.
func TestAmpersandOrAnd(t *testing.T) {
	got := Extract(paras("Shares in Harrow & Vale fell 3 per cent on Tuesday.", "Harrow and Vale said its sales were lower than forecast."))
	n := 0
	for _, a := range got {
		if a.Name == "Harrow & Vale" || a.Name == "Harrow and Vale" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d actors for Harrow & Vale, want 1; got %s", n, summary(got))
	}
}
