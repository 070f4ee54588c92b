package store

import (
	"encoding/json"
	"testing"

	"github.com/storyline/storyline/internal/demo"
)

// TestRecordDictionaryHelps checks the embedded dictionary loads, round
// trips, and makes records of news text smaller than plain zstd.
func TestRecordDictionaryHelps(t *testing.T) {
	if len(recordDict) == 0 {
		t.Fatal("records.dict is empty")
	}
	var with, without, n int
	arts, err := demo.Articles()
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range arts {
		r := &Record{Article: a, Hash: "h", NLPVersion: "v"}
		v, err := encode(r)
		if err != nil {
			t.Fatal(err)
		}
		back, err := decode(v)
		if err != nil || back.Article.Title != a.Title || len(back.Article.Paragraphs) != len(a.Paragraphs) {
			t.Errorf("%s: round trip lost the story: %v", a.Path, err)
		}
		plain, _ := json.Marshal(r)
		with += len(v)
		without += len(zenc.EncodeAll(plain, nil))
		n++
	}
	t.Logf("%d demo stories: %d bytes with the dictionary, %d without", n, with, without)
	if n == 0 || with >= without*9/10 {
		t.Errorf("dictionary saves too little: %d vs %d bytes", with, without)
	}
}
