package actor

import (
	"slices"
	"strings"
	"testing"
)

// officeLexicon stands in for the model's case statistics and given
// names, so that the office fixtures do not depend on the trained model:
// the firms are names, the field nouns ordinary words.
func officeLexicon(t *testing.T) {
	stubLexicon(t, setOf(`corvane numark`),
		setOf(`research communications staff energy manager canny chief executive labs distribution union`),
		setOf(`Mara Tobin Dorian Edwin Ilse Orla Ken Jana Ravi Ed Rob Alma Pia Tom Anna Helen
Walt Lena Anne Nora Lucia Bill Ada Ivo`))
}

// TestOfficeRoles: offices after a country's initials, offices named
// after what they are held in, possessive and "who is" forms are roles of
// the person they describe, and of no one else.
func TestOfficeRoles(t *testing.T) {
	officeLexicon(t)
	tests := []struct {
		name   string
		text   string
		tagged map[string]string
		person string
		role   string   // the person's one role ("" none)
		not    []string // never among the person's roles
	}{
		{"country initials in apposition", "Mara Quill, the US Secretary of State, accused Veltria of lying.",
			map[string]string{"Mara Quill": "PER", "US": "MISC", "Veltria": "LOC"}, "Mara Quill", "US Secretary of State", nil},
		{"country initials before the name", "US Secretary of State Tobin Vask spoke to reporters on Monday.",
			map[string]string{"US": "LOC", "Tobin Vask": "PER"}, "Tobin Vask", "US Secretary of State", nil},
		{"country initials and a lower-case office", "Dorian Hale, the US defence secretary, said the troops would stay.",
			map[string]string{"Dorian Hale": "PER", "US": "LOC"}, "Dorian Hale", "US defence secretary", nil},
		{"initials mid-sentence", "The talks were hosted by UK Prime Minister Alma Reyes in Lindale.",
			map[string]string{"UK": "LOC", "Alma Reyes": "PER", "Lindale": "LOC"}, "Alma Reyes", "UK Prime Minister", nil},
		{"governor of the bank", "Edwin Farrow, Governor of the Bank of Tarnland, warned about inflation.",
			map[string]string{"Edwin Farrow": "PER", "Bank of Tarnland": "ORG"}, "Edwin Farrow", "Governor of the Bank of Tarnland", nil},
		{"secretary-general of the body", "Ilse Brandt, the Secretary-General of the United Federation, called for calm.",
			map[string]string{"Ilse Brandt": "PER", "United Federation": "ORG"}, "Ilse Brandt", "Secretary-General of the United Federation", nil},
		{"mayor of a town", "Orla Penn, Mayor of Lindale, announced new rules.",
			map[string]string{"Orla Penn": "PER", "Lindale": "LOC"}, "Orla Penn", "Mayor of Lindale", nil},
		{"office of before the name", "Chancellor of the Exchequer Ravi Shenoy spoke in the Commons.",
			map[string]string{"Ravi Shenoy": "PER", "Exchequer": "ORG", "Commons": "ORG"}, "Ravi Shenoy", "Chancellor of the Exchequer", nil},
		{"ambassador to a country, before a comma", "The UK's ambassador to Veltria, Ed Lorne, was recalled.",
			map[string]string{"UK": "LOC", "Veltria": "LOC", "Ed Lorne": "PER"}, "Ed Lorne", "UK's ambassador to Veltria", nil},
		{"field after the office", "Rob Pell, head of research at Numark, said shares were cheap.",
			map[string]string{"Rob Pell": "PER", "Numark": "ORG"}, "Rob Pell", "head of research at Numark", nil},
		{"possessive before a comma", "Corvane's chief executive, Ken Alder, said sales were up.",
			map[string]string{"Corvane": "ORG", "Ken Alder": "PER"}, "Ken Alder", "Corvane's chief executive", nil},
		{"firm before the office", "Shares rose after Corvane chief executive Ken Alder spoke.",
			map[string]string{"Corvane": "ORG", "Ken Alder": "PER"}, "Ken Alder", "Corvane chief executive", nil},
		{"untagged firm opening the sentence", "Corvane chief executive Ken Alder said sales were up.",
			map[string]string{"Ken Alder": "PER"}, "Ken Alder", "Corvane chief executive", nil},
		{"who is", "Jana Holt, who is chief executive of Brightmoor Foods, said demand was strong.",
			map[string]string{"Jana Holt": "PER", "Brightmoor Foods": "ORG"}, "Jana Holt", "chief executive of Brightmoor Foods", nil},
		{"the office after adviser to", "Pia Sorn, adviser to Prime Minister Alma Reyes, resigned.",
			map[string]string{"Pia Sorn": "PER", "Alma Reyes": "PER"}, "Alma Reyes", "Prime Minister", []string{"adviser to Prime Minister"}},
		{"former kept", "Bill Ostrow, the former US president, spoke at the dinner.",
			map[string]string{"Bill Ostrow": "PER", "US": "LOC"}, "Bill Ostrow", "former US president", nil},
		{"shadow kept", "The shadow chancellor, Anne Doyle, said it was wrong.",
			map[string]string{"Anne Doyle": "PER"}, "Anne Doyle", "shadow chancellor", nil},

		{"an office met is no role", "Edwin Farrow met the Governor of the Bank of Norland on Tuesday.",
			map[string]string{"Edwin Farrow": "PER", "Bank of Norland": "ORG"}, "Edwin Farrow", "", nil},
		{"an office met in a who clause", "Helen Price, who met the Governor of the Bank of Norland, spoke.",
			map[string]string{"Helen Price": "PER", "Bank of Norland": "ORG"}, "Helen Price", "", nil},
		{"a relative's office", "Tom Dell, the son of the former president, was arrested.",
			map[string]string{"Tom Dell": "PER"}, "Tom Dell", "", nil},
		{"a spouse's office", "Anna Rowe, married to the chief executive, said nothing.",
			map[string]string{"Anna Rowe": "PER"}, "Anna Rowe", "", nil},
		{"a friend's office", "Lucia Marr, a friend of the Corvane chairman, declined to comment.",
			map[string]string{"Lucia Marr": "PER", "Corvane": "ORG"}, "Lucia Marr", "", nil},
		{"who is and a judgement", "Walt Emery, who is a canny manager, smiled.",
			map[string]string{"Walt Emery": "PER"}, "Walt Emery", "", nil},
		{"who was", "Lena Frost, who was prime minister until 2010, spoke.",
			map[string]string{"Lena Frost": "PER"}, "Lena Frost", "", nil},
		{"list neighbour", "The panel heard Ivo Stam, Mara Quill, the Corvane chairman, and others.",
			map[string]string{"Ivo Stam": "PER", "Mara Quill": "PER", "Corvane": "ORG"}, "Ivo Stam", "", nil},
		{"lost given name", "The US Secretary of Energy Tolland Brisk confirmed the figure.",
			map[string]string{"US": "LOC", "Brisk": "PER"}, "Brisk", "", nil},
		{"possessive before the name", "Nora Vint, president of Quorra's Night Studio, said it was exciting.",
			map[string]string{"Nora Vint": "PER", "Quorra": "ORG", "Night Studio": "PER"}, "Night Studio", "", nil},
		{"initials with full stops", "Talks opened after U.S. Secretary of State Tobin Vask arrived.",
			map[string]string{"U.S.": "LOC", "Tobin Vask": "PER"}, "Tobin Vask", "U.S. Secretary of State", nil},
		{"initials with full stops in apposition", "Dorian Hale, the U.S. ambassador, said little.",
			map[string]string{"Dorian Hale": "PER", "U.S.": "LOC"}, "Dorian Hale", "U.S. ambassador", nil},
		{"a kinsman's office before a comma", "He came with the wife of the US ambassador, Jana Holt.",
			map[string]string{"US": "LOC", "Jana Holt": "PER"}, "Jana Holt", "", nil},
		{"a list of names, the left", "Tom Dell, the Governor of the Bank of Norland, Edwin Farrow and others met.",
			map[string]string{"Tom Dell": "PER", "Edwin Farrow": "PER", "Bank of Norland": "ORG"}, "Tom Dell", "", nil},
		{"a list of names, the right", "Tom Dell, the Governor of the Bank of Norland, Edwin Farrow and others met.",
			map[string]string{"Tom Dell": "PER", "Edwin Farrow": "PER", "Bank of Norland": "ORG"}, "Edwin Farrow", "", nil},
		{"field nouns after the office and the body", "Nick Lorne, deputy labs editor at Numark Press, said it was cheap.",
			map[string]string{"Nick Lorne": "PER", "Numark Press": "ORG"}, "Nick Lorne", "deputy labs editor at Numark Press", nil},
		{"two offices joined", "Eric Tamm, president and chief operating officer at Corvane, said so.",
			map[string]string{"Eric Tamm": "PER", "Corvane": "ORG"}, "Eric Tamm", "president and chief operating officer at Corvane", nil},
		{"two words of a body joined", "Kamal Dey, Commerce and Industry Minister, announced the decision.",
			map[string]string{"Kamal Dey": "PER"}, "Kamal Dey", "Commerce and Industry Minister", nil},
		{"now before the office", "Phil Redd, now chairman of Mersey Vision, told the minister.",
			map[string]string{"Phil Redd": "PER", "Mersey Vision": "ORG"}, "Phil Redd", "chairman of Mersey Vision", nil},
		{"analyst with a firm", "Shares are cheap, said Ivo Rabb, an analyst with Numark Securities.",
			map[string]string{"Ivo Rabb": "PER", "Numark Securities": "ORG"}, "Ivo Rabb", "analyst with Numark Securities", nil},
		{"a clause after the office", "Nora Vint, head of distribution at Corvane which released the film, said so.",
			map[string]string{"Nora Vint": "PER", "Corvane": "ORG"}, "Nora Vint", "", nil},
		{"a participle after the office", "Jana Holt, chief executive of the union representing the drivers, said so.",
			map[string]string{"Jana Holt": "PER"}, "Jana Holt", "", nil},
		{"together with an office", "Jana Holt, together with the Corvane chairman, left.",
			map[string]string{"Jana Holt": "PER", "Corvane": "ORG"}, "Jana Holt", "", nil},
		{"two people joined", "Eric Tamm, Jana Holt and the Corvane chairman left.",
			map[string]string{"Eric Tamm": "PER", "Jana Holt": "PER", "Corvane": "ORG"}, "Jana Holt", "", nil},
		{"a possessive opening the office before a comma", "The row between franchisees and Corvane's former boss, Dara Quell, is over.",
			map[string]string{"Corvane": "ORG", "Dara Quell": "PER"}, "Dara Quell", "Corvane's former boss", nil},
		{"a kinsman after a possessive", "The row ended when Corvane's chairman's wife, Dara Quell, spoke.",
			map[string]string{"Corvane": "ORG", "Dara Quell": "PER"}, "Dara Quell", "", nil},
		{"a station's DJ", "Last year Radio 7 DJ Nell Avery earned more than the minister.",
			map[string]string{"Nell Avery": "PER", "Radio 7": "ORG"}, "Nell Avery", "Radio 7 DJ", nil},
		{"us is a pronoun", "He told us director Ivo Stam would stay.",
			map[string]string{"Ivo Stam": "PER"}, "Ivo Stam", "director", []string{"us director"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := ExtractOptions(paras(tc.text), Options{Entities: fakeNER(tc.tagged), NoProbe: true})
			a := find(got, tc.person)
			if a == nil {
				t.Fatalf("no actor %q; got %s", tc.person, summary(got))
			}
			switch {
			case tc.role == "" && len(a.Roles) > 0:
				t.Errorf("%s roles %q, want none", tc.person, a.Roles)
			case tc.role != "" && !slices.Contains(a.Roles, tc.role):
				t.Errorf("%s roles %q, want %q", tc.person, a.Roles, tc.role)
			}
			for _, r := range tc.not {
				if slices.ContainsFunc(a.Roles, func(x string) bool { return strings.EqualFold(x, r) }) {
					t.Errorf("%s roles %q include %q", tc.person, a.Roles, r)
				}
			}
		})
	}
}
