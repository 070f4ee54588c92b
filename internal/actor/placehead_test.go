package actor

import (
	"testing"

	"github.com/storyline/storyline/internal/nlp"
)

// TestSurnamePlaceHead checks that a name of two words ending in a place's
// head noun that is also a surname, with no given name first, is the
// place after a preposition of place, while a given name first keeps the
// person.
func TestSurnamePlaceHead(t *testing.T) {
	fakeLexicon(t)
	tagged := map[string]string{"Camilla Stourton": "PER", "Notting Hill": "PER", "Hanover Yard": "PER", "Nell Hill": "PER"}
	runKindRows(t, tagged, [][4]string{
		{"a flat in it", "Camilla Stourton has opened a bakery in Notting Hill.", "Notting Hill", Place},
		{"an office in it", "Camilla Stourton runs a hedge fund from an office in Hanover Yard.", "Hanover Yard", Place},
		{"a given name first", "Camilla Stourton has opened a bakery with Nell Hill.", "Nell Hill", Person},
		{"a given name after in", "The bakery was opened in Nell Hill's name.", "Nell Hill", Person},
	})
}

// TestLandformName checks that a name ending in a landform's noun with
// no given name first is a place, unless a person's context or the
// surname used alone says otherwise.
func TestLandformName(t *testing.T) {
	stubLexicon(t, nil, nil, setOf(`Ada`))
	runNameRules(t, []nameRuleCase{{
		name:   "a ridge",
		text:   []string{"Two walkers were brought down from Brackwater Ridge by the mountain rescue team."},
		tagged: map[string]string{"Brackwater Ridge": "PER"},
		want:   map[string]string{"Brackwater Ridge": Place},
	}, {
		name:   "a vale",
		text:   []string{"Flood warnings remain in force across Tallis Vale tonight."},
		tagged: map[string]string{"Tallis Vale": "PER"},
		want:   map[string]string{"Tallis Vale": Place},
	}, {
		name: "a surname used alone",
		text: []string{"Tickets for Tallis Vale's tour sold out in an hour.",
			"Vale's agent said more dates would follow."},
		tagged: map[string]string{"Tallis Vale": "PER", "Vale": "PER"},
		want:   map[string]string{"Tallis Vale": Person},
	}, {
		name: "a given name used alone",
		text: []string{"Tickets for Tallis Vale's tour sold out in an hour.",
			"Tallis thanked fans on her website."},
		tagged: map[string]string{"Tallis Vale": "PER", "Tallis": "PER"},
		want:   map[string]string{"Tallis Vale": Person},
	}, {
		name:   "a person's context",
		text:   []string{"Singer Tallis Vale, 31, has cancelled her tour."},
		tagged: map[string]string{"Tallis Vale": "PER"},
		want:   map[string]string{"Tallis Vale": Person},
	}})
}

// TestLandformProbe checks that the tagger's person reading of a
// landform's name on its own, asked when it read the name otherwise in
// the sentence, does not make it a person.
func TestLandformProbe(t *testing.T) {
	stubLexicon(t, nil, nil, setOf(`Mia`))
	tagged := map[string]string{"Tallis Vale": "ORG", "Mia Brackwater": "ORG"}
	inSentence := fakeNER(tagged)
	ner := func(text string) []nlp.Entity { // alone, every name reads as a person's
		if _, ok := tagged[text]; ok {
			return []nlp.Entity{{Text: text, Type: "PER", Start: 0, End: len(text)}}
		}
		return inSentence(text)
	}
	for _, r := range [][4]string{
		{"a vale", "Bus services across Tallis Vale will be cut in April.", "Tallis Vale", Org},
		{"a given name first", "The fund was set up with Mia Brackwater last year.", "Mia Brackwater", Person},
	} {
		got := ExtractOptions(paras(r[1]), Options{Entities: ner})
		if a := find(got, r[2]); a == nil || a.Kind != r[3] {
			t.Errorf("%s: want %q as %s; actors %s", r[0], r[2], r[3], summary(got))
		}
	}
}
