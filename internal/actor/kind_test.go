package actor

import (
	"testing"

	"github.com/storyline/storyline/internal/nlp"
)

// kindCase is one story for the kind rules: what the fake tagger marks,
// the kinds some names must get and names that must not be actors.
type kindCase struct {
	name   string
	paras  []string
	tagged map[string]string
	kinds  map[string]string // actor name -> kind
	absent []string          // names that must be no actor at all
}

// The fixtures are invented: bodies, firms, places and people that do not
// exist, written for these tests.
var kindTests = []kindCase{
	{
		name: "a plural verb after a name opening its clause makes a team",
		paras: []string{
			"Kestrel have yet to reply to the offer.",
			"But Kestrel were beaten at home, and Orrin Tate and Ada Kell are expected to leave.",
		},
		tagged: map[string]string{"Kestrel": "PER", "Orrin Tate": "PER", "Ada Kell": "PER"},
		kinds:  map[string]string{"Kestrel": Org, "Orrin Tate": Person, "Ada Kell": Person},
	},
	{
		name: "a title opening the name of a body or a place",
		paras: []string{
			"The musical opens at the Prince Orrin Theatre in May, and Queen Ada Hospital will treat the cast.",
			"Sir Tomas Reyne will attend.",
		},
		tagged: map[string]string{"Prince Orrin Theatre": "PER", "Queen Ada Hospital": "PER", "Sir Tomas Reyne": "PER"},
		kinds:  map[string]string{"Prince Orrin Theatre": Org, "Queen Ada Hospital": Org, "Tomas Reyne": Person},
	},
	{
		name: "a firm's context outweighs the tagger's person readings",
		paras: []string{
			"British car maker Orrin Tate has cut 300 jobs.",
			"Orrin Tate said demand had fallen, and Orrin Tate will close a plant.",
			"Sales at Orrin Tate fell while Marla Venn, 52, said she was sorry.",
		},
		tagged: map[string]string{"Orrin Tate": "PER", "Marla Venn": "PER"},
		kinds:  map[string]string{"Orrin Tate": Org, "Marla Venn": Person},
	},
	{
		name: "a person named in a list of firms stays a person",
		paras: []string{
			"The board includes Acme Corp, Orrin Tate and Vellum Group.",
			"Orrin Tate said he would stay.",
		},
		tagged: map[string]string{"Acme Corp": "ORG", "Orrin Tate": "PER", "Vellum Group": "ORG"},
		kinds:  map[string]string{"Orrin Tate": Person},
	},
	{
		name: "a name ending in an organisation head noun is no person",
		paras: []string{
			"Inspectors from the Pipeline Executive arrived on Tuesday. The Pipeline Executive's report is due in spring.",
			"The Tarn Valley Office said it had received 40 complaints.",
			"Chief Executive Dana Voss said the firm would cooperate.",
		},
		tagged: map[string]string{"Pipeline Executive": "PER", "Tarn Valley Office": "PER", "Chief Executive Dana Voss": "PER"},
		kinds:  map[string]string{"Pipeline Executive": Org, "Tarn Valley Office": Org, "Dana Voss": Person},
	},
	{
		name: "laws and treaties are neither bodies nor places",
		paras: []string{
			"Ministers will publish the Coastal Access Bill next week.",
			"Campaigners said the Harbour Rights Act had been ignored, and the Act should be enforced.",
			"The Board of Trade met on Monday.",
		},
		tagged: map[string]string{"Coastal Access Bill": "ORG", "Harbour Rights Act": "PER", "Act": "ORG", "Board of Trade": "ORG"},
		kinds:  map[string]string{"Coastal Access Bill": Other, "Harbour Rights Act": Other, "Board of Trade": Org},
		absent: []string{"Act"},
	},
	{
		name: "storms, clubs, railways and streets are no people",
		paras: []string{
			"Storm Wilma brought down trees across the county overnight.",
			"Dunmere Wanderers beat Oxley Harriers 2-1, and Fenlow Rail ran extra trains after the match.",
			"Water rose to the doorsteps of shops in Tanner Row and Pilgrim Bay.",
			"Damon Hill and Ronnie Wood were among the guests.",
		},
		tagged: map[string]string{"Storm Wilma": "PER", "Dunmere Wanderers": "PER", "Oxley Harriers": "PER", "Fenlow Rail": "PER",
			"Tanner Row": "PER", "Pilgrim Bay": "PER", "Damon Hill": "PER", "Ronnie Wood": "PER"},
		kinds: map[string]string{"Storm Wilma": Other, "Dunmere Wanderers": Org, "Oxley Harriers": Org, "Fenlow Rail": Org,
			"Tanner Row": Place, "Pilgrim Bay": Place, "Damon Hill": Person, "Ronnie Wood": Person},
	},
	{
		name: "a basin, a marathon and a biotech firm are no people",
		paras: []string{
			"Driller Pelham Oil found gas in the Corran Basin last month.",
			"The banker will run next year's Dunmere Marathon for charity.",
			"Investors cheered when Orrel Biotech listed on Friday.",
		},
		tagged: map[string]string{"Pelham Oil": "ORG", "Corran Basin": "PER", "Dunmere Marathon": "PER", "Orrel Biotech": "PER"},
		kinds:  map[string]string{"Corran Basin": Place, "Dunmere Marathon": Other, "Orrel Biotech": Org},
	},
	{
		name: "a pronoun or who after a contest or a broadcaster is about someone else",
		paras: []string{
			"His time as coach ended after the 2010 Harbour Cup, when he criticised the referees.",
			"Listeners can hear it first on Lantern Radio, who say the show is their most popular.",
			"The prize went to Mira Solberg, who thanked her family.",
		},
		tagged: map[string]string{"Harbour Cup": "MISC", "Lantern Radio": "ORG", "Mira Solberg": "ORG"},
		kinds:  map[string]string{"Harbour Cup": Other, "Lantern Radio": Org, "Mira Solberg": Person},
	},
	{
		name: "a bare name after the is no person unless it qualifies a noun",
		paras: []string{
			"Tickets for the Lantern Parade sold out in an hour, and the Lantern Parade was moved to Sunday.",
			"Jo Marlow won the election in May. Critics of the Marlow administration said little had changed.",
			"The Mayor of Dunmere, Ivo Brandt, opened the bridge.",
		},
		tagged: map[string]string{"Lantern Parade": "PER", "Jo Marlow": "PER", "Marlow": "PER", "Mayor of Dunmere": "PER", "Ivo Brandt": "PER"},
		kinds:  map[string]string{"Lantern Parade": Other, "Jo Marlow": Person, "Ivo Brandt": Person},
	},
	{
		name: "a name before a place noun is a place",
		paras: []string{
			"Fire crews were called to a warehouse on the Fenwick industrial estate at 3am.",
			"Homes across the Rusholt area lost power.",
			"Lawyers for the Harlow estate said the paintings would be sold.",
		},
		tagged: map[string]string{"Fenwick": "MISC", "Rusholt": "ORG", "Harlow": "ORG"},
		kinds:  map[string]string{"Fenwick": Place, "Rusholt": Place, "Harlow": Org},
	},
	{
		name: "an ordinary word opening its sentences is no actor",
		paras: []string{
			"Mortgage rates fell again this week. Renters, as usual, see no benefit.",
			"Commuters face a fourth week of delays, and many commuters now work from home.",
			"Corvane, the chipmaker, said orders were strong.",
			"Rangers won again. Fans of Rangers sang until midnight.",
		},
		tagged: map[string]string{"Renters": "ORG", "Commuters": "ORG", "Corvane": "ORG", "Rangers": "ORG"},
		kinds:  map[string]string{"Corvane": Org, "Rangers": Org},
		absent: []string{"Renters", "Commuters"},
	},
	{
		name: "one name tagged as two non-person kinds is one actor",
		paras: []string{
			"Shares in Korvell rose after the results.",
			"Analysts said Korvell had cut costs in Asia.",
			"Caspar Lind, the gallery's owner, was away. The gallery was left to his son, Caspar.",
		},
		tagged: map[string]string{"Korvell": "ORG", "Analysts said Korvell": "", "Caspar Lind": "PER", "Caspar": "LOC"},
		kinds:  map[string]string{"Korvell": Org, "Caspar Lind": Person},
	},
	{
		name: "a company's short name is no person, a given name is",
		paras: []string{
			"Brightwater Foods will close two plants. Brightwater said 300 jobs would go.",
			"The Nell Maddox Show returns in June. Nell said the new series was her best.",
			"Ada Kell runs Kell Logistics. Kell said the firm was hiring.",
		},
		tagged: map[string]string{"Brightwater Foods": "ORG", "Brightwater": "PER", "Nell Maddox Show": "ORG", "Nell": "PER", "Ada Kell": "PER", "Kell Logistics": "ORG", "Kell": "PER"},
		kinds:  map[string]string{"Brightwater Foods": Org, "Nell": Person, "Ada Kell": Person, "Kell Logistics": Org},
	},
}

