package actor

import "testing"

// TestFirmPluralAndOfPerson: a profession's plural before one name, and
// "of" after a person's full name, make the name a body's; a list of
// people after the plural, a place after "of" and a name a person
// speaks of ("of Novo's punishment") stay what they were.
func TestFirmPluralAndOfPerson(t *testing.T) {
	tagged := map[string]string{"Trevose Velby": "PER", "Bethany Quarrie": "PER", "Holt Garnett": "PER",
		"Ada Kell": "PER", "Tom Pryce": "PER", "Leeds": "LOC", "Alex Marr": "PER", "Ivo Novak": "PER", "Novak": "PER"}
	runKindRows(t, tagged, [][4]string{
		{"consultants before a firm", "The results were checked by consultants Trevose Velby last month.", "Trevose Velby", Org},
		{"auditors before a firm", "It has also gone after auditors Trevose Velby over the accounts.", "Trevose Velby", Org},
		{"lawyers listed", "The case was argued by lawyers Ada Kell and Tom Pryce for the family.", "Ada Kell", Person},
		{"of after an analyst", "Retail analyst Bethany Quarrie of Holt Garnett said the shops were wrong.", "Holt Garnett", Org},
		{"of a place", "Ada Kell of Leeds wrote to the paper on Monday.", "Leeds", Place},
		{"of a person spoken of", "Ivo Novak was banned. \"It is harsh,\" said manager Alex Marr of Novak's punishment.", "Ivo Novak", Person},
	})
}

// TestFirmPluralApposed: one name in apposition after "the" and a plural
// profession is the firm ("The letting agents, Corran Dale, said"); a
// partitive ("one of their lawyers, Ada Kell,") and a list name people,
// and "pollsters" right before a name is a firm's trade.
func TestFirmPluralApposed(t *testing.T) {
	tagged := map[string]string{"Corran Dale": "PER", "Ada Kell": "PER", "Tom Pryce": "PER", "Haldane Brook": "PER", "Ivo Marsh": "PER"}
	runNameRules(t, []nameRuleCase{{
		name: "the agents, firm", text: []string{"The letting agents, Corran Dale, said the flat had been let within a day to Ivo Marsh."}, tagged: tagged,
		want: map[string]string{"Corran Dale": Org, "Ivo Marsh": Person},
	}, {
		name: "pollsters firm", text: []string{"The survey, by pollsters Haldane Brook, puts Ivo Marsh ahead."}, tagged: tagged,
		want: map[string]string{"Haldane Brook": Org, "Ivo Marsh": Person},
	}, {
		name: "one of their lawyers", text: []string{"'We will appeal,' said one of their lawyers, Ada Kell."}, tagged: tagged,
		want: map[string]string{"Ada Kell": Person},
	}, {
		name: "two lawyers", text: []string{"The lawyers, Ada Kell and Tom Pryce, said nothing."}, tagged: tagged,
		want: map[string]string{"Ada Kell": Person, "Tom Pryce": Person},
	}, {
		name: "two lawyers, serial comma", text: []string{"The lawyers, Ada Kell, and Tom Pryce, said nothing."}, tagged: tagged,
		want: map[string]string{"Ada Kell": Person, "Tom Pryce": Person},
	}})
}
