package archive

import (
	"context"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/storyline/storyline/internal/demo"
	"github.com/storyline/storyline/internal/store"
)

var updateDict = flag.Bool("update-dict", false, "rebuild internal/store/records.dict from the demo archive (only with a new store.RecordDictID: archives name the dictionary they were written with)")

// TestRecordDictionary rebuilds the store's record dictionary from the
// demo archive's analysed records when asked (-update-dict); otherwise it
// checks that such a build still works.
func TestRecordDictionary(t *testing.T) {
	a, _ := openTemp(t)
	if _, err := a.ImportFS(context.Background(), demo.Files(), ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	var recs []*store.Record
	if err := a.st.Each(func(r *store.Record) error { recs = append(recs, r); return nil }); err != nil {
		t.Fatal(err)
	}
	dict, err := store.BuildRecordDict(recs)
	if err != nil {
		t.Fatal(err)
	}
	if len(dict) < 1024 {
		t.Fatalf("dictionary of %d bytes", len(dict))
	}
	if *updateDict {
		p := filepath.Join("..", "store", "records.dict")
		if err := os.WriteFile(p, dict, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %s (%d bytes from %d records)", p, len(dict), len(recs))
	}
}