// fakeLexicon stands in for the model's case statistics and given names,
// so that the fixtures do not depend on the trained model.
func fakeLexicon(t *testing.T) {
	stubLexicon(t, nil, setOf(`renters renter rent commuters commuter usual week`), setOf(`Nell Ada Jo Ivo Dana Caspar`))
}

// stubLexicon makes the words of upper names and those of lower ordinary
// words, all others unknown, and given the given names, for the rest of
// the test.
func stubLexicon(t *testing.T, upper, lower, given map[string]bool) {
	oldCasing, oldGiven := wordCasing, givenName
	wordCasing = func(w string) nlp.Casing {
		switch {
		case upper[w]:
			return nlp.CasingUpper
		case lower[w]:
			return nlp.CasingLower
		}
		return nlp.CasingUnknown
	}
	givenName = func(w string) bool { return given[w] }
	t.Cleanup(func() { wordCasing, givenName = oldCasing, oldGiven })
}

func TestKinds(t *testing.T) {
	fakeLexicon(t)
	for _, tt := range kindTests {
		t.Run(tt.name, func(t *testing.T) { checkKindCase(t, tt) })
	}
}

// checkKindCase extracts the actors of a kind case with its fake tagger
// and checks the kinds and the names that must be absent.
func checkKindCase(t *testing.T, tt kindCase) {
	t.Helper()
	tagged := map[string]string{}
	for k, v := range tt.tagged {
		if v != "" {
			tagged[k] = v
		}
	}
	got := ExtractWith(paras(tt.paras...), fakeNER(tagged))
	for name, kind := range tt.kinds {
		var kinds []string
		for _, a := range got {
			if a.Name == name {
				kinds = append(kinds, a.Kind)
			}
		}
		if len(kinds) != 1 || kinds[0] != kind {
			t.Errorf("%q: kinds %v, want just %s; actors %s", name, kinds, kind, summary(got))
		}
	}
	for _, name := range tt.absent {
		if a := find(got, name); a != nil {
			t.Errorf("%q is an actor (%s); want none", name, a.Kind)
		}
	}
}

