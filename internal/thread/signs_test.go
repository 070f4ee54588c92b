package thread

import (
	"fmt"
	"os"
	"testing"
)

// TestRoundupSigns prints, for every document of the gold file
// THREAD_SIGNS names, the signs that make it a round-up or not
// (roundup.go): sub-heads, market items, bullets, cue runs, leads and
// the paragraphs that open with a new subject. It is a development tool
// for finding which rule fires on a story.
func TestRoundupSigns(t *testing.T) {
	path := os.Getenv("THREAD_SIGNS")
	if path == "" {
		t.Skip("set THREAD_SIGNS=gold.jsonl to list each story's round-up signs")
	}
	docs, df := loadCV(t, path)
	defer func() { signsTrace = nil }()
	for _, d := range docs {
		signsTrace = func(heads, items []bool, sz sizing, fresh []bool) {
			fmt.Printf("%s units=%d words=%.0f roundup=%v heads=%v items=%v bullets=%v runs=%v leads=%v fresh=%v\n",
				d.id, len(d.paras), sz.total, sz.roundup, trueAt(heads), trueAt(items), trueAt(sz.bullets), sz.runs != nil, trueAt(sz.leads), trueAt(fresh))
		}
		d.predict(df, Options{})
	}
}

// trueAt lists the indexes where bs is true.
func trueAt(bs []bool) []int {
	var out []int
	for i, b := range bs {
		if b {
			out = append(out, i)
		}
	}
	return out
}
