package actor

import "testing"

// TestJudgeTitle checks that a judge named by the title and a surname
// alone keeps the title in the name ("Mr Justice Pellow"), while a judge
// with a given name is named without it.
func TestJudgeTitle(t *testing.T) {
	tagged := map[string]string{"Justice Pellow": "PER", "Pellow": "PER", "Justice Orme": "PER",
		"Justice Quarry": "PER", "Justice Ines Varga": "PER", "Dorian Sleet": "PER", "Sleet": "PER"}
	runKindRows(t, tagged, [][4]string{
		{"Mr Justice and a surname", "Jailing Dorian Sleet, 29, Mr Justice Pellow said he had shown no remorse. Sleet wept.", "Mr Justice Pellow", Person},
		{"Mrs Justice and a surname", "Mrs Justice Orme told the jury to ignore the outburst.", "Mrs Justice Orme", Person},
		{"Lord Justice and a surname", "Lord Justice Quarry, sitting with two other judges, dismissed the appeal.", "Lord Justice Quarry", Person},
		{"a given name drops the title", "Mrs Justice Ines Varga granted the injunction on Friday.", "Ines Varga", Person},
		{"the bare surname is an alias", "Mr Justice Pellow adjourned the case. Pellow said the jury would return.", "Mr Justice Pellow", Person},
	})
}
