package actor

import "testing"

// TestBrandInPossessive: a brand named in the possessive in the list of
// what a firm makes is no person; "makes" before a person's possessive
// and a noun that goes on ("makes Ada's job easier") leaves the person.
func TestBrandInPossessive(t *testing.T) {
	runNameRules(t, []nameRuleCase{
		taggedCase(map[string]string{"Elsie": "PER"}, "a brand in the possessive", "The group, which makes Elsie's gin and Corran Vale cider, said volumes fell.", "Elsie", Other),
		taggedCase(map[string]string{"Ada Kell": "PER"}, "a causative make", "The new rota, which makes Ada Kell's job easier, starts on Monday.", "Ada Kell", Person),
	})
}
