package versions

import (
	"fmt"
	"slices"
	"testing"
)

func TestIndexCandidates(t *testing.T) {
	// Stories a..d: b repeats a's text with a few words changed, c is
	// unrelated, d is a's text again.
	texts := map[string]string{
		"a": words(0, 300),
		"b": words(0, 280) + words(5000, 20),
		"c": words(1000, 300),
		"d": words(0, 300),
	}
	var x Index
	for _, id := range []string{"a", "b", "c", "d"} {
		x.Add(id, 0, Of([]string{texts[id]}))
	}
	tests := []struct {
		name, text, skip string
		want             []string
	}{
		{"a text finds its versions", texts["a"], "", []string{"a", "b", "d"}},
		{"itself is skipped", texts["a"], "a", []string{"b", "d"}},
		{"an unrelated text finds none", words(9000, 300), "", []string{}},
		{"the unrelated one finds itself only", texts["c"], "", []string{"c"}},
		{"an empty text finds none", "", "", []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := candidateIDs(x.Candidates(Of([]string{tt.text}), tt.skip))
			if !slices.Equal(got, tt.want) {
				t.Errorf("Candidates = %q, want %q", got, tt.want)
			}
		})
	}
	if x.Len() != 4 {
		t.Errorf("Len = %d, want 4", x.Len())
	}
}

// TestIndexCommonHashes checks that a hash held by MaxPosting stories is
// passed over and not filed under again, so one common text cannot make
// every look-up and the index grow with the archive.
func TestIndexCommonHashes(t *testing.T) {
	var x Index
	sk := Of([]string{words(0, 300)})
	for i := range MaxPosting - 1 {
		x.Add(fmt.Sprint("copy", i), 0, sk)
	}
	if got := len(x.Candidates(sk, "")); got != MaxPosting-1 {
		t.Fatalf("%d candidates below the cap, want %d", got, MaxPosting-1)
	}
	for i := range 10 {
		x.Add(fmt.Sprint("more", i), 0, sk)
	}
	if got := x.Candidates(sk, ""); len(got) != 0 {
		t.Errorf("a saturated text still has %d candidates", len(got))
	}
	if n := x.added + len(x.base); n != MaxPosting*Probes {
		t.Errorf("%d entries filed, want at most %d", n, MaxPosting*Probes)
	}
}

// TestIndexMerge adds enough stories to merge fresh entries into the
// sorted base several times, and checks every look-up against a plain
// scan of the probe hashes.
func TestIndexMerge(t *testing.T) {
	var x Index
	var sks []Sketch
	for i := range 3000 {
		// Overlapping texts: story i shares words with i-1 and i+1.
		sk := Of([]string{words(i*50, 120)})
		sks = append(sks, sk)
		x.Add(fmt.Sprint(i), 0, sk)
	}
	if len(x.base) == 0 {
		t.Fatal("no merge happened")
	}
	probes := func(sk Sketch) []uint32 {
		var hs []uint32
		for p := range min(Probes, sk.len()) {
			hs = append(hs, sk.at(p))
		}
		return hs
	}
	for _, q := range []int{0, 1, 1500, 2999} {
		want := []string{}
		mine := probes(sks[q])
		for i, sk := range sks {
			for _, h := range probes(sk) {
				if slices.Contains(mine, h) {
					want = append(want, fmt.Sprint(i))
					break
				}
			}
		}
		if got := candidateIDs(x.Candidates(sks[q], "")); !slices.Equal(got, want) {
			t.Errorf("story %d: Candidates = %q, want %q", q, got, want)
		}
	}
}

func candidateIDs(cs []Candidate) []string {
	ids := make([]string, len(cs))
	for i, c := range cs {
		ids[i] = c.ID
	}
	return ids
}

// Candidates carry the title key a story was added with.
func TestIndexTitles(t *testing.T) {
	var x Index
	sk := Of([]string{words(0, 300)})
	x.Add("titled", TitleKey("Bridge toll to rise"), sk)
	x.Add("untitled", 0, sk)
	got := x.Candidates(sk, "")
	want := []Candidate{{"titled", TitleKey("bridge toll, to rise!")}, {"untitled", 0}}
	if !slices.Equal(got, want) {
		t.Errorf("Candidates = %v, want %v", got, want)
	}
}
