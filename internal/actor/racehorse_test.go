package actor

import "testing"

// TestRacehorseCue: in a paragraph of racing, odds in apposition make a
// name with no given name, or a title and one word, a horse's, and so
// does a trainer or a rider in apposition; a golfer's odds and a boxer's
// trainer, outside racing, leave people, and so do odds after a given
// name and a surname.
func TestRacehorseCue(t *testing.T) {
	tagged := map[string]string{"Tin Kettle": "PER", "Lady Maud": "PER", "Ada Kell": "PER", "Bo Tarrant": "PER", "Amy Tarrant": "PER", "Hal Brennan": "PER", "Ivo Marsh": "PER"}
	runKindRows(t, tagged, [][4]string{
		{"odds as a chance", "Tin Kettle, a 20-1 chance, won the novice hurdle at Velby by a neck.", "Tin Kettle", Other},
		{"backed from odds", "Bookmakers lost heavily when Tin Kettle, backed from 25-1 into 6-1, won the handicap.", "Tin Kettle", Other},
		{"a title and one word, the favourite", "The gelding held off Lady Maud, the 5-2 favourite, on the run-in.", "Lady Maud", Other},
		{"trained by, in racing", "Lady Maud, trained by Ada Kell near Velby, won the handicap chase by six lengths.", "Lady Maud", Other},
		{"a golfer's odds", "Bo Tarrant, the 8-1 favourite, opened with a 66 at Corran.", "Bo Tarrant", Person},
		{"a given name and a surname in racing", "The mare beat Amy Tarrant, the 2-1 favourite, by two lengths.", "Amy Tarrant", Person},
		{"a boxer's trainer", "Hal Brennan, trained by his uncle Ivo Marsh, defends his title on Saturday.", "Hal Brennan", Person},
	})
}

// TestAnimalCoat: a coat's colour may stand between the article and the
// animal's noun: "the grey mare Lady Maud".
func TestAnimalCoat(t *testing.T) {
	tagged := map[string]string{"Lady Maud": "PER", "Ada Kell": "PER"}
	runKindRows(t, tagged, [][4]string{
		{"a grey mare", "The best of them was the grey mare Lady Maud, who won twice at Velby.", "Lady Maud", Other},
		{"a fat cat", "The fat cat Ada Kell took a bonus of £2million.", "Ada Kell", Person},
	})
}

// TestRacehorseAround: in a paragraph of racing, a rider's verb before a
// horse-shaped name, or odds later in its clause, make it a horse's, and
// a longer name its titled name opens is the horse too; the rider "ridden
// by" and a trainer with a given name stay people.
func TestRacehorseAround(t *testing.T) {
	stubLexicon(t, nil, nil, setOf(`Ada Ivo`))
	runNameRules(t, []nameRuleCase{{
		name:   "a rider's verb",
		text:   []string{"Ivo Marsh, who has died aged 80, was the jockey who rode Sir Brannock to victory at Velby in 1971."},
		tagged: map[string]string{"Ivo Marsh": "PER", "Sir Brannock": "PER", "Velby": "LOC"},
		want:   map[string]string{"Ivo Marsh": Person, "Sir Brannock": Other},
	}, {
		name:   "a racing word opening the sentence, a rank read as a role",
		text:   []string{"Jockey Ivo Marsh rode Captain Brannock to victory in the Velby Gold Cup."},
		tagged: map[string]string{"Ivo Marsh": "PER", "Brannock": "PER", "Velby Gold Cup": "MISC"},
		want:   map[string]string{"Ivo Marsh": Person, "Brannock": Other},
	}, {
		name:   "odds later in the clause",
		text:   []string{"Lord Skelwith took the Velby National in 1979 at odds of 33-1 and won nine more races over fences."},
		tagged: map[string]string{"Lord Skelwith": "PER", "Velby National": "MISC"},
		want:   map[string]string{"Lord Skelwith": Other},
	}, {
		name: "the horse's full name",
		text: []string{"Sir Tobin Grey won the Corran Chase by nine lengths on Saturday.",
			"Jockey Ada Kell, who has ridden Sir Tobin in all his races, was delighted."},
		tagged: map[string]string{"Sir Tobin Grey": "PER", "Corran Chase": "MISC", "Ada Kell": "PER", "Sir Tobin": "PER"},
		want:   map[string]string{"Ada Kell": Person, "Sir Tobin Grey": Other},
	}, {
		name:   "the rider",
		text:   []string{"The gelding, ridden by Ada Kell, won the handicap hurdle at 9-2."},
		tagged: map[string]string{"Ada Kell": "PER"},
		want:   map[string]string{"Ada Kell": Person},
	}, {
		name:   "odds outside racing",
		text:   []string{"Lord Skelwith is at odds of 5-1 to lead the party by Christmas."},
		tagged: map[string]string{"Lord Skelwith": "PER"},
		want:   map[string]string{"Lord Skelwith": Person},
	}})
}

