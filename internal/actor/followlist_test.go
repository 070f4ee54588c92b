package actor

import "testing"

// TestFollowedList: whom a novel follows may be listed with "and" after
// a comma, each with a description opened by an article, an -ing or -ed
// word among it, or two names joined by "and" after one description; a
// real person after "and" with no article, and what a
// verb in -ed reports, stay people.
func TestFollowedList(t *testing.T) {
	runNameRules(t, []nameRuleCase{
		{name: "a second described character", text: []string{"Maria Jensen's Lamplight follows a ferry captain, Ivo Tarrant, and a dying passenger, Mr Quillon, who asks to be read the tide tables. It is her first novel."},
			want: map[string]string{"Mr Quillon": Other, "Maria Jensen": Person}},
		{name: "two named with and", tagged: map[string]string{"Lamorna Vell": "PER", "Ada": "PER", "Wenna Kell": "PER"},
			text: []string{"Lamorna Vell's third novel is set on a lighthouse in 1953 and follows two sisters, Ada and Wenna Kell, who keep the light burning."},
			want: map[string]string{"Wenna Kell": Other, "Lamorna Vell": Person}},
		{name: "a person after and with no article", text: []string{"The novel follows a ferry captain, and Tom Reeve, who wrote it, spent a year at sea."},
			want: map[string]string{"Tom Reeve": Person}},
	})
}
