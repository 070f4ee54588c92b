package actor

import (
	"slices"
	"testing"
)

// TestBornName checks that a name after ", born" is the name the person
// named just before was born with: an alias, not another person, and
// not the canonical name unless the person is otherwise known only by a
// title of place.
func TestBornName(t *testing.T) {
	for _, tt := range []struct {
		name, person, alias string
		text                []string
	}{
		{"a singer's stage name", "Lottie Quell", "Charlotte Vellacott", []string{"The sound did not cut out for Lottie Quell, which was lucky. The Corran singer, born Charlotte Vellacott, has a voice that quiets a tent."}},
		{"a duchess", "Harriet Vellacott-Lowe", "Duchess of Quenby", []string{"The Duchess of Quenby has fallen out with her neighbours.", "The birds were rehomed after the duchess, born Harriet Vellacott-Lowe, complained."}},
		{"born opening a sentence", "Agnes Tullow", "Maura Quenby", []string{"Sister Agnes Tullow, who taught prisoners to read for 38 years, has died aged 91.", "Born Maura Quenby in Velby, she entered the convent at 18."}},
		{"a peer's name before", "Ivo Marsh", "Lord Tarrowby", []string{"The Lords heard a new voice.", "Lord Tarrowby, who as Ivo Marsh ran a chain of bakeries, spoke on trade."}},
		{"a nickname after known to", "Jonah Pellow", "Little Jonah", []string{"The boat was coxed by Jonah Pellow, known to everyone at the club as Little Jonah, who is 17."}},
		{"a nickname of three words", "Ivo Marsh", "Ivo the Lip", []string{"The boxer Ivo Marsh, known throughout the sport as Ivo the Lip, arrived on a camel."}},
		{"known as opening the sentence", "Dafydd Prosser", "Biker Vicar", []string{"For 32 years the Rev Canon Dafydd Prosser rode a motorcycle between the hill churches of his parish.", "Known to parishioners as the Biker Vicar, he conducted more than 1,000 weddings."}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := Extract(paras(tt.text...))
			a := mustPerson(t, got, tt.person)
			if !slices.Contains(a.Aliases, tt.alias) {
				t.Errorf("%q not an alias of %q: %s", tt.alias, tt.person, summary(got))
			}
			if n := len(slices.DeleteFunc(slices.Clone(got), func(a Actor) bool { return a.Kind != Person })); n != 1 {
				t.Errorf("%d people, want 1: %s", n, summary(got))
			}
		})
	}
}

// TestWhichAfterObject checks that "which" after a person's name that is
// no subject of its clause speaks of the noun before it, and that a make
// owned after a possessive is no person alone.
func TestWhichAfterObject(t *testing.T) {
	runNameRules(t, []nameRuleCase{{
		name:   "a play by a playwright",
		text:   []string{"To the Minerva Theatre for a new play by Oren Quillet, which is two hours long."},
		tagged: map[string]string{"Minerva Theatre": "LOC", "Oren Quillet": "PER"},
		want:   map[string]string{"Oren Quillet": Person},
	}, {
		name:   "the subject keeps the body",
		text:   []string{"Tobin Ashgrove, which makes rope, said sales rose."},
		tagged: map[string]string{"Tobin Ashgrove": "PER"},
		want:   map[string]string{"Tobin Ashgrove": Org},
	}, {
		name:   "a make owned",
		text:   []string{"The house comes with Haddow's old Velmo Minor, which Mark has restored."},
		tagged: map[string]string{"Haddow": "PER", "Velmo Minor": "PER", "Mark": "PER"},
		want:   map[string]string{"Velmo Minor": Org},
	}})
}

// TestKnownOpeningNamesAfter: "Known as X," opening a sentence with the
// bearer named after it is no other name of the person named before.
func TestKnownOpeningNamesAfter(t *testing.T) {
	got := Extract(paras("Ivo Marsh opened the debate.", "Known as the Iron Lady, Ada Kell never wavered."))
	if a := mustPerson(t, got, "Ivo Marsh"); slices.Contains(a.Aliases, "the Iron Lady") || slices.Contains(a.Aliases, "Iron Lady") {
		t.Errorf("the Iron Lady joined Ivo Marsh: %s", summary(got))
	}
}