// TestRacehorseTitled: in a story of racing (two racing words or more),
// a name opening with a title racehorses often bear is a horse's in a
// paragraph of racing when nothing is said of a person at the mention,
// and so is a name after a race's time in a line of selections; the
// title split off elsewhere keeps the horse ("Father Corran" then
// "Corran" after "Father"). A titled person who speaks or owns a horse
// stays a person, and one racing word alone, a figure of speech, makes
// no story of racing.
func TestRacehorseTitled(t *testing.T) {
	stubLexicon(t, nil, nil, setOf(`Ada Ivo Bo`))
	runNameRules(t, []nameRuleCase{
		{name: "a titled horse in a racing story", text: []string{"Ridden by Bo Tarrant, the mare won over hurdles at Velby by six lengths. Mister Brannock finished a tired fourth."},
			tagged: map[string]string{"Mister Brannock": "PER", "Bo Tarrant": "PER"}, want: map[string]string{"Mister Brannock": Other, "Bo Tarrant": Person}},
		{name: "a metaphor makes no racing story", text: []string{"Ada Kell said the rules were a hurdle too high for Lady Velma, the new minister."},
			tagged: map[string]string{"Lady Velma": "PER", "Ada Kell": "PER"}, want: map[string]string{"Lady Velma": Person}},
		{name: "a titled owner who speaks", text: []string{"The gelding won by four lengths over hurdles.", "'He was magnificent,' said Sir Ivo Marsh, who owns him."},
			tagged: map[string]string{"Ivo Marsh": "PER"}, want: map[string]string{"Ivo Marsh": Person}},
		{name: "a titled owner's horse", text: []string{"Sir Ivo Marsh watched the gelding win by four lengths over hurdles.", "Sir Ivo Marsh's horse has now won four times."},
			tagged: map[string]string{"Ivo Marsh": "PER"}, want: map[string]string{"Ivo Marsh": Person}},
		{name: "a line of selections", text: []string{"The gelding won by four lengths over hurdles at Velby.", "NAPS: 3.05 Captain Pumice, 3.35 Big Ada Kell, 4.10 Ossory Vale"},
			tagged: map[string]string{"Tallow": "PER", "Ada Kell": "PER", "Ossory Vale": "PER"}, want: map[string]string{"Ada Kell": Other, "Ossory Vale": Other}},
		{name: "a title split off elsewhere", text: []string{"Father Corran has been raised 4lb by the handicapper after winning over fences.", "Best bet: Father  Corran at 12-1."}, // two spaces: the fake tagger reads "Corran" alone
			tagged: map[string]string{"Father Corran": "PER", "Corran": "PER"}, want: map[string]string{"Father Corran": Other, "Corran": Other}},
	})
}

// TestRiderOwned: a name before a possessive and a rider's noun is a
// horse's: people have trainers, only horses have riders.
func TestRiderOwned(t *testing.T) {
	runKindRows(t, map[string]string{"Tamsin Velby": "PER", "Ada Kell": "PER"}, [][4]string{
		{"a horse's rider", "Tamsin Velby's jockey, Ada Kell, was given a two-day ban.", "Tamsin Velby", Other},
		{"a person's trainer", "Tamsin Velby's trainer, Ada Kell, said she was fit.", "Tamsin Velby", Person},
	})
}
