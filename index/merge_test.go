package index

import (
	"context"
	"fmt"
	"testing"
)

func TestMergeKeepsDocumentsAndPhrases(t *testing.T) {
	dir := t.TempDir()
	x, err := Open(dir, false)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { x.Close() }()
	for b := 0; b < 5; b++ {
		var docs []Doc
		for i := 0; i < 20; i++ {
			n := b*20 + i
			docs = append(docs, Doc{ID: fmt.Sprint("d", n), Title: fmt.Sprint("Story ", n), Body: []string{fmt.Sprintf("The harbour board met on day %d.", n), "Ferry fares were frozen."}})
		}
		if err := x.Apply(docs, nil); err != nil {
			t.Fatal(err)
		}
	}
	if err := x.Apply(nil, []string{"d7"}); err != nil {
		t.Fatal(err)
	}
	if err := x.Merge(context.Background()); err != nil {
		t.Fatal(err)
	}
	if n, err := x.Count(); err != nil || n != 99 {
		t.Errorf("count after merge %d %v, want 99", n, err)
	}
	for _, tc := range []struct {
		q    string
		want uint64
	}{
		{`"ferry fares"`, 99},
		{`"fares ferry"`, 0},
		{`"harbour board"`, 99},
		{"d7", 0},
	} {
		res, err := x.Search(tc.q, 0, 1)
		if err != nil || res.Total != tc.want {
			t.Errorf("search %s after merge: %v hits, %v; want %d", tc.q, res, err, tc.want)
		}
	}
	if n := x.segments(); n != 1 {
		t.Errorf("%d segments after merge, want 1", n)
	}
	if err := x.Apply([]Doc{{ID: "late", Title: "Late", Body: []string{"Late ferry news."}}}, nil); err != nil {
		t.Fatal(err)
	}
}
