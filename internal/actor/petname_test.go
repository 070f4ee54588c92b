package actor

import (
	"slices"
	"testing"
)

func TestShortGiven(t *testing.T) {
	tests := []struct {
		short, full string
		want        bool
	}{
		{"hen", "henrietta", true},
		{"santi", "santiago", true},
		{"ben", "benjamin", true},
		{"clemmie", "clementine", true}, // a doubled consonant
		{"decky", "declan", true},       // "ck" for "c"
		{"vicky", "victoria", true},
		{"freddie", "frederick", true},
		{"gus", "augustus", true}, // package petname
		{"tash", "natasha", true},
		{"bee", "beatrix", true},
		{"perry", "peregrine", true},
		{"maggie", "margaret", true},
		{"ann", "anna", false}, // a name of its own
		{"jon", "jonah", false},
		{"gus", "angela", false},
		{"henrietta", "henrietta", false},
		{"marc", "mark", false},
	}
	for _, tt := range tests {
		if got := shortGiven(tt.short, tt.full); got != tt.want {
			t.Errorf("shortGiven(%q, %q) = %v, want %v", tt.short, tt.full, got, tt.want)
		}
	}
}

// TestPetNameJoinsPerson: a short or pet form of a person's given name,
// alone or before the surname, is that person, not a second one; a pet
// name that is a given name of its own stays apart unless it follows the
// person closely, and a relative's given name stays apart.
func TestPetNameJoinsPerson(t *testing.T) {
	tests := []struct {
		name    string
		paras   []string
		tagged  map[string]string
		person  string
		alias   string // "" when nothing must join
		alone   string // a name that must stay a person of its own
		missing string // a name that must be no actor of its own
	}{
		{name: "start of the given name",
			paras:  []string{"Lady Cressida Fane-Tolley is engaged to polo player Santiago Ibarra.", "Cressida says: 'Santi proposed on horseback.'"},
			tagged: map[string]string{"Cressida Fane-Tolley": "PER", "Santiago Ibarra": "PER", "Santi": "PER", "Cressida": "PER"},
			person: "Santiago Ibarra", alias: "Santi", missing: "Santi"},
		{name: "a doubled consonant",
			paras:  []string{"Lady Clementine Pargeter was at the ball.", "Clemmie, as friends call her, left at midnight."},
			tagged: map[string]string{"Clementine Pargeter": "PER", "Clemmie": "PER"},
			person: "Clementine Pargeter", alias: "Clemmie", missing: "Clemmie"},
		{name: "ck for c",
			paras:  []string{"The striker Declan Rourke signed on Monday.", "Decky will wear the number nine shirt."},
			tagged: map[string]string{"Declan Rourke": "PER", "Decky": "PER"},
			person: "Declan Rourke", alias: "Decky", missing: "Decky"},
		{name: "a pet name spelt otherwise",
			paras:  []string{"Quizmaster Augustus Penwarden was haggling at a car boot sale.", "Gus, as everyone calls him, got it down to £2.50."},
			tagged: map[string]string{"Augustus Penwarden": "PER", "Gus": "PER"},
			person: "Augustus Penwarden", alias: "Gus", missing: "Gus"},
		{name: "a pet name of its own, far off",
			paras:  []string{"Helen Featherstone married Guy Arden at St Mary's.", "The couple will live in Ely.", "Births: to Megan Rhys of Downham, twin boys.", "Brothers for Nell, who is said to be unimpressed."},
			tagged: map[string]string{"Helen Featherstone": "PER", "Guy Arden": "PER", "Megan Rhys": "PER", "Nell": "PER"},
			person: "Helen Featherstone", alone: "Nell"},
		{name: "a pet name of its own, close by",
			paras:  []string{"Sir Peregrine Attwell is locked in a row with his neighbour.", "The author, 74, has lived in the hamlet since 1980.", "'Perry has been complaining about that hedge for years,' the neighbour says."},
			tagged: map[string]string{"Peregrine Attwell": "PER", "Perry": "PER"},
			person: "Peregrine Attwell", alias: "Perry", missing: "Perry"},
		{name: "the honour's style with the full given name",
			paras:  []string{"Actress Maggie Fennimore has died aged 88.", "Dame Margaret, as she became in 2009, let every line show."},
			tagged: map[string]string{"Maggie Fennimore": "PER", "Margaret": "PER"},
			person: "Maggie Fennimore", alias: "Dame Margaret", missing: "Dame Margaret"},
		{name: "a clergy title with the given name",
			paras:  []string{"Canon Margaret Ibbotson has taken her final service.", "The congregation presented Canon Margaret with a quilt."},
			tagged: map[string]string{"Margaret Ibbotson": "PER", "Margaret": "PER"},
			person: "Margaret Ibbotson", alias: "Canon Margaret", missing: "Margaret"},
		{name: "short form and surname",
			paras:  []string{"Henrietta Doyle won the final.", "Hen Doyle, as the crowd knows her, lifted the trophy."},
			tagged: map[string]string{"Henrietta Doyle": "PER", "Hen Doyle": "PER"},
			person: "Henrietta Doyle", alias: "Hen Doyle", missing: "Hen Doyle"},
		{name: "a double-barrelled surname's first part",
			paras:  []string{"Pop star Bee Lavelle is engaged.", "Lavelle, who was born Beatrix Lavelle-Moore in Stockport, posted a photograph.", "Lavelle and Otis Mbanefo will marry in Cornwall."},
			tagged: map[string]string{"Bee Lavelle": "PER", "Beatrix Lavelle-Moore": "PER", "Lavelle": "PER", "Otis Mbanefo": "PER"},
			person: "Beatrix Lavelle-Moore", alias: "Bee Lavelle", missing: "Lavelle"},
		{name: "a relative's given name",
			paras:  []string{"Her daughter, Charlene Kafoury, sobbed.", "'She was our mom,' said Charlie Kafoury, Charlene's brother."},
			tagged: map[string]string{"Charlene Kafoury": "PER", "Charlie Kafoury": "PER", "Charlene": "PER"},
			person: "Charlene Kafoury", alone: "Charlie Kafoury"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ExtractWith(paras(tt.paras...), fakeNER(tt.tagged))
			a := find(got, tt.person)
			if a == nil || a.Kind != Person {
				t.Fatalf("no person %q; got %s", tt.person, summary(got))
			}
			if tt.alias != "" && !slices.Contains(a.Aliases, tt.alias) {
				t.Errorf("%q not an alias of %q; got %s", tt.alias, tt.person, summary(got))
			}
			if tt.alone != "" {
				if b := find(got, tt.alone); b == nil || b.Kind != Person {
					t.Errorf("%q is no person of its own; got %s", tt.alone, summary(got))
				}
			}
			if tt.missing != "" && find(got, tt.missing) != nil {
				t.Errorf("%q stands alone; got %s", tt.missing, summary(got))
			}
		})
	}
}
