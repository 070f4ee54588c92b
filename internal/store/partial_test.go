package store

import (
	"reflect"
	"testing"

	"github.com/storyline/storyline/internal/actor"
	"github.com/storyline/storyline/internal/thread"
)

// GetText and Hash decode only part of a record; they must agree with Get.
func TestPartialReads(t *testing.T) {
	s, err := Open(t.TempDir(), false)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	r := rec("abcd1", "Customs vote", 3)
	r.Threads = []thread.Thread{{N: 1, Label: "customs vote", Paragraphs: []int{0}}}
	r.Actors = []actor.Actor{{Name: "Ada Kell", Kind: "person", Paragraphs: []int{0}}}
	if err := s.Write(&Batch{Records: []*Record{r}}); err != nil {
		t.Fatal(err)
	}
	full, err := s.Get("abcd1")
	if err != nil || full == nil {
		t.Fatalf("get: %v %v", full, err)
	}
	tests := []struct {
		id       string
		wantText bool
		wantHash string
	}{
		{"abcd1", true, "h-abcd1"},
		{"zzzz9", false, ""},
	}
	for _, tc := range tests {
		got, err := s.GetText(tc.id)
		if err != nil {
			t.Fatalf("%s: %v", tc.id, err)
		}
		if (got != nil) != tc.wantText {
			t.Fatalf("%s: GetText %v, want a record: %v", tc.id, got, tc.wantText)
		}
		if got != nil {
			if !reflect.DeepEqual(got.Article, full.Article) || !reflect.DeepEqual(got.Threads, full.Threads) {
				t.Errorf("%s: GetText %+v differs from Get %+v", tc.id, got, full)
			}
			if got.Actors != nil {
				t.Errorf("%s: GetText decoded actors %v", tc.id, got.Actors)
			}
		}
		if h := s.Hash(tc.id); h != tc.wantHash {
			t.Errorf("%s: Hash %q, want %q", tc.id, h, tc.wantHash)
		}
	}
}
