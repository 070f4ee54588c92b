package actor

import "testing"

// TestPeopleList: a one-word name read as a place among two people's
// full names or more is a person, unless the list holds a sure place,
// the name is used as a place in the story, or it only qualifies a noun.
func TestPeopleList(t *testing.T) {
	stubKnownTypes(t, map[string][]string{"Tarnby": {"LOC"}})
	tagged := map[string]string{"Orrina": "LOC", "Ada Kell": "PER", "Tomas Reyne": "PER", "Tarnby": "LOC", "Corvane": "LOC"}
	c := func(name string, text []string, actor, want string) nameRuleCase {
		return nameRuleCase{name: name, text: text, tagged: tagged, want: map[string]string{actor: want}}
	}
	runNameRules(t, []nameRuleCase{
		c("a singer among people", []string{"Orrina, Ada Kell and Tomas Reyne are among the stars who have copied her look."}, "Orrina", Person),
		c("a sure place in the list", []string{"Orrina, Tarnby, Ada Kell and Tomas Reyne were named in the report."}, "Orrina", Place),
		c("used as a place elsewhere", []string{"Orrina, Ada Kell and Tomas Reyne were named.", "The family has lived in Orrina since May."}, "Orrina", Place),
		c("a name qualifying a noun", []string{"Ada Kell and Tomas Reyne, and Corvane managers were charged."}, "Corvane", Place),
	})
}

// TestFirmList: a one-word name read as a place in a list with two
// bodies or more is a body, unless a person is listed or the bodies are places
// the gazetteer knows.
func TestFirmList(t *testing.T) {
	stubKnownTypes(t, map[string][]string{"Tarnby": {"LOC"}})
	tagged := map[string]string{"Orrina": "LOC", "Corvane Mobile": "ORG", "Brightwater": "ORG", "Tarnby": "ORG", "Ada Kell": "PER"}
	c := oneKindCase(tagged, "Orrina")
	runNameRules(t, []nameRuleCase{
		c("firms among firms", "The software is licensed by Corvane Mobile, Brightwater and Orrina.", Org),
		c("a person in the list", "The award went to Ada Kell, Corvane Mobile, Brightwater and Orrina.", Place),
		c("bodies the gazetteer knows as places", "Riots spread to Tarnby, Brightwater and Orrina.", Place),
	})
}
