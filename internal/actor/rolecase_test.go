package actor

import "testing"

// A role opening a sentence keeps its first capital only when the role is
// written as a title throughout.
func TestRoleSentenceCase(t *testing.T) {
	tests := []struct{ text, name, role string }{
		{"Former Labour leader Neil Kennet said it was a mistake.", "Neil Kennet", "former Labour leader"},
		{"Then deputy party chairman Hugh Frean was reported to have said so.", "Hugh Frean", "then deputy party chairman"},
		{"Actor Tom Hale arrived late.", "Tom Hale", "Actor"},
		{"Former minister Tom Hale arrived late.", "Tom Hale", "former minister"},
		{"Chief executive Ann Sowerby resigned.", "Ann Sowerby", "chief executive"},
		{"Chief Executive Bob Jarman resigned.", "Bob Jarman", "Chief Executive"},
		{"Former Prime Minister John Maylor spoke.", "John Maylor", "former Prime Minister"},
		{"Prime Minister Toby Blane spoke.", "Toby Blane", "Prime Minister"},
		{"Chancellor of the Exchequer Ravi Shenoy spoke.", "Ravi Shenoy", "Chancellor of the Exchequer"},
		{"Labour MP Ann Keel spoke.", "Ann Keel", "Labour MP"},
		{"Home Affairs spokesman Mark Oat said no.", "Mark Oat", "Home Affairs spokesman"},
		{"Shadow home secretary Dai Davis said no.", "Dai Davis", "shadow home secretary"},
		{"Ex-boss Sam Allery spoke.", "Sam Allery", "ex-boss"},
		{"Shadow Chancellor Oliver Lettis spoke.", "Oliver Lettis", "Shadow Chancellor"},
		{"Yesterday the chief executive, Ann Sowerby, resigned. Former chief executive Dan Pell said so.", "Dan Pell", "former chief executive"},
		{"He met Former Chairman Dan Pell.", "Dan Pell", "Former Chairman"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			got := ExtractWith(paras(tc.text), fakeNER(map[string]string{tc.name: "PER"}))
			a := mustPerson(t, got, tc.name)
			if !has(a.Roles, tc.role) {
				t.Errorf("roles %q, want %q", a.Roles, tc.role)
			}
		})
	}
}
