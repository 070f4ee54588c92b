package actor

import (
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/nlp"
)

// want describes one expected actor.
type want struct {
	name    string
	kind    string
	roles   []string // each must be among the actor's roles
	aliases []string // each must be among the actor's aliases
	affil   string   // when set, the affiliation
	min     int      // at least this many mentions
	max     int      // when set, at most this many mentions
	paras   []int    // each must be among the actor's paragraphs
}

// The fixtures are invented: people, parties and places that do not exist.
var extractTests = []struct {
	name   string
	paras  []string
	tagged map[string]string // what the fake tagger marks
	want   []want
	absent []string // names that must not be a person
	count  map[string]int
}{
	{
		name: "politics round-up",
		paras: []string{
			"Chancellor Priya Marsh will set out her budget on Wednesday, Downing Street said.",
			"Ms Marsh told MPs that the Chancellor's plan would protect pensions.",
			"Sir Tomas Reyne, the Liberal leader, attacked the plan. Sir Tomas said Marsh's numbers did not add up.",
			"Reyne later met Dame Ada Kell, the Health Secretary, and Baroness Harlow.",
			"#View gallery",
			"Pictured: Dame Ada Kell arriving at the Treasury on Monday",
			"German Chancellor Friedrich Merz called Ms Marsh on Thursday.",
			"Labour MP Jo Bloggs said the Tory leader had lost his way. Meanwhile British voters were unimpressed.",
			"Speaking on Friday, the Chancellor said: 'We will not borrow more.'",
		},
		tagged: map[string]string{
			"Chancellor Priya Marsh":           "PER",
			"Wednesday":                        "PER",
			"Downing Street":                   "LOC",
			"Marsh":                            "ORG",
			"Tomas Reyne":                      "PER",
			"Liberal":                          "MISC",
			"Ada Kell":                         "PER",
			"Harlow":                           "LOC",
			"Pictured":                         "PER",
			"Treasury":                         "ORG",
			"German Chancellor Friedrich Merz": "MISC",
			"Labour":                           "ORG",
			"Jo Bloggs":                        "PER",
			"Tory":                             "MISC",
			"Meanwhile":                        "PER",
			"British":                          "MISC",
			"View":                             "PER",
			"He":                               "PER",
		},
		want: []want{
			{name: "Priya Marsh", kind: Person, roles: []string{"Chancellor"}, aliases: []string{"Ms Marsh", "Marsh", "the Chancellor"}, min: 6, paras: []int{0, 1, 2, 6, 8}},
			{name: "Tomas Reyne", kind: Person, roles: []string{"Liberal leader"}, aliases: []string{"Sir Tomas Reyne", "Sir Tomas", "Reyne"}, affil: "Liberal", min: 3, paras: []int{2, 3}},
			{name: "Ada Kell", kind: Person, roles: []string{"Health Secretary"}, aliases: []string{"Dame Ada Kell"}, min: 2, paras: []int{3, 5}},
			{name: "Baroness Harlow", kind: Person, min: 1},
			{name: "Friedrich Merz", kind: Person, roles: []string{"German Chancellor"}},
			{name: "Jo Bloggs", kind: Person, roles: []string{"Labour MP"}, affil: "Labour"},
			{name: "Downing Street", kind: Place},
		},
		absent: []string{"Wednesday", "Thursday", "Pictured", "View", "Meanwhile", "British", "German", "Marsh", "Reyne", "Sir Tomas", "Harlow", "Tory", "the Chancellor"},
	},
	{
		name: "surname first in a name line",
		paras: []string{
			"Kell, Ada",
			"The novelist Ada Kell has finished her third book.",
		},
		tagged: map[string]string{"Kell": "PER", "Ada": "PER", "Ada Kell": "PER"},
		want:   []want{{name: "Ada Kell", kind: Person, aliases: []string{"Kell, Ada"}, min: 2}},
		absent: []string{"Kell", "Ada"},
	},
	{
		name: "possessives and stray surnames",
		paras: []string{
			"Gregor Vance's team won again on Saturday.",
			"Afterwards Vance praised the fans. Vance’s assistant agreed.",
		},
		tagged: map[string]string{"Gregor Vance": "PER"},
		want:   []want{{name: "Gregor Vance", kind: Person, aliases: []string{"Vance"}, min: 3}},
		absent: []string{"Vance", "Saturday", "Afterwards"},
	},
	{
		name: "royals and peers known by title",
		paras: []string{
			"Prince Edmund opened the new wing, watched by the Queen.",
			"Edmund later thanked Lord Fenwick for the gift.",
			"The Duke of Wexham was not there.",
		},
		tagged: map[string]string{"Edmund": "PER", "Fenwick": "PER", "Wexham": "LOC", "Queen": "PER"},
		want: []want{
			{name: "Prince Edmund", kind: Person, aliases: []string{"Edmund"}, min: 2},
			{name: "the Queen", kind: Person},
			{name: "Lord Fenwick", kind: Person},
			{name: "Duke of Wexham", kind: Person},
		},
		absent: []string{"Edmund", "Fenwick", "Queen", "Wexham"},
	},
	{
		name: "apposition and particles",
		paras: []string{
			"Marta van der Hoek, the European Commission president, said talks would resume.",
			"Ms van der Hoek added that she was hopeful.",
		},
		tagged: map[string]string{"Marta van der Hoek": "PER", "European Commission": "ORG", "van der Hoek": "PER"},
		want: []want{
			{name: "Marta van der Hoek", kind: Person, roles: []string{"European Commission president"}, aliases: []string{"Ms van der Hoek"}, min: 2},
			{name: "European Commission", kind: Org},
		},
		absent: []string{"van der Hoek", "Hoek"},
	},
	{
		name: "same surname goes to the person named last",
		paras: []string{
			"Tom Fenwick, 71, and his daughter Alice Fenwick opened the shop.",
			"Alice Fenwick runs the tills.",
			"Ms Fenwick said the queue was long.",
			"Tom Fenwick was on holiday.",
			"Mr Fenwick returns next week.",
		},
		tagged: map[string]string{"Tom Fenwick": "PER", "Alice Fenwick": "PER"},
		want: []want{
			{name: "Alice Fenwick", kind: Person, aliases: []string{"Ms Fenwick"}, paras: []int{0, 1, 2}},
			{name: "Tom Fenwick", kind: Person, aliases: []string{"Mr Fenwick"}, paras: []int{0, 3, 4}},
		},
		absent: []string{"Fenwick"},
	},
	{
		name: "tagger slips fixed by context",
		paras: []string{
			"Pell Brothers (up 4 per cent) led the market while Orrin Tate, 44, sold his stake.",
			"Pell Brothers shares later fell 2 per cent.",
		},
		tagged: map[string]string{"Pell Brothers": "PER", "Orrin Tate": "ORG"},
		want: []want{
			{name: "Orrin Tate", kind: Person},
			{name: "Pell Brothers", kind: Org, min: 2},
		},
		absent: []string{"Pell Brothers"},
	},
	{
		name: "context decides between person and organisation",
		paras: []string{
			"Shares in BrightWorks fell 4 per cent after VoltMax said its profits would slip.",
			"A young fan named Pip, who travels to every game, met the team.",
			"Investors from Lisbon, who hold a stake, were unhappy.",
		},
		tagged: map[string]string{"BrightWorks": "PER", "VoltMax": "PER", "Pip": "LOC", "Lisbon": "LOC"},
		want: []want{
			{name: "BrightWorks", kind: Org},
			{name: "VoltMax", kind: Org},
			{name: "Pip", kind: Person},
			{name: "Lisbon", kind: Place},
		},
	},
	{
		name: "a month that is a surname",
		paras: []string{
			"Tessa May will step down in May, Downing Street confirmed.",
			"Mrs May said she was proud. May added that her successor would be chosen by June 5.",
		},
		tagged: map[string]string{"Tessa May": "PER", "Downing Street": "LOC"},
		want:   []want{{name: "Tessa May", kind: Person, aliases: []string{"Mrs May", "May"}, min: 3, max: 3, paras: []int{0, 1}}},
		absent: []string{"June"},
	},
	{
		name: "role words and pronouns are not people",
		paras: []string{
			"He said the retired Tory MEP would speak. She disagreed.",
			"January was cold. Yesterday the Prime Minister spoke.",
		},
		tagged: map[string]string{"He": "PER", "Tory MEP": "PER", "She": "PER", "January": "PER", "Yesterday": "PER", "Prime Minister": "PER"},
		absent: []string{"He", "She", "Tory MEP", "January", "Yesterday", "Prime Minister", "the Prime Minister"},
	},
}

