package actor

import "testing"

// TestNumberedNames checks that a body's or a thing's name keeps the
// number written after it, and that scores, quantities and tables of
// results leave names alone.
func TestNumberedNames(t *testing.T) {
	fakeLexicon(t)
	tagged := map[string]string{"Wireless": "ORG", "Pixo": "MISC", "Vista": "ORG", "News": "ORG",
		"Kelbrook Town": "ORG", "Tarrow Rovers": "ORG", "Norvex": "ORG", "Marlow": "ORG", "Ada Kell": "PER"}
	tests := []struct {
		para string
		want []string // names that must be actors
		not  []string // names that must not
	}{
		{"Wireless 4 host Ada Kell left the station.", []string{"Wireless 4", "Ada Kell"}, []string{"Wireless"}},
		{"She was heard on Wireless 4's evening show.", []string{"Wireless 4"}, []string{"Wireless"}},
		{"Pixo 7 users complained about the update.", []string{"Pixo 7"}, []string{"Pixo"}},
		{"The story ran on Vista 4 News last night.", []string{"Vista 4 News"}, []string{"Vista", "News"}},
		{"Kelbrook Town 2 Tarrow Rovers 1.", []string{"Kelbrook Town", "Tarrow Rovers"}, []string{"Tarrow Rovers 1"}},
		{"Shares in Norvex rose to 5 after Norvex 2% gains.", []string{"Norvex"}, []string{"Norvex 2"}},
		{"Standings: Marlow 3 , Kelbrook Town 2 , Tarrow Rovers 1 .", []string{"Marlow"}, []string{"Marlow 3", "Kelbrook Town 2"}},
		{"The match ended Kelbrook Town 2", []string{"Kelbrook Town"}, []string{"Kelbrook Town 2"}},
	}
	for _, tt := range tests {
		got := ExtractWith(paras(tt.para), fakeNER(tagged))
		expectNames(t, tt.para, got, tt.want, tt.not)
	}
}

// TestOrdinalOpened: an ordinal in digits right before a name the tagger
// read as a person's opens a body's name; not before a given name.
func TestOrdinalOpened(t *testing.T) {
	runNameRules(t, []nameRuleCase{
		taggedCase(map[string]string{"Century Velmo": "PER"}, "a studio", "The film was released by 20th Century Velmo in May.", "Century Velmo", Org),
		taggedCase(map[string]string{"Ada Kell": "PER"}, "a given name", "She gave the 14th Ada Kell lecture.", "Ada Kell", Person),
	})
}
