package actor

import "testing"

// TestMakerModels: a maker of cars or devices before a word that is no
// given name names a model, kind other; the maker's bodies and a
// person's name after a maker's word stay what they are.
func TestMakerModels(t *testing.T) {
	runNameRules(t, []nameRuleCase{
		taggedCase(map[string]string{"Toyota Hilux": "PER"}, "a car", "Police found a stolen Toyota Hilux near the quarry.", "Toyota Hilux", Other),
		taggedCase(map[string]string{"Subaru Foresters": "PER"}, "cars in the plural", "The firm is recalling 4,000 Subaru Foresters over a fuel leak.", "Subaru Foresters", Other),
		taggedCase(map[string]string{"Casio Calcumate": "PER"}, "a device", "The Casio Calcumate sold a million in its first year.", "Casio Calcumate", Other),
		taggedCase(map[string]string{"Toyota Motors": "ORG"}, "the maker's body", "Toyota Motors said sales rose.", "Toyota Motors", Org),
		taggedCase(map[string]string{"Toyota Corp": "ORG"}, "the maker as a firm", "Toyota Corp said sales rose.", "Toyota Corp", Org),
	})
	for _, c := range []struct {
		words []string
		want  bool
	}{
		{[]string{"Honda", "Civic"}, true},
		{[]string{"Honda", "Hiroshi"}, false}, // a given name after the maker's word
		{[]string{"Ada", "Kell"}, false},
		{[]string{"Sony", "Pictures"}, false},
		{[]string{"Nissan"}, false},
	} {
		if got := makerModel(c.words); got != c.want {
			t.Errorf("makerModel(%v) = %v, want %v", c.words, got, c.want)
		}
	}
}
