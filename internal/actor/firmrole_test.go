package actor

import "testing"

// TestFirmRoleOf checks that the name after a firm's office and "of",
// with the holder named after a comma, is the firm, while the holder
// and a name after another office stay people.
func TestFirmRoleOf(t *testing.T) {
	fakeLexicon(t)
	tagged := map[string]string{"Tarrow Water": "PER", "Ada Kell": "PER", "Ivo Marsh": "PER"}
	runKindRows(t, tagged, [][4]string{
		{"a chief executive's firm", "Over at the committee, the chief executive of Tarrow Water, Ada Kell, is being asked about spills.", "Tarrow Water", Org},
		{"the holder", "Over at the committee, the chief executive of Tarrow Water, Ada Kell, is being asked about spills.", "Ada Kell", Person},
		{"a daughter of a person", "The daughter of Ivo Marsh, Ada Kell, spoke at the inquest.", "Ivo Marsh", Person},
	})
}
