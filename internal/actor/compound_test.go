package actor

import "testing"

func TestCompoundModifier(t *testing.T) {
	tests := []struct {
		word           string
		alone          bool
		suffix, prefix bool
	}{
		{"Singapore-based", false, true, false},
		{"UK-born", false, true, false},
		{"US-led", false, true, false},
		{"state-owned", false, true, false},
		{"Oscar-winning", false, true, false},
		{"Exchange-listed", false, true, false},
		{"Abba-style", false, true, false},
		{"Oscar-winner", false, true, false},
		{"Brisk-owner", false, true, false},
		{"non-Opec", false, false, true},
		{"trans-Atlantic", false, false, true},
		{"ex-Yukos", false, false, true},
		{"pro-Kremlin", false, false, true},
		{"mid-March", false, false, true},
		{"Non-EU", true, false, true},
		{"Non-EU", false, false, false},       // only as a whole name
		{"Mid-Glamorgan", true, false, false}, // a capitalised "Mid" names a place
		{"Post-Gazette", true, false, false},
		{"Coca-Cola", true, false, false},
		{"Rolls-Royce", true, false, false},
		{"Hewlett-Packard", true, false, false},
		{"Lloyd-Webber", true, false, false},
		{"Al-Jazeera", true, false, false},
		{"al-Qaeda", true, false, false},
		{"Jean-Claude", false, false, false},
		{"Jong-il", false, false, false},
		{"Xiao-ping", false, false, false}, // a syllable, not a participle
		{"Ki-moon", false, false, false},
		{"Juncker", true, false, false},
		{"-based", true, false, false},
		{"London\u2011based", false, true, false}, // a non-breaking hyphen
		{"non\u2010Opec", false, false, true},
		{"Jong\u2011il", false, false, false},
	}
	for _, tc := range tests {
		suffix, prefix := compoundModifier(tc.word, tc.alone)
		if suffix != tc.suffix || prefix != tc.prefix {
			t.Errorf("compoundModifier(%q, %v) = %v, %v, want %v, %v", tc.word, tc.alone, suffix, prefix, tc.suffix, tc.prefix)
		}
	}
}

func TestDropCompoundLead(t *testing.T) {
	tests := []struct {
		words []string
		want  int
	}{
		{[]string{"Singapore-based"}, 1},
		{[]string{"New", "York-based"}, 2},
		{[]string{"Santa", "Clara-based", "Quillon"}, 2},
		{[]string{"Grand", "Slam-winning", "Ada", "Moreno"}, 2},
		{[]string{"Parcelo-owner", "Vanta", "Post"}, 1},
		{[]string{"ex-Big", "Lunch"}, 2},
		{[]string{"post-World", "Cup"}, 2},
		{[]string{"ex-Ferrow", "chief", "Tom", "Vale"}, 1},
		{[]string{"Coca-Cola", "Amatil"}, 0},
		{[]string{"ex-Chancellor", "Kenneth", "Clark"}, 0},
		{[]string{"then-President", "Ada", "Moreno"}, 0},
		{[]string{"Jean-Claude", "Juncker"}, 0},
		{[]string{"Kim", "Jong-il"}, 0},
		{[]string{"Andrew", "Lloyd-Webber"}, 0},
	}
	for _, tc := range tests {
		if got := dropCompoundLead(tc.words); got != tc.want {
			t.Errorf("dropCompoundLead(%q) = %d, want %d", tc.words, got, tc.want)
		}
	}
}

