package actor

import "testing"

// TestGerundTitles: a name opening with a capitalised participle inside
// a sentence is a title or an event, kind other; a given name in "-ing",
// a name opening its sentence and a band's plural name are left alone.
func TestGerundTitles(t *testing.T) {
	runNameRules(t, []nameRuleCase{
		taggedCase(map[string]string{"Finding Velmo": "PER"}, "a film", "The Aviator and Finding Velmo led the nominations.", "Finding Velmo", Other),
		taggedCase(map[string]string{"Being Ada": "PER"}, "a film after a given name", "She won best actress for her role in Being Ada on Sunday.", "Being Ada", Other),
		taggedCase(map[string]string{"Boxing Day": "PER"}, "an event", "Corran host Tarrow in the Boxing Day fixtures.", "Boxing Day", Other),
		taggedCase(map[string]string{"Irving Kell": "PER"}, "a given name", "The award went to Irving Kell on Sunday.", "Irving Kell", Person),
	})
}
