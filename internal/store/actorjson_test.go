package store

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/storyline/storyline/internal/actor"
)

// jsonActors decodes an actor list with encoding/json, as StoryActors does.
func jsonActors(b []byte) ([]actor.Actor, error) {
	var as []actor.Actor
	err := json.Unmarshal(b, &as)
	for i := range as {
		as[i].Paragraphs = nil
	}
	return as, err
}

// checkParse fails when parseActors takes b and gives other actors than
// encoding/json (or takes what encoding/json refuses).
func checkParse(t *testing.T, b []byte) (taken bool) {
	t.Helper()
	got, ok := parseActors(b)
	if !ok {
		return false
	}
	want, err := jsonActors(b)
	if err != nil {
		t.Fatalf("parseActors took %q, which encoding/json refuses: %v", b, err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("parseActors(%q)\n = %#v\nwant %#v", b, got, want)
	}
	return true
}

var actorJSONSeeds = []string{
	`null`,
	`[]`,
	`[{"name":"Ada Kell","kind":"person","roles":["Health Secretary"],"aliases":null,"affiliation":"Labour","mentions":3,"paragraphs":[0,2]}]`,
	`[{"name":"A \"quoted\" name \u00e9\\","kind":"org","roles":[],"aliases":["x","y"],"mentions":-1,"paragraphs":null},{"name":"B","kind":"place","roles":null,"aliases":[],"mentions":0,"paragraphs":[]}]`,
	`[{"name":"Ada","kind":"person","roles":null,"aliases":null,"mentions":1,"paragraphs":[1],"evidence":{"rule":["a",1.5e3,true,null]}}]`,
	`[{"Name":"upper-case key","kind":"person","mentions":1}]`,
	`[{"name":"bad utf8 \xff","kind":"person","mentions":1}]`,
	`[{"name":"fraction","kind":"person","mentions":1.0}]`,
	`[{"name":"ws", "kind":"person","mentions":1}]`,
	`[{"name":"dup","name":"last","kind":"person","mentions":1,"mentions":2}]`,
	`[{"name":"ctl` + "\x01" + `","kind":"person","mentions":1}]`,
	`[{"name":"x","kind":"person","mentions":01}]`,
	`[{"name":"x","kind":"person","mentions":99999999999999999999}]`,
	`[{"name":"x"}`,
	`[{"name":"x"}]]`,
}

// The parser gives encoding/json's answer whenever it answers, and
// answers for what json.Marshal writes.
func TestParseActors(t *testing.T) {
	for _, s := range actorJSONSeeds {
		checkParse(t, []byte(s))
	}
	marshalled := []actor.Actor{
		{Name: "Ada Kell", Kind: actor.Person, Roles: []string{"MP"}, Aliases: []string{`Ms "Kell"`, "Dame Ada <Kell> & co"}, Affiliation: "Labour", Mentions: 4, Paragraphs: []int{0, 3}},
		{Name: "Tromsø \u2028 line", Kind: actor.Place, Mentions: 1},
		{Name: "Harvest Foods", Kind: actor.Org, Roles: []string{}, Aliases: []string{}},
	}
	for n := 0; n <= len(marshalled); n++ {
		b, err := json.Marshal(marshalled[:n])
		if err != nil {
			t.Fatal(err)
		}
		if !checkParse(t, b) {
			t.Errorf("parseActors gave up on json.Marshal's %s", b)
		}
	}
}

func FuzzParseActors(f *testing.F) {
	for _, s := range actorJSONSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) { checkParse(t, b) })
}
