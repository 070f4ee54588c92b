package actor

import (
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/nlp"
)

// TestNotPeople checks names a tagger reads as people's that the words
// around them show are not: a reader's initials and the town after them,
// a firm after its trade or with a trade's head noun, a horse, a gas
// field, a car of a given year, a place joined by "o'", a firm's short
// name the tagger read as a place, a company's name whose first word
// opened a sentence, a part played in a drama, a grandparent called by
// their place in the family, a building, ship or horse named after
// someone, an award, a viaduct, a rescue team, the firm a speaker is
// "of". Names of people written in the same shapes stay people's.
func TestNotPeople(t *testing.T) {
	fakeLexicon(t)
	cases := []struct {
		name   string
		text   []string
		tagged map[string]string
		actor  string
		person bool
	}{
		{"a reader's initials", []string{"Will I pay tax on it? E. T., Tarrowby"}, map[string]string{"E. T.": "PER", "Tarrowby": "PER"}, "E. T.", false},
		{"the town after a reader's initials", []string{"Will I pay tax on it? E. T., Tarrowby"}, map[string]string{"E. T.": "PER", "Tarrowby": "PER"}, "Tarrowby", false},
		{"two readers' initials", []string{"Are we entitled to it? G. and P. S., Tarrowby"}, map[string]string{"P. S.": "PER", "Tarrowby": "PER"}, "P. S.", false},
		{"a reader's full name", []string{"Will I pay tax on it? Ada Kell, Tarrowby"}, map[string]string{"Ada Kell": "PER", "Tarrowby": "PER"}, "Ada Kell", true},
		{"a broker's firm after of", []string{"'Copper is short,' said Ivo Marsh, of stockbroker Tarrow Hale."}, map[string]string{"Ivo Marsh": "PER", "Tarrow Hale": "PER"}, "Tarrow Hale", false},
		{"a stockbroker", []string{"Veteran stockbroker Tarrow Hale retires on Friday after 47 years."}, map[string]string{"Tarrow Hale": "PER"}, "Tarrow Hale", true},
		{"a storm doing what people do", []string{"When Hurricane Della destroyed the clinic in 1998, she made house calls to all her patients."}, map[string]string{"Hurricane Della": "PER"}, "Hurricane Della", false},
		{"a storm's given name", []string{"Storm Della brought down trees across Corran."}, map[string]string{"Storm Della": "PER"}, "Storm Della", false},
		{"a speaker's firm", []string{"Ivo Marsh, of Corran Reid, said: 'The numbers were fine.'"}, map[string]string{"Ivo Marsh": "PER", "Corran Reid": "PER"}, "Corran Reid", false},
		{"a speaker's firm after its trade", []string{"Ivo Marsh, of retail analysts Corran Reid, said shops were closing."}, map[string]string{"Ivo Marsh": "PER", "Corran Reid": "PER"}, "Corran Reid", false},
		{"a speaker's firm closing the sentence", []string{"'Copper is short,' said Ivo Marsh, of Corran Reid."}, map[string]string{"Ivo Marsh": "PER", "Corran Reid": "PER"}, "Corran Reid", false},
		{"a person's office after of", []string{"Ivo Marsh, of Ada Kell's office, said nothing."}, map[string]string{"Ivo Marsh": "PER", "Ada Kell": "PER"}, "Ada Kell", true},
		{"a bride after a place and of", []string{"The wedding took place at Holy Cross, Tarrowby, of Priya Dunstall, elder daughter of Meera Dunstall."}, map[string]string{"Holy Cross": "LOC", "Tarrowby": "LOC", "Priya Dunstall": "PER", "Meera Dunstall": "PER"}, "Priya Dunstall", true},
		{"a friend of a person", []string{"A friend of Ada Kell said she was well."}, map[string]string{"Ada Kell": "PER"}, "Ada Kell", true},
		{"a club after its sport", []string{"Premiership rugby club Brannock Saints have warned players they could run out of money."}, map[string]string{"Brannock Saints": "PER"}, "Brannock Saints", false},
		{"an airline's head noun", []string{"Q: Larkhill Air cancelled our flight two days before we were due to go."}, map[string]string{"Larkhill Air": "PER"}, "Larkhill Air", false},
		{"a trade's plural head noun", []string{"Brannock Outfitters reported a 7 per cent rise in sales."}, map[string]string{"Brannock Outfitters": "PER"}, "Brannock Outfitters", false},
		{"a highways body", []string{"Corran Highways, the joint body that maintains the crossing, said it could stay shut."}, map[string]string{"Corran Highways": "PER"}, "Corran Highways", false},
		{"a titled horse in question", []string{"The gelding in question, Mister Tarrant, has won three times this autumn."}, map[string]string{"Mister Tarrant": "PER"}, "Mister Tarrant", false},
		{"a horse called by a peer's title", []string{"The money paid the fees of a horse called Earl of Brannock."}, map[string]string{}, "Earl of Brannock", false},
		{"a jockey's ride", []string{"The ban means he will miss the ride on Silver Tarrant at Kempton."}, map[string]string{"Silver Tarrant": "PER"}, "Silver Tarrant", false},
		{"a gas field", []string{"Tests suggested the Tarrow Deep field could hold 190 billion cubic feet of gas."}, map[string]string{"Tarrow Deep": "PER"}, "Tarrow Deep", false},
		{"a kicker's field goal", []string{"They tacked on a Caspar Hollin field goal before half-time."}, map[string]string{"Caspar Hollin": "PER"}, "Caspar Hollin", true},
		{"a car of a year", []string{"He had bought six classic cars, including a 1963 Velmo Royale."}, map[string]string{"Velmo Royale": "PER"}, "Velmo Royale", false},
		{"an air marshal", []string{"Air Marshal Ivo Marsh said the base would stay open."}, map[string]string{"Ivo Marsh": "PER"}, "Ivo Marsh", true},
		{"a club's founder", []string{"Tamsin Gale joined the club Ivo Marsh founded in 1990."}, map[string]string{"Tamsin Gale": "PER", "Ivo Marsh": "PER"}, "Ivo Marsh", true},
		{"a place joined by o'", []string{"She once cycled from Land's End to Ivo o' Brannock for charity."}, map[string]string{"Ivo": "PER"}, "Ivo", false},
		{"a part after its kind", []string{"Ada Kell plays widow Tamsin Gale in the new drama."}, map[string]string{"Ada Kell": "PER", "Tamsin Gale": "PER"}, "Tamsin Gale", false},
		{"a part described in apposition", []string{"She plays Tamsin Gale, a retired ferry pilot, in the series."}, map[string]string{"Tamsin Gale": "PER"}, "Tamsin Gale", false},
		{"the part of a name", []string{"He wrote the part of the butler, Ivo Marsh, for a friend."}, map[string]string{"Ivo Marsh": "PER"}, "Ivo Marsh", false},
		{"a player alongside", []string{"Ada Kell played alongside Ivo Marsh for a decade."}, map[string]string{"Ada Kell": "PER", "Ivo Marsh": "PER"}, "Ivo Marsh", true},
		{"an actor playing a part", []string{"Her old lover, played by Ivo Marsh, returns in the spring."}, map[string]string{"Ivo Marsh": "PER"}, "Ivo Marsh", true},
		{"a grandparent called so", []string{"'Grandad has never missed a match,' she said."}, map[string]string{"Grandad": "PER"}, "Grandad", false},
		{"a footbridge named after someone", []string{"The Ivo Marsh footbridge over the river has been closed."}, map[string]string{"Ivo Marsh": "PER"}, "Ivo Marsh", false},
		{"a person who opened a footbridge", []string{"Ivo Marsh opened the footbridge on Monday."}, map[string]string{"Ivo Marsh": "PER"}, "Ivo Marsh", true},
		{"a titled pub", []string{"The party has moved out of the Lord Tarrant pub near the station."}, map[string]string{}, "Lord Tarrant", false},
		{"a titled peer", []string{"Lord Tarrant said the pub would stay open."}, map[string]string{}, "Lord Tarrant", true},
		{"a titled ship", []string{"The Countess Velma, which left Corran last night, has docked."}, map[string]string{"Countess Velma": "PER"}, "Countess Velma", false},
		{"a titled horse ridden", []string{"She was banned after riding aboard Captain Tarrant in the feature race."}, map[string]string{"Tarrant": "PER"}, "Tarrant", false},
		{"a llama called so", []string{"A llama called Bettina has evaded capture for a third day."}, map[string]string{"Bettina": "PER"}, "Bettina", false},
		{"a viaduct", []string{"Inspections of the Tarrow Viaduct found water in the stonework."}, map[string]string{"Tarrow Viaduct": "PER"}, "Tarrow Viaduct", false},
		{"an award named after someone", []string{"Ada Kell has won this year's Ivo Marsh Award for her film."}, map[string]string{"Ada Kell": "PER", "Ivo Marsh Award": "PER"}, "Ivo Marsh Award", false},
		{"a rescue team", []string{"Ivo Marsh, of the Corran Mountain Rescue Team, said she did the right thing."}, map[string]string{"Ivo Marsh": "PER", "Corran Mountain Rescue Team": "PER"}, "Corran Mountain Rescue Team", false},
		{"a firm's name opening a sentence", []string{"Train drivers at Northern Tarrowline will walk out next week.", "Northern Tarrowline managing director Ivo Marsh said the offer was fair."}, map[string]string{"Northern Tarrowline": "PER"}, "Tarrowline", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := ExtractWith(paras(c.text...), fakeNER(c.tagged))
			var a *Actor
			for i := range got {
				if got[i].Kind == Person && (got[i].Name == c.actor || has(got[i].Aliases, c.actor)) {
					a = &got[i]
				}
			}
			if c.person && a == nil {
				t.Errorf("no person %q; got %s", c.actor, summary(got))
			}
			if !c.person && a != nil {
				t.Errorf("%q is a person (%q); got %s", c.actor, a.Name, summary(got))
			}
		})
	}
}