func TestExtract(t *testing.T) {
	for _, tc := range extractTests {
		t.Run(tc.name, func(t *testing.T) {
			got := ExtractWith(paras(tc.paras...), fakeNER(tc.tagged))
			for _, w := range tc.want {
				a := find(got, w.name)
				if a == nil {
					t.Errorf("no actor %q; got %s", w.name, summary(got))
					continue
				}
				if a.Kind != w.kind {
					t.Errorf("%s: kind %q, want %q", w.name, a.Kind, w.kind)
				}
				for _, r := range w.roles {
					if !has(a.Roles, r) {
						t.Errorf("%s: roles %q lack %q", w.name, a.Roles, r)
					}
				}
				for _, al := range w.aliases {
					if !has(a.Aliases, al) {
						t.Errorf("%s: aliases %q lack %q", w.name, a.Aliases, al)
					}
				}
				if w.affil != "" && a.Affiliation != w.affil {
					t.Errorf("%s: affiliation %q, want %q", w.name, a.Affiliation, w.affil)
				}
				if a.Mentions < w.min {
					t.Errorf("%s: %d mentions, want at least %d", w.name, a.Mentions, w.min)
				}
				if w.max > 0 && a.Mentions > w.max {
					t.Errorf("%s: %d mentions, want at most %d", w.name, a.Mentions, w.max)
				}
				for _, p := range w.paras {
					found := false
					for _, q := range a.Paragraphs {
						found = found || p == q
					}
					if !found {
						t.Errorf("%s: paragraphs %v lack %d", w.name, a.Paragraphs, p)
					}
				}
			}
			for _, n := range tc.absent {
				if a := find(got, n); a != nil && a.Kind == Person {
					t.Errorf("%q should not be a person; got %s", n, summary(got))
				}
			}
		})
	}
}

