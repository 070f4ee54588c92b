package actor

import (
	"strings"
	"sync"
	"testing"
	"unsafe"
)

// TestWordMemo checks that a wordMemo answers as its function, asks the
// function once for a word it keeps, and always for a word too long to
// keep.
func TestWordMemo(t *testing.T) {
	calls := map[string]int{}
	f := func(w string) uint8 {
		calls[w]++
		return uint8(len(w) % 7)
	}
	long := strings.Repeat("x", memoMaxLen+1)
	for _, c := range []struct {
		w         string
		wantCalls int // after asking three times
	}{
		{"Mr", 1}, {"Tarrow", 1}, {"", 1}, {"Étienne", 1}, {long, 3},
	} {
		var m wordMemo
		for range 3 {
			if got, want := m.get(c.w, f), uint8(len(c.w)%7); got != want {
				t.Errorf("get(%q) = %d, want %d", c.w, got, want)
			}
		}
		if calls[c.w] != c.wantCalls {
			t.Errorf("%q: %d calls, want %d", c.w, calls[c.w], c.wantCalls)
		}
	}
}

// TestWordMemoSharedSlot checks that words sharing a slot each get their
// own answer, and that the memo keeps no part of the text it was given.
func TestWordMemoSharedSlot(t *testing.T) {
	var m wordMemo
	f := func(w string) uint8 { return w[0] }
	words := make([]string, 3*memoSlots) // more words than slots: some share
	for i := range words {
		words[i] = string(rune('a'+i%26)) + strings.Repeat("b", i%20) + string(rune('a'+i/26%26)) + string(rune('a'+i/676%26))
	}
	for round := 0; round < 2; round++ {
		for _, w := range words {
			if got := m.get(w, f); got != w[0] {
				t.Fatalf("get(%q) = %c, want %c", w, got, w[0])
			}
		}
	}
	// A word whose bytes change later (as a recycled buffer's may): the
	// memo must have kept a copy to find "Ada" again.
	var m2 wordMemo
	calls := 0
	count := func(w string) uint8 { calls++; return w[0] }
	text := []byte("Ada Kell")
	m2.get(unsafe.String(&text[0], 3), count)
	text[0] = 'E'
	if got := m2.get("Ada", count); got != 'A' || calls != 1 {
		t.Errorf("get(Ada) after the text changed = %c after %d calls, want A after 1", got, calls)
	}
}

// TestWordMemoConcurrent asks one memo from several goroutines (run with
// -race): every answer must be the function's.
func TestWordMemoConcurrent(t *testing.T) {
	var m wordMemo
	f := func(w string) uint8 { return uint8(len(w)) }
	words := strings.Fields("Mr Mrs Labour Tarrow Ada Kell Corran Vale the Chancellor Velmo Holdings")
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 2000; i++ {
				w := words[(i*7+g)%len(words)]
				if got := m.get(w, f); got != uint8(len(w)) {
					t.Errorf("get(%q) = %d", w, got)
					return
				}
			}
		}()
	}
	wg.Wait()
}
