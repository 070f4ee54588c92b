package thread

import (
	"strings"
	"testing"
)

func TestSignsOff(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"Winifred Lusk, Bideford, Devon", true},
		{"Ossian Frake, Bampton", true},
		{"Cllr NORAH PENTREATH, Looe", true},
		{"The Rev EZRA MOSSOP, Leek, Staffs.", true},
		{"Ida and Bram Voller, Stratford-upon-Avon, Warwickshire", true},
		{"Dr Tamsin Quarrie, St Ives, Cornwall", true},
		{"Fenella O'Dowd, Robin Hood's Bay", true},
		// a sub-head, a byline, a dateline, a table row, a sentence
		{"Give the starlings a roof", false},
		{"By Osric Hale, Political Editor", false},
		{"PENZANCE, Cornwall", false},
		{"Northshire 412, Westmoor 398", false},
		{"Yes, Minister", false},
		{"Tally-ho, Pemberley", false},
		{"Winifred Lusk, who lives in Bideford, wrote to us.", false},
		{"Winifred Lusk, Bideford, Devon, Ossian Frake, Bampton", false},
	} {
		if got := signsOff(c.s); got != c.want {
			t.Errorf("signsOff(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

func TestSignOffClosesLetter(t *testing.T) {
	// a letters page: each letter ends with its sign-off, which belongs to
	// the letter before it, not to the next one
	units := []string{
		"Every spring the swifts come back to the eaves of our church, and every spring fewer of them find a gap to nest in since the roof was repaired.",
		"Winifred Lusk, Bideford, Devon",
		"The council has closed the last public toilet on our seafront, and visitors now knock on the doors of the cafes and the lifeboat station instead.",
		"Ossian Frake, Bampton",
	}
	ids := SegmentUnits(units, Options{})
	if ids[0] != ids[1] {
		t.Errorf("sign-off split from its letter: %v", ids)
	}
	if ids[2] != ids[3] {
		t.Errorf("second sign-off split from its letter: %v", ids)
	}
}

func TestSignOffLines(t *testing.T) {
	letters := []string{"The swifts are back.", "Winifred Lusk, Bideford, Devon", "The toilets are shut.", "Ossian Frake, Bampton"}
	if got := signOffLines(letters); got == nil || !got[1] || !got[3] || got[0] {
		t.Errorf("signOffLines(letters) = %v", got)
	}
	// a single such line is as often a match's venue before the line-ups
	venue := []string{"Ireland beat Wales in the rain.", "Lansdowne Road, Dublin", "Ireland: G Moran; S Hickey, B O'Dea."}
	if got := signOffLines(venue); got != nil {
		t.Errorf("signOffLines(venue) = %v, want nil", got)
	}
}

// TestHasSignOffBar checks the one-pass scan against the
// strings.ContainsAny it stands for, on plain, curly-quoted, other
// non-ASCII and broken UTF-8 text.
func TestHasSignOffBar(t *testing.T) {
	for _, s := range []string{
		"", "Winifred Lusk, Bideford, Devon", "Northshire 412, Westmoor 398",
		"Yes: Minister", "Who?", "(aside)", `He said "no"`, "it’s", "‘quoted’", "“Quoted”",
		"Ærø, Zürich", "em — dash", "\xe2\x80", "\xe2\x80\x9c", "x\xe2\x80\x9d", "\xe2\xe2\x80\x98",
		"\xff\xfe", "\xe2\x80\x99", "bullet • point", "Bexhill-on-Sea, E. Sussex.",
	} {
		if got, want := hasSignOffBar(s), strings.ContainsAny(s, "0123456789:;!?\"‘“”()"); got != want {
			t.Errorf("hasSignOffBar(%q) = %v, ContainsAny says %v", s, got, want)
		}
	}
}
