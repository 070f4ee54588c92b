package store

import (
	"slices"
	"testing"
)

// TestVersionGroups walks a group of versions through the writes that
// change it: filing, a version of a version, a date change, leaving, and
// a reset.
func TestVersionGroups(t *testing.T) {
	s := openTemp(t)
	recs := []*Record{rec("a", "A", 1), rec("b", "B", 5), rec("c", "C", 3), rec("d", "D", 0), rec("e", "E", 2)}
	if err := s.Write(&Batch{Records: recs, VersionOf: map[string]string{"b": "a"}}); err != nil {
		t.Fatal(err)
	}
	type step struct {
		name  string
		batch *Batch
		want  map[string][]string // by story: its group in list order
	}
	steps := []step{
		{"b files under a; the newest lists first", nil,
			map[string][]string{"a": {"b", "a"}, "b": {"b", "a"}}},
		{"a version of a version joins the root's group",
			&Batch{VersionOf: map[string]string{"c": "b"}},
			map[string][]string{"a": {"b", "c", "a"}, "b": {"b", "c", "a"}, "c": {"b", "c", "a"}}},
		{"an undated story lists last",
			&Batch{VersionOf: map[string]string{"d": "a"}},
			map[string][]string{"a": {"b", "c", "a", "d"}, "d": {"b", "c", "a", "d"}}},
		{"an updated date moves a member",
			&Batch{Records: []*Record{rec("a", "A", 9)}},
			map[string][]string{"c": {"a", "b", "c", "d"}}},
		{"a member leaves",
			&Batch{VersionOf: map[string]string{"b": "", "d": ""}},
			map[string][]string{"a": {"a", "c"}, "b": nil, "d": nil}},
		{"the last member leaves and the group goes",
			&Batch{VersionOf: map[string]string{"c": ""}},
			map[string][]string{"a": nil, "c": nil}},
		{"unknown stories and a story of itself are ignored",
			&Batch{VersionOf: map[string]string{"e": "zz", "zz": "a", "a": "a"}},
			map[string][]string{"a": nil, "e": nil}},
		{"a story joins a group whose root left",
			&Batch{VersionOf: map[string]string{"e": "a"}},
			map[string][]string{"e": {"a", "e"}}},
		{"filing under its own member keeps the group",
			&Batch{VersionOf: map[string]string{"a": "e"}},
			map[string][]string{"e": {"a", "e"}}},
	}
	for _, st := range steps {
		if st.batch != nil {
			if err := s.Write(st.batch); err != nil {
				t.Fatalf("%s: %v", st.name, err)
			}
		}
		var ids []string
		for id := range st.want {
			ids = append(ids, id)
		}
		got, err := s.VersionGroups(ids)
		if err != nil {
			t.Fatal(err)
		}
		for id, want := range st.want {
			if !slices.Equal(got[id], want) {
				t.Errorf("%s: group of %s = %v, want %v", st.name, id, got[id], want)
			}
		}
	}
	if root, grouped, err := s.VersionRoot("e"); err != nil || root != "a" || !grouped {
		t.Errorf("VersionRoot(e) = %q, %v, %v; want a, true", root, grouped, err)
	}
	if err := s.ResetAnalysis(); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.VersionGroups([]string{"a", "e"}); len(got) != 0 {
		t.Errorf("groups after a reset: %v", got)
	}
}