func summary(actors []Actor) string {
	var b strings.Builder
	for _, a := range actors {
		b.WriteString(a.Name + "(" + a.Kind + ") ")
	}
	return b.String()
}

var roleTests = []struct {
	text   string
	tagged map[string]string
	name   string
	role   string // "" means no role
	affil  string
}{
	{"Harvest Foods boss Lena Ortiz said sales were up.", map[string]string{"Harvest Foods": "ORG", "Lena Ortiz": "PER"}, "Lena Ortiz", "Harvest Foods boss", "Harvest Foods"},
	{"Lena Ortiz, 54, chief executive of Harvest Foods, said sales were up.", map[string]string{"Harvest Foods": "ORG", "Lena Ortiz": "PER"}, "Lena Ortiz", "chief executive of Harvest Foods", "Harvest Foods"},
	{"Lena Ortiz, who runs a bakery, said sales were up.", map[string]string{"Lena Ortiz": "PER"}, "Lena Ortiz", "", ""},
	{"Asked about it, the Foreign Secretary, Omar Lind, said nothing.", map[string]string{"Omar Lind": "PER"}, "Omar Lind", "Foreign Secretary", ""},
	{"Radio 9 host Bea Crane is paid more than most.", map[string]string{"Radio 9": "ORG", "Bea Crane": "PER"}, "Bea Crane", "Radio 9 host", "Radio 9"},
	{"The vote was called by former Green leader Hal Norris yesterday.", map[string]string{"Green": "ORG", "Hal Norris": "PER"}, "Hal Norris", "former Green leader", "Green"},
	// A body's noun opening the sentence stays with the role noun after it.
	{"Council leader Maria Okoye said the budget would pass.", map[string]string{"Maria Okoye": "PER"}, "Maria Okoye", "Council leader", ""},
	{"Recalling the vote, Council leader Maria Okoye smiled.", map[string]string{"Maria Okoye": "PER"}, "Maria Okoye", "Council leader", ""},
	{"Health Secretary Ivo Brandt visited Leeds.", map[string]string{"Health Secretary Ivo Brandt": "PER", "Leeds": "LOC"}, "Ivo Brandt", "Health Secretary", ""},
	{"Talks with Freedonian President Ana Solis ended.", map[string]string{"Freedonian President Ana Solis": "ORG"}, "Ana Solis", "Freedonian President", ""},
	{"Ana Solis and Ivo Brandt met.", map[string]string{"Ana Solis": "PER", "Ivo Brandt": "PER"}, "Ivo Brandt", "", ""},
	{"Channel 9 will host Bea Crane tonight.", map[string]string{"Channel 9": "ORG", "Bea Crane": "PER"}, "Bea Crane", "", ""},
	{"The film stars Bea Crane as a spy.", map[string]string{"Bea Crane": "PER"}, "Bea Crane", "", ""},
	{"Dame Harriet Vale, the Home Affairs committee chairman, spoke.", map[string]string{"Harriet Vale": "PER", "Home Affairs": "ORG"}, "Harriet Vale", "Home Affairs committee chairman", "Home Affairs"},
	{"BBC director-general Tim Dale defended the pay rise.", map[string]string{"BBC": "ORG", "Tim Dale": "PER"}, "Tim Dale", "BBC director-general", "BBC"},
}

