package actor

import "testing"

// TestPartOwner: a name owning a part's description after a cue of
// acting is a part in the same work ("joins the cast as Lady Ivy Marsh's
// scheming cousin, Hortense"; "is superb as Bertie's brother Cyril"),
// unless the story names a real person so (in full, with an age).
func TestPartOwner(t *testing.T) {
	tagged := map[string]string{"Ada Kell": "PER", "Ivy Marsh": "PER", "Hortense": "PER", "Ivo Marsh": "PER", "Bertie": "PER", "Cyril": "PER", "Bertie Quill": "PER"}
	runNameRules(t, []nameRuleCase{
		{name: "a cousin's owner", tagged: tagged,
			text: []string{"Newcomer Ada Kell joins the cast as Lady Ivy Marsh's scheming cousin, Hortense, who arrives with a secret."},
			want: map[string]string{"Lady Ivy Marsh": Other, "Ada Kell": Person}},
		{name: "praise", tagged: tagged,
			text: []string{"Ivo Marsh is superb as Bertie's brother Cyril, who spends the evening bribing the parrot."},
			want: map[string]string{"Bertie": Other, "Ivo Marsh": Person}},
		{name: "a real person played", tagged: tagged,
			text: []string{"Bertie Quill, 54, wrote the memoir the film is based on.", "Ivo Marsh is superb as Bertie's brother Cyril, who spends the evening bribing the parrot."},
			want: map[string]string{"Bertie Quill": Person}},
	})
}