// The stories below are invented; the tagger slips are the kind seen on
// news text: hyphenated modifiers, time zones and figures of speech tagged
// as names.
func TestNonActors(t *testing.T) {
	tests := []kindCase{{
		name: "modifiers made from names",
		paras: []string{
			"The Harrowgate-based lender and its non-Opec suppliers agreed on a trans-Atlantic route, said the Oscar-winning director.",
			"Shares in the ex-Varnick unit and the Fenmoor-owned mill rose. The New Carrick-based group sold the Marlo-led venture.",
		},
		tagged: map[string]string{"Harrowgate-based": "ORG", "non-Opec": "MISC", "trans-Atlantic": "MISC", "Oscar-winning": "MISC",
			"ex-Varnick": "ORG", "Fenmoor-owned": "ORG", "New Carrick-based": "LOC", "Marlo-led": "PER"},
		absent: []string{"Harrowgate-based", "non-Opec", "trans-Atlantic", "Oscar-winning", "ex-Varnick", "Fenmoor-owned",
			"New Carrick-based", "Marlo-led", "Harrowgate", "Opec", "Carrick", "Marlo"},
	},
		{
			name: "a modifier glued to the name it describes",
			paras: []string{
				"Santa Verde-based Quillon Games said sales doubled. Quillon Games will hire 200 staff.",
				"The Lisbon-born Tomas Arvelo scored twice.",
			},
			tagged: map[string]string{"Santa Verde-based Quillon Games": "PER", "Quillon Games": "ORG", "Lisbon-born Tomas Arvelo": "PER"},
			kinds:  map[string]string{"Quillon Games": Org, "Tomas Arvelo": Person},
			absent: []string{"Santa Verde-based Quillon Games", "Lisbon-born Tomas Arvelo", "Santa Verde"},
		},
		{
			name: "names written with hyphens stay",
			paras: []string{
				"Coca-Cola and Rolls-Royce signed the deal with Hewlett-Packard, Al-Jazeera reported.",
				"Andrew Lloyd-Webber met Jean-Claude Juncker and Park Min-seo in Brussels.",
			},
			tagged: map[string]string{"Coca-Cola": "ORG", "Rolls-Royce": "ORG", "Hewlett-Packard": "ORG", "Al-Jazeera": "ORG",
				"Andrew Lloyd-Webber": "PER", "Jean-Claude Juncker": "PER", "Park Min-seo": "PER", "Brussels": "LOC"},
			kinds: map[string]string{"Coca-Cola": Org, "Rolls-Royce": Org, "Hewlett-Packard": Org, "Al-Jazeera": Org,
				"Andrew Lloyd-Webber": Person, "Jean-Claude Juncker": Person, "Park Min-seo": Person, "Brussels": Place},
		},
		{
			name: "time zones and figures of speech",
			paras: []string{
				"Trading closed at 1630 GMT, or 1130 EST, after the Kelby Exchange halted dealing.",
				"\"Mother Nature decides the price of gas,\" said Ines Parrow. Father Christmas arrived early in Dunmore.",
				"Father Aldous Brenn, the parish priest, and Mother Teresa were remembered.",
			},
			tagged: map[string]string{"GMT": "ORG", "EST": "ORG", "Kelby Exchange": "ORG", "Mother Nature": "PER", "Ines Parrow": "PER",
				"Father Christmas": "ORG", "Dunmore": "LOC", "Aldous Brenn": "PER", "Mother Teresa": "PER"},
			kinds:  map[string]string{"Kelby Exchange": Org, "Ines Parrow": Person, "Dunmore": Place, "Aldous Brenn": Person, "Mother Teresa": Person},
			absent: []string{"GMT", "EST", "Mother Nature", "Father Christmas", "Nature"},
		},
		{
			name: "abbreviations of common nouns",
			paras: []string{
				"Sales of DVD players and PCs rose, Grenmark said, as GDP grew and ID cards were delayed.",
			},
			tagged: map[string]string{"DVD": "ORG", "PCs": "ORG", "Grenmark": "ORG", "GDP": "ORG", "ID": "MISC"},
			kinds:  map[string]string{"Grenmark": Org},
			absent: []string{"DVD", "PCs", "GDP", "ID"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkKindCase(t, tc) })
	}
}

func TestNameHyphens(t *testing.T) {
	tests := []struct {
		word string
		want bool
	}{
		{"Bennett-Warner", true},
		{"Jean-Claude", true},
		{"Jong-il", true},
		{"Jong\u2011il", true},
		{"Ji-chang", true},
		{"London-based", false},
		{"Man-of-the-match", false},
		{"Exchange-listed", false},
		{"Juncker", true},
	}
	for _, tc := range tests {
		if got := nameHyphens(tc.word); got != tc.want {
			t.Errorf("nameHyphens(%q) = %v, want %v", tc.word, got, tc.want)
		}
	}
}
