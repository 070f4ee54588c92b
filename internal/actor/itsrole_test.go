package actor

import "testing"

// TestItsRoleApposed checks that "its" opening an apposition of a role
// held in a body is no evidence that the name before it is the body,
// while "its" later in the name's clause still is.
func TestItsRoleApposed(t *testing.T) {
	fakeLexicon(t)
	tagged := map[string]string{"Environment Office": "ORG", "Hannah Tarrow": "PER", "Velmo Kestrel": "PER"}
	runKindRows(t, tagged, [][4]string{
		{"a role in apposition", "The Environment Office issued warnings. Hannah Tarrow, its duty manager for floods, said: 'Do not drive.'", "Hannah Tarrow", Person},
		{"its in the clause", "Velmo Kestrel raised its dividend by a third after a strong year of sales.", "Velmo Kestrel", Org},
	})
}
