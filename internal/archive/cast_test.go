package archive

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/actor"
)

func TestPickAndNameHead(t *testing.T) {
	tests := []struct {
		name  string
		cands []castName
		want  string // "" when nothing is picked
	}{
		{"one", []castName{{key: "person:odile brannagh", votes: 1}}, "person:odile brannagh"},
		{"variants of one name, the most named", []castName{{key: "person:odile brannagh", votes: 2}, {key: "person:odile m brannagh", votes: 5}}, "person:odile m brannagh"},
		{"two people", []castName{{key: "person:odile brannagh", votes: 4}, {key: "person:tomas brannagh", votes: 1}}, ""},
		{"none", nil, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, ok := pick(tc.cands)
			if got := c.key; !ok && got != "" || ok && got != tc.want || !ok && tc.want != "" {
				t.Fatalf("pick = %q, %v; want %q", got, ok, tc.want)
			}
		})
	}
	heads := []struct {
		full  string
		short int
		want  bool
	}{
		{"Harbourside Gulls", 1, true},
		{"Department of Harbours", 1, true},
		{"All Gulls", 1, false},
		{"Both Gulls", 1, false},
		{"TV Gulls", 1, false},
		{"Gulls", 1, false},
	}
	for name, want := range map[string]bool{"Odile Brannagh": true, "Prince William": true, "Man To Man": false, "odile brannagh": false} {
		if got := personWords(name); got != want {
			t.Errorf("personWords(%q) = %v, want %v", name, got, want)
		}
	}
	for _, h := range heads {
		if got := nameHead(h.full, h.short); got != h.want {
			t.Errorf("nameHead(%q, %d) = %v, want %v", h.full, h.short, got, h.want)
		}
	}
}

func TestCandidates(t *testing.T) {
	votes := map[string]int{
		"person:odile brannagh":    3,
		"org:harbourside gulls":    2,
		"place:gulls":              1, // a minority reading: no veto
		"org:weston quay gulls":    1, // named once: no evidence
		"place:kestrel":            2,
		"org:kestrel anglers club": 2,
		"org:port of kestrel":      2,
	}
	tests := []struct {
		ac   actor.Actor
		want []string
	}{
		{actor.Actor{Name: "Brannagh", Kind: actor.Person}, []string{"person:odile brannagh"}},
		{actor.Actor{Name: "Gulls", Kind: actor.Other}, []string{"org:harbourside gulls"}},
		{actor.Actor{Name: "Gulls", Kind: actor.Person}, nil},
		// A surname read as a body's is the storyline's person.
		{actor.Actor{Name: "Brannagh", Kind: actor.Org}, []string{"person:odile brannagh"}},
		// Not when a place reading is at least as common in the storyline.
		{actor.Actor{Name: "Kestrel", Kind: actor.Org}, nil},
		// Too long a name for one word of it to stand for.
		{actor.Actor{Name: "Rights", Kind: actor.Org}, nil},
		// The storyline has Kestrel as a place: no organisation's name.
		{actor.Actor{Name: "Kestrel", Kind: actor.Org}, nil},
	}
	for _, tc := range tests {
		var got []string
		for _, c := range candidates(tc.ac, votes) {
			got = append(got, c.key)
		}
		if strings.Join(got, ",") != strings.Join(tc.want, ",") {
			t.Errorf("candidates(%s %q) = %v, want %v", tc.ac.Kind, tc.ac.Name, got, tc.want)
		}
	}
}

// TestShortNamesTakeTheStorylinesFullName imports three reports of one
// invented matter; the third names the manager and the club only by their
// short names, and its actors are shown under the full ones.
func TestShortNamesTakeTheStorylinesFullName(t *testing.T) {
	a, dir := openTemp(t)
	in := filepath.Join(dir, "in.jsonl")
	body := func(manager, club string) string {
		return `"The football club ` + club + ` sacked its manager, ` + manager + `, on Monday after the harbour derby defeat left the club bottom of the coastal league. ` +
			`The board met at the harbour ground and said the derby defeat, a fifth in a row, had made the decision unavoidable.\n\n` +
			manager + ` said he was disappointed by the sacking but thanked the supporters of the harbour club for their loyalty during a difficult coastal league season. ` +
			`Fans gathered outside the ground after the derby defeat to protest at the board's handling of the sacking."`
	}
	writeInput(t, in, strings.Join([]string{
		`{"id":"1","title":"Harbourside Gulls sack manager Odile Brannagh after derby defeat","body":` + body("Odile Brannagh", "Harbourside Gulls") + `,"date":"2026-03-02"}`,
		`{"id":"2","title":"Odile Brannagh sacked by Harbourside Gulls","body":` + body("Odile Brannagh", "Harbourside Gulls") + ` ,"date":"2026-03-02"}`,
		`{"id":"3","title":"Brannagh out as Gulls lose derby","body":` + body("Brannagh", "Gulls") + `,"date":"2026-03-03"}`,
	}, "\n")+"\n")
	ctx := context.Background()
	if _, err := a.Import(ctx, []string{in}, ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	var third string
	if err := a.EachStory(func(id, ext, arc string) {
		if ext == "3" {
			third = id
		}
	}); err != nil {
		t.Fatal(err)
	}
	actors, err := a.StoryActors(ctx, third)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]Actor{}
	for _, ac := range actors {
		got[ac.Written] = ac
	}
	if m := got["Brannagh"]; m.Name != "Odile Brannagh" || m.ID != "odile-brannagh" || m.Kind != actor.Person {
		t.Errorf("Brannagh shown as %+v, want Odile Brannagh (actors %+v)", m, actors)
	}
	if c := got["Gulls"]; c.Name != "Harbourside Gulls" || c.Kind != actor.Org {
		t.Errorf("Gulls shown as %+v, want the org Harbourside Gulls (actors %+v)", c, actors)
	}
}
