package actor

import "testing"

// TestGerundOpener: a participle opening the sentence before a surname
// and a comma is no given name; the surname is the person named in full
// elsewhere. A given name in "-ing" and a capitalised word of a place's
// name stay.
func TestGerundOpener(t *testing.T) {
	runNameRules(t, []nameRuleCase{
		{name: "sentencing",
			text:   []string{"Royston Quarle, 58, took £40,000 from a neighbour.", "Sentencing Quarle, Judge Ada Kell said he had taken her savings."},
			tagged: map[string]string{"Royston Quarle": "PER", "Sentencing Quarle": "PER", "Ada Kell": "PER"},
			want:   map[string]string{"Royston Quarle": Person, "Ada Kell": Person}, absent: []string{"Sentencing Quarle"}},
		{name: "thanking, made from a verb",
			text:   []string{"Ivo Tallis won the race.", "Thanking Tallis, the organisers said the day was a success."},
			tagged: map[string]string{"Ivo Tallis": "PER", "Thanking Tallis": "PER"},
			want:   map[string]string{"Ivo Tallis": Person}, absent: []string{"Thanking Tallis"}},
		{name: "a given name",
			text:   []string{"Irving Tallis, 40, won the race."},
			tagged: map[string]string{"Irving Tallis": "PER"},
			want:   map[string]string{"Irving Tallis": Person}},
	})
}