// TestFirmShortNameAnyTag: a firm's short name the tagger read as a
// person's in one paragraph and as a place's in another is the firm in
// both ("Delmont" after "Delmont Industries").
func TestFirmShortNameAnyTag(t *testing.T) {
	fakeLexicon(t)
	asPerson := fakeNER(map[string]string{"Delmont Industries": "ORG", "Delmont": "PER"})
	asPlace := fakeNER(map[string]string{"Delmont": "LOC"})
	ner := func(text string) []nlp.Entity {
		if strings.Contains(text, "comments") {
			return asPlace(text)
		}
		return asPerson(text)
	}
	got := ExtractWith(paras("Ravenford rejected a bid from Delmont Industries.",
		"Ravenford shares fell as investors fretted that Delmont might walk away.",
		"Delmont has come back fighting. In a statement, it said it was disappointed.",
		"Ravenford noted the comments from Delmont."), ner)
	for _, a := range got {
		if a.Kind == Person {
			t.Errorf("person %q; got %s", a.Name, summary(got))
		}
	}
}

// TestOnlyInitials: initials alone are no person's name, a surname
// after them is.
func TestOnlyInitials(t *testing.T) {
	for _, c := range []struct {
		name string
		want bool
	}{{"R. M.", true}, {"E T", true}, {"J Robinson", false}, {"R.", false}, {"Al Gore", false}} {
		if got := onlyInitials(strings.Fields(c.name)); got != c.want {
			t.Errorf("onlyInitials(%q) = %v, want %v", c.name, got, c.want)
		}
	}
}
