package actor

import "testing"

// TestBritishPlaceName: an English county or a central London district
// the tagger read as a person's name, written bare, is a place; with a
// title, or as the surname of a person of the story, it stays a person's.
func TestBritishPlaceName(t *testing.T) {
	cases := []struct {
		name, text string
		tagged     map[string]string
		actor      string
		kind       string
	}{
		{"a county in a list", "Wet weather hit caravan sites in Cornwall and Devon, said Pell Leisure.",
			map[string]string{"Cornwall": "LOC", "Devon": "PER", "Pell Leisure": "ORG"}, "Devon", Place},
		{"a district after of", "Jago Treen has left the nightclubs of Mayfair for a farm.",
			map[string]string{"Jago Treen": "PER", "Mayfair": "PER"}, "Mayfair", Place},
		{"a district as a modifier", "The couple are selling their Notting Hill townhouse for £4million.",
			map[string]string{"Notting Hill": "PER"}, "Notting Hill", Place},
		{"a park as an object", "The band once headlined Hyde Park in the rain.",
			map[string]string{"Hyde Park": "PER"}, "Hyde Park", Place},
		{"a surname of the story", "Jago Somerset, 40, was fined. Somerset said he would appeal.",
			map[string]string{"Jago Somerset": "PER", "Somerset": "PER"}, "Jago Somerset", Person},
		{"Parliament by its place", "Ministers will allow Westminster to legislate on casinos, said Ailsa Brodie.",
			map[string]string{"Westminster": "PER", "Ailsa Brodie": "PER"}, "Westminster", Place},
		{"the civil service by its street", "The plan was handled by Whitehall, said Ailsa Brodie.",
			map[string]string{"Whitehall": "PER", "Ailsa Brodie": "PER"}, "Whitehall", Place},
		{"a programme opening with a district", "He told the Westminster Hour he would stand.",
			map[string]string{"Westminster Hour": "PER"}, "Westminster Hour", Place},
		{"with a title", "Mr Devon said the farm would close.",
			map[string]string{"Mr Devon": "PER"}, "Devon", Person},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := ExtractWith(paras(c.text), fakeNER(c.tagged))
			if k := kindOf(got, c.actor); k != c.kind {
				t.Errorf("%q is %q, want %q; got %s", c.actor, k, c.kind, summary(got))
			}
		})
	}
}
