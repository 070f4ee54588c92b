package actor

import (
	"slices"
	"testing"
)

// TestUnheldRoles checks that a role written before a name as an office
// to come, or before a speaker's next clause, is not the person's role,
// while a held one stays.
func TestUnheldRoles(t *testing.T) {
	tests := []struct {
		para, person, role string
		want               bool
	}{
		{"Labour's would-be prime minister Ivo Marsh spoke.", "Ivo Marsh", "prime minister", false},
		{"The party's next leader Ivo Marsh spoke.", "Ivo Marsh", "leader", false},
		{"There is talk of how good a prime minister Ivo Marsh will make.", "Ivo Marsh", "prime minister", false},
		{"Asked whether he trusted the prime minister, Mr Marsh replied that he did.", "Marsh", "prime minister", false},
		{"Deputy leader Ivo Marsh spoke.", "Ivo Marsh", "deputy leader", true},
		{"Next chief executive Ivo Marsh said sales rose.", "Ivo Marsh", "chief executive", true},
		{"The prime minister, Ivo Marsh, said no.", "Ivo Marsh", "prime minister", true},
	}
	for _, tt := range tests {
		got := ExtractWith(paras(tt.para), fakeNER(map[string]string{tt.person: "PER", "Labour": "ORG", "Next": "ORG"}))
		var roles []string
		for _, a := range got {
			if a.Kind == Person {
				roles = append(roles, a.Roles...)
			}
		}
		if has := slices.Contains(roles, tt.role); has != tt.want {
			t.Errorf("%q: role %q %v, want %v; roles %v", tt.para, tt.role, has, tt.want, roles)
		}
	}
}
