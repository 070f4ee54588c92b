package thread

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"
)

// eachJSONL decodes the lines of a JSONL file one by one and hands each
// to fn until fn returns false.
func eachJSONL[T any](tb testing.TB, path string, fn func(T) bool) {
	tb.Helper()
	fh, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer fh.Close()
	sc := bufio.NewScanner(fh)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		var v T
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			tb.Fatal(err)
		}
		if !fn(v) {
			return
		}
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
}