func TestRoles(t *testing.T) {
	for _, tc := range roleTests {
		t.Run(tc.text, func(t *testing.T) {
			got := ExtractWith(paras(tc.text), fakeNER(tc.tagged))
			a := mustPerson(t, got, tc.name)
			switch {
			case tc.role == "" && len(a.Roles) > 0:
				t.Errorf("roles %q, want none", a.Roles)
			case tc.role != "" && !has(a.Roles, tc.role):
				t.Errorf("roles %q lack %q", a.Roles, tc.role)
			}
			if a.Affiliation != tc.affil {
				t.Errorf("affiliation %q, want %q", a.Affiliation, tc.affil)
			}
		})
	}
}

func TestExtractSkipsBoilerplate(t *testing.T) {
	got := ExtractWith(paras("#Pictured: Nell Avery at home", "The weather was fine."), fakeNER(map[string]string{"Nell Avery": "PER"}))
	if len(got) != 0 {
		t.Errorf("got %s from boilerplate only", summary(got))
	}
}

func TestExtractStub(t *testing.T) {
	// A source that finds nothing still finds people behind titles.
	got := ExtractWith(paras("Mrs Ines Calloway thanked Dr Obi for his help.", "Health Secretary Wes Tarrant and Rovers manager Jo Mora agreed."), func(string) []nlp.Entity { return nil })
	for _, n := range []string{"Ines Calloway", "Obi", "Wes Tarrant", "Jo Mora"} {
		if a := find(got, n); a == nil || a.Kind != Person {
			t.Errorf("no person %q; got %s", n, summary(got))
		}
	}
}

func TestTitleGenderSeparatesNamesakes(t *testing.T) {
	ps := paras(
		"Mr Fenwick and his wife arrived together.",
		"Tom Fenwick and Alice Fenwick run the shop.",
		"Later Mrs Fenwick said the queue was long, and Mr Fenwick agreed.",
	)
	got := ExtractWith(ps, fakeNER(map[string]string{"Tom Fenwick": "PER", "Alice Fenwick": "PER"}))
	// Both singles in paragraph 2 would go to the most recent Fenwick;
	// the titles keep them apart once one of them has a gendered title.
	a, b := find(got, "Alice Fenwick"), find(got, "Tom Fenwick")
	if a == nil || b == nil {
		t.Fatalf("got %s", summary(got))
	}
	if has(a.Aliases, "Mr Fenwick") || has(b.Aliases, "Mrs Fenwick") {
		t.Errorf("aliases crossed: %q / %q", a.Aliases, b.Aliases)
	}
}

func TestShoutedNames(t *testing.T) {
	got := ExtractWith(paras("By NELL O'RIORDAN-AVERY for the Gazette"), fakeNER(map[string]string{"NELL O'RIORDAN-AVERY": "PER", "Gazette": "ORG"}))
	if a := find(got, "Nell O'Riordan-Avery"); a == nil || a.Kind != Person {
		t.Errorf("got %s", summary(got))
	}
}
