package actor

import (
	"slices"
	"testing"
)

func TestOrgCanon(t *testing.T) {
	tests := []struct{ name, want string }{
		{"Conservative Party", "conservative"},
		{"the Conservative party", "conservative"},
		{"Conservatives", "conservative"},
		{"Tories", "conservative"},
		{"Democratic Party", "democrat"},
		{"Democrats", "democrat"},
		{"Republicans", "republican"},
		{"GOP", "republican"},
		{"Labour Party", "labour"},
		{"Socialists", "socialist"},
		{"Liberal Democrats", "liberal democrat"},
		{"Labour", ""},
		{"Times", ""},
		{"Rangers", ""},
		{"Party", ""},
		{"Business", ""},
	}
	for _, tt := range tests {
		if got := orgCanon(tt.name); got != tt.want {
			t.Errorf("orgCanon(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestSameOrg(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"lib dems", "liberal democrats", true},
		{"liberal democrats", "lib dems", true},
		{"man utd", "manchester united", true},
		{"conservatives", "tories", true},
		{"democratic party", "democrats", true},
		{"labour", "labour party", true},
		{"bbc news", "bbc newcastle", false},
		{"british airways", "british airports", false},
		{"lib dems", "liberal democrats party", false},
		{"manchester city", "manchester united", false},
		{"ab cd", "abc cde", false}, // too short to be clipped
		{"south africa", "south african", false},
		{"north korea", "north koreans", false},
	}
	for _, tt := range tests {
		if got := sameOrg(tt.a, tt.b); got != tt.want {
			t.Errorf("sameOrg(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestOpensOrgName(t *testing.T) {
	tests := []struct {
		w, long string
		want    bool
	}{
		{"bluewake", "bluewake ferries", true},
		{"halvard", "halvard chemicals plc", true},
		{"newcastle", "newcastle united", true},
		{"nintendo", "nintendo ds", false},
		{"treasury", "treasury select committee", false},
		{"bluewake", "bluewakes ferries", false},
		{"bluewake", "bluewake", false},
	}
	for _, tt := range tests {
		if got := opensOrgName(tt.w, tt.long); got != tt.want {
			t.Errorf("opensOrgName(%q, %q) = %v, want %v", tt.w, tt.long, got, tt.want)
		}
	}
}

// TestOrgVariantsInStory checks that one body named several ways in a
// story is one actor, and that what only looks alike stays apart.
func TestOrgVariantsInStory(t *testing.T) {
	tests := []struct {
		name    string
		paras   []string
		tagged  map[string]string
		actor   string   // the merged actor
		aliases []string // its other names
		apart   []string // names that stay actors of their own
	}{
		{
			name:    "clipped party name",
			paras:   []string{"The Liberal Democrats set out their plans.", "The Lib Dems said taxes would rise."},
			tagged:  map[string]string{"Liberal Democrats": "ORG", "Lib Dems": "ORG"},
			actor:   "Liberal Democrats",
			aliases: []string{"Lib Dems"},
		},
		{
			name:    "clipped form read as a place",
			paras:   []string{"The Liberal Democrats set out their plans.", "The Lib Dems said taxes would rise."},
			tagged:  map[string]string{"Liberal Democrats": "ORG", "Lib Dems": "LOC"},
			actor:   "Liberal Democrats",
			aliases: []string{"Lib Dems"},
		},
		{
			name:    "clipped form read as a place",
			paras:   []string{"Kelbrook United won again.", "Kelbrook Utd fans cheered."},
			tagged:  map[string]string{"Kelbrook United": "ORG", "Kelbrook Utd": "LOC"},
			actor:   "Kelbrook United",
			aliases: []string{"Kelbrook Utd"},
		},
		{
			name:    "party, members and nickname",
			paras:   []string{"The Conservative Party met in Harlow.", "The Conservatives said the Tories would win.", "Tories cheered."},
			tagged:  map[string]string{"Conservative Party": "ORG", "Conservatives": "ORG", "Tories": "ORG", "Harlow": "LOC"},
			actor:   "Tories",
			aliases: []string{"Conservative Party", "Conservatives"},
			apart:   []string{"Harlow"},
		},
		{
			name:    "party and its bare name",
			paras:   []string{"The Labour Party met in Harlow.", "Labour said taxes would not rise.", "Labour won."},
			tagged:  map[string]string{"Labour Party": "ORG", "Labour": "ORG", "Harlow": "LOC"},
			actor:   "Labour",
			aliases: []string{"Labour Party"},
		},
		{
			name:    "an adjective names no party",
			paras:   []string{"The Tory candidate and the Tory agent left.", "The Tory said the Conservatives would win."},
			tagged:  map[string]string{"Tory": "ORG", "Conservatives": "ORG"},
			actor:   "Conservatives",
			aliases: []string{"Tory"},
		},
		{
			name:    "firm and its short name",
			paras:   []string{"Kestrel Ferries will raise fares.", "Kestrel chief executive Ola Brandt said fuel cost more."},
			tagged:  map[string]string{"Kestrel Ferries": "ORG", "Kestrel": "ORG", "Ola Brandt": "PER"},
			actor:   "Kestrel Ferries",
			aliases: []string{"Kestrel"},
			apart:   []string{"Ola Brandt"},
		},
		{
			name:   "a paper's own title is no short form",
			paras:  []string{"The Marsh Financial Times said it would cut jobs.", "Both The Courier and The Times gained readers."},
			tagged: map[string]string{"Marsh Financial Times": "ORG", "Times": "ORG", "Courier": "ORG"},
			actor:  "Marsh Financial Times",
			apart:  []string{"Times"},
		},
		{
			name:    "firm's short name read as a place",
			paras:   []string{"Quarrendon Partners made an offer.", "Quarrendon said it would wait."},
			tagged:  map[string]string{"Quarrendon Partners": "ORG", "Quarrendon": "LOC"},
			actor:   "Quarrendon Partners",
			aliases: []string{"Quarrendon"},
		},
		{
			name:    "initials with a legal form",
			paras:   []string{"The SSQ Group board met.", "SSQ shares fell."},
			tagged:  map[string]string{"SSQ Group": "ORG", "SSQ": "ORG"},
			actor:   "SSQ Group",
			aliases: []string{"SSQ"},
		},
		{
			name:   "a head noun is no firm's short name",
			paras:  []string{"United Breweries said sales rose.", "United won 2-0 at home."},
			tagged: map[string]string{"United Breweries": "ORG", "United": "ORG"},
			actor:  "United Breweries",
			apart:  []string{"United"},
		},
		{
			name:   "a place is not short for its club",
			paras:  []string{"Kelbrook United won in Kelbrook.", "Fans in Kelbrook cheered."},
			tagged: map[string]string{"Kelbrook United": "ORG", "Kelbrook": "LOC"},
			actor:  "Kelbrook United",
			apart:  []string{"Kelbrook"},
		},
		{
			name:   "initials keep a part apart",
			paras:  []string{"The BBQ said BBQ Sport would show the match.", "BBQ Sport has the rights."},
			tagged: map[string]string{"BBQ": "ORG", "BBQ Sport": "ORG"},
			actor:  "BBQ Sport",
			apart:  []string{"BBQ"},
		},
		{
			name:   "a product keeps its maker apart",
			paras:  []string{"Quillon said the Quillon Slate would sell well.", "Quillon shares rose."},
			tagged: map[string]string{"Quillon": "ORG", "Quillon Slate": "ORG"},
			actor:  "Quillon",
			apart:  []string{"Quillon Slate"},
		},
		{
			name:   "a person's name is no short name",
			paras:  []string{"Ada Kell runs Kell Logistics.", "Kell said the firm was hiring."},
			tagged: map[string]string{"Ada Kell": "PER", "Kell Logistics": "ORG", "Kell": "ORG"},
			actor:  "Kell Logistics",
			apart:  []string{"Ada Kell"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ExtractWith(paras(tt.paras...), fakeNER(tt.tagged))
			names := map[string]Actor{}
			for _, a := range got {
				names[a.Name] = a
			}
			a, ok := names[tt.actor]
			if !ok {
				t.Fatalf("no actor %q; actors %s", tt.actor, summary(got))
			}
			for _, al := range tt.aliases {
				if !slices.Contains(a.Aliases, al) {
					t.Errorf("%q lacks alias %q; actors %s", tt.actor, al, summary(got))
				}
				if _, ok := names[al]; ok {
					t.Errorf("%q is still an actor of its own; actors %s", al, summary(got))
				}
			}
			for _, n := range tt.apart {
				if _, ok := names[n]; !ok {
					t.Errorf("%q is no actor of its own; actors %s", n, summary(got))
				}
			}
		})
	}
}

// TestRegistryOrgVariants checks that stories naming one body in
// different ways make one archive actor, whatever order they come in.
func TestRegistryOrgVariants(t *testing.T) {
	groups := [][]string{
		{"Liberal Democrats", "Lib Dems"},
		{"Labour Party", "Labour"},
		{"Conservatives", "Tories", "Conservative Party"},
		{"Democratic Party", "Democrats"},
		{"Lenovo Group", "Lenovo"},
	}
	for _, g := range groups {
		for _, order := range [][]string{g, reversed(g)} {
			r := NewRegistry()
			for i, n := range order {
				r.Add("s"+n+string(rune('0'+i)), []Actor{{Name: n, Kind: Org, Mentions: 1}})
			}
			if got := r.Ranked(10); len(got) != 1 || got[0].Stories != len(g) {
				t.Errorf("%v: entries %+v, want one of %d stories", order, got, len(g))
			}
		}
	}
	// A clipped form read as a place joins the organisation.
	clipped := []Actor{{Name: "Kelbrook United", Kind: Org, Mentions: 2}, {Name: "Kelbrook Utd", Kind: Place, Mentions: 1}}
	for _, order := range [][]Actor{clipped, reversed(clipped)} {
		r := NewRegistry()
		for i, a := range order {
			r.Add(a.Name+string(rune('0'+i)), []Actor{a})
		}
		if got := r.Ranked(10); len(got) != 1 {
			t.Errorf("clipped place: entries %+v, want one", got)
		}
	}
	// Alike but different bodies stay apart.
	r := NewRegistry()
	r.Add("a", []Actor{{Name: "BBC News", Kind: Org, Mentions: 1}})
	r.Add("b", []Actor{{Name: "BBC Newcastle", Kind: Org, Mentions: 1}})
	r.Add("c", []Actor{{Name: "British Airways", Kind: Org, Mentions: 1}})
	r.Add("d", []Actor{{Name: "British Airports", Kind: Org, Mentions: 1}})
	if n := len(r.Ranked(10)); n != 4 {
		t.Errorf("alike bodies: %d entries, want 4: %+v", n, r.Ranked(10))
	}
}

// TestRegistryOrgVariantsJSON checks that a registry read back from JSON
// still joins a clipped form to its long name.
func TestRegistryOrgVariantsJSON(t *testing.T) {
	r := NewRegistry()
	r.Add("a", []Actor{{Name: "Liberal Democrats", Kind: Org, Mentions: 1}})
	b, err := r.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	back := NewRegistry()
	if err := back.UnmarshalJSON(b); err != nil {
		t.Fatal(err)
	}
	back.Add("b", []Actor{{Name: "Lib Dems", Kind: Org, Mentions: 1}})
	back.Add("c", []Actor{{Name: "Liberal Democrat Party", Kind: Org, Mentions: 1}})
	if got := back.Ranked(10); len(got) != 1 || got[0].Stories != 3 {
		t.Errorf("entries %+v, want one of 3 stories", got)
	}
}

func reversed[T any](s []T) []T {
	out := slices.Clone(s)
	slices.Reverse(out)
	return out
}

// TestTradePluralIsNoPerson checks that a name ending in the plural noun
// of a trade names a firm even when the tagger read it as a person's.
func TestTradePluralIsNoPerson(t *testing.T) {
	for _, name := range []string{"Corrin Ferries", "Halloway Instruments", "Denbury Publishers", "Tamsin Properties"} {
		got := ExtractWith(paras(name+" will raise prices, it said on Monday."), fakeNER(map[string]string{name: "PER"}))
		if len(got) != 1 || got[0].Name != name || got[0].Kind != Org {
			t.Errorf("%s: actors %s, want just the organisation", name, summary(got))
		}
	}
}

// TestCoordinatedAdjective checks that a name qualifying a plural noun
// together with another name ("Tory and Labour governments") is an
// adjective, while a name before "and" and a person is not.
// It reads the model's lexicon, which knows "Tories" as a name.
func TestCoordinatedAdjective(t *testing.T) {
	tests := []struct {
		para, name string
		tagged     map[string]string
		want       bool // an actor named name
	}{
		{"It happened under both Tory and Labour governments, he said.", "Tory", map[string]string{"Tory": "LOC", "Labour": "ORG"}, false},
		{"Both Tory and Lib Dem leaders spoke.", "Tory", map[string]string{"Tory": "ORG", "Lib Dem": "ORG"}, false},
		{"Tory and Labour said no.", "Tory", map[string]string{"Tory": "ORG", "Labour": "ORG"}, true},
		{"Brazilian Ronaldo and England captain David Beckham had to wait.", "Ronaldo", map[string]string{"Ronaldo": "PER", "England": "LOC", "David Beckham": "PER"}, true},
	}
	for _, tt := range tests {
		got := ExtractWith(paras(tt.para), fakeNER(tt.tagged))
		found := false
		for _, a := range got {
			found = found || a.Name == tt.name
		}
		if found != tt.want {
			t.Errorf("%q: actor %q %v, want %v; actors %s", tt.para, tt.name, found, tt.want, summary(got))
		}
	}
}

func TestFirmStem(t *testing.T) {
	tests := []struct{ fold, want string }{
		{"lenovo group", "lenovo"},
		{"bluewake ferries plc", "bluewake"},
		{"marks and spencer group", "marks and spencer"},
		{"british airways", ""},
		{"general motors", ""},
		{"united breweries", ""},
		{"japan airlines", ""},
		{"manchester united", ""},
		{"lenovo", ""},
		{"group", ""},
	}
	for _, tt := range tests {
		if got := firmStem(tt.fold); got != tt.want {
			t.Errorf("firmStem(%q) = %q, want %q", tt.fold, got, tt.want)
		}
	}
}

// TestMatchOpponent checks that the opponent after a match result is a
// team, while a country's side, a ground and a player stay as they are.
func TestMatchOpponent(t *testing.T) {
	tests := []struct {
		para, name, kind string
		tagged           map[string]string
	}{
		{"Ferguson was unhappy after the 3-0 win against Kelbrook Town on Sunday.", "Kelbrook Town", Org, map[string]string{"Kelbrook Town": "LOC", "Ferguson": "PER"}},
		{"He was hurt in the 1-0 loss to Kelbrook Vale.", "Kelbrook Vale", Org, map[string]string{"Kelbrook Vale": "LOC"}},
		{"She blamed her defeat by Ana Kelbrook on blisters.", "Ana Kelbrook", Person, map[string]string{"Ana Kelbrook": "LOC"}},
		{"He refereed Tarrow Rovers against Kelbrook Heath in the Cup.", "Kelbrook Heath", Org, map[string]string{"Tarrow Rovers": "ORG", "Kelbrook Heath": "LOC"}},
		{"Marchers protested against Kelbrook Heath plans.", "Kelbrook Heath", Place, map[string]string{"Kelbrook Heath": "LOC"}},
		{"The visitors held on for a draw at Kelbrook Park.", "Kelbrook Park", Place, map[string]string{"Kelbrook Park": "LOC"}},
	}
	for _, tt := range tests {
		got := ExtractWith(paras(tt.para), fakeNER(tt.tagged))
		kind := kindOf(got, tt.name)
		if tt.kind == Person && kind == Org || tt.kind != Person && kind != tt.kind {
			t.Errorf("%q: %q is %q, want %s; actors %s", tt.para, tt.name, kind, tt.kind, summary(got))
		}
	}
}

// kindOf returns the kind of the actor named name, or "" for none.
func kindOf(actors []Actor, name string) string {
	for _, a := range actors {
		if a.Name == name {
			return a.Kind
		}
	}
	return ""
}

func TestPartyWordsOnly(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"Lib Dem", true},
		{"Liberal Democrat", true},
		{"Green Reform", true},
		{"Lib", false},
		{"Green Smith", false},
		{"Ivo Labour", false},
		{"Lib Dem Ivo Marsh", false},
	}
	got := ExtractWith(paras("Mr Marsh is speeding up Lib Dem election plans."), fakeNER(map[string]string{"Marsh": "PER", "Lib Dem": "PER"}))
	if k := kindOf(got, "Lib Dem"); k == Person {
		t.Errorf("'Lib Dem' is a person; actors %s", summary(got))
	}
	for _, tt := range tests {
		if got := partyWordsOnly(tt.name); got != tt.want {
			t.Errorf("partyWordsOnly(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestClippedPartyRoleRef checks that "the Lib Dem leader" refers to the
// story's Liberal Democrat leader.
func TestClippedPartyRoleRef(t *testing.T) {
	got := ExtractWith(paras("Liberal Democrat leader Ivo Marsh said the plan was unfair.", "Aides said the Lib Dem leader would vote against it."),
		fakeNER(map[string]string{"Ivo Marsh": "PER"}))
	for _, a := range got {
		if a.Name == "Ivo Marsh" {
			if !slices.Contains(a.Aliases, "the Lib Dem leader") {
				t.Errorf("Ivo Marsh lacks alias 'the Lib Dem leader': %+v", a)
			}
			return
		}
	}
	t.Errorf("no Ivo Marsh; actors %s", summary(got))
}

func TestPartyUnclipped(t *testing.T) {
	for w, want := range map[string]string{"lib": "liberal", "dem": "democrat", "lab": "labour", "con": "conservative", "tory": "", "ab": "", "xyz": ""} {
		if got := partyUnclipped(w); got != want {
			t.Errorf("partyUnclipped(%q) = %q, want %q", w, got, want)
		}
	}
}
