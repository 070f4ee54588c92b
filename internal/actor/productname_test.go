package actor

import "testing"

// TestThingShapedNames: a model's code, a sequel's number after a word
// that is no given name and a song's greeting make a thing; a monarch's
// or a person's number after a given name stays a person.
func TestThingShapedNames(t *testing.T) {
	runNameRules(t, []nameRuleCase{
		taggedCase(map[string]string{"Velco QX-12": "PER"}, "a model's code", "The Velco QX-12 was the first camera to store pictures.", "Velco QX-12", Other),
		taggedCase(map[string]string{"Gloom III": "PER"}, "a sequel's number", "Fans queued overnight for Gloom III in Leeds.", "Gloom III", Other),
		taggedCase(map[string]string{"Hey Mara": "PER"}, "a song's greeting", "The band closed the night with Hey Mara, their first hit.", "Hey Mara", Other),
		taggedCase(map[string]string{"Andre Velcott III": "PER"}, "a person's number", "Andre Velcott III scored the winning try.", "Andre Velcott III", Person),
		taggedCase(map[string]string{"Tarrow Four": "PER"}, "a group counted in words", "The Tarrow Four were freed on appeal in 1989.", "Tarrow Four", Other),
		taggedCase(map[string]string{"Henk Ten Velde": "PER"}, "a particle like a number", "Henk Ten Velde was named coach.", "Henk Ten Velde", Person),
	})
	for _, c := range []struct {
		words []string
		want  bool
	}{
		{[]string{"Edward", "III"}, false},
		{[]string{"Hartz", "IV"}, true},
		{[]string{"Ada", "Kell"}, false},
		{[]string{"X505"}, true},
		{[]string{"Six", "Nations"}, true},
		{[]string{"Velco", "Twenty-two"}, true},
	} {
		if got := thingShaped(c.words); got != c.want {
			t.Errorf("thingShaped(%v) = %v, want %v", c.words, got, c.want)
		}
	}
}