func TestKindTieWithPerson(t *testing.T) {
	fakeLexicon(t)
	got := ExtractWith(paras(
		"The grave also holds his wife, Ann, and the only child they had, Caspar.",
		"Visitors leave flowers for Caspar every spring.",
	), fakeNER(map[string]string{"Ann": "PER", "Caspar": "PER"}))
	if a := find(got, "Caspar"); a == nil || a.Kind != Person {
		t.Errorf("Caspar is not a person: %s", summary(got))
	}
}

func TestAfterThe(t *testing.T) {
	tests := []struct {
		text string
		s, e int // name tokens
		want bool
	}{
		{"the Pipeline Executive's report", 1, 3, true},
		{"the Lantern Parade was moved", 1, 3, true},
		{"the Lantern Parade", 1, 3, true},
		{"the Marlow administration", 1, 2, false},
		{"the Marlow plan", 1, 2, false},
		{"the Marlow team played", 1, 2, false},
		{"the Bravery played", 1, 2, true},
		{"a Marlow said", 1, 2, true},
		{"won an Oscar for", 2, 3, true},
		{"A Marlow said", 1, 2, false},
		{"his Oscar for", 1, 2, true},
		{"his Marlow team", 1, 2, false},
		{"his Marlow Vane", 1, 3, false},
		{"Marlow said", 0, 1, false},
		{"the Mayor of Dunmere said", 1, 4, false},
	}
	for _, tt := range tests {
		toks := appendTokens(nil, tt.text, nil)
		d := &paraDoc{text: tt.text, toks: toks}
		m := &mention{s: tt.s, e: tt.e}
		for k := tt.s; k < tt.e; k++ {
			m.name = append(m.name, toks[k].text)
		}
		if got := afterThe(d, m); got != tt.want {
			t.Errorf("afterThe(%q, %v) = %v, want %v", tt.text, m.name, got, tt.want)
		}
	}
}

func TestAgentPlural(t *testing.T) {
	fakeLexicon(t)
	st := &story{lower: setOf(`save shop borrow invest`)}
	tests := []struct {
		w    string
		want bool
	}{
		{"savers", true},     // save + rs
		{"shoppers", true},   // shop, doubled p
		{"borrowers", true},  // borrow + ers
		{"investors", true},  // invest + ors
		{"commuters", false}, // known to the lexicon: ordinaryWord's business
		{"sanders", false},   // no ordinary stem in this story
		{"savings", false},   // not an agent noun
		{"ers", false},
	}
	for _, tt := range tests {
		if got := st.agentPlural(tt.w); got != tt.want {
			t.Errorf("agentPlural(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
}

func TestHyphenAdjective(t *testing.T) {
	for w, want := range map[string]bool{"UK-controlled": true, "London-based": true, "al-Akhdar": false, "Bennett-Warner": false, "Carrowby": false, "x-": false} {
		if got := hyphenAdjective(w); got != want {
			t.Errorf("hyphenAdjective(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestHeadBits(t *testing.T) {
	tests := []struct {
		w    string
		want uint8
	}{
		{"Executive", orgHead},
		{"RAIL", orgHead},
		{"Bay", placeHead},
		{"Act", documentHead},
		{"Storm", eventOpener},
		{"airport", orgHead},
		{"Kell", 0},
		{"", 0},
		{"Straße", 0},
	}
	for _, tt := range tests {
		if got := headBits(tt.w); got != tt.want {
			t.Errorf("headBits(%q) = %b, want %b", tt.w, got, tt.want)
		}
	}
}
