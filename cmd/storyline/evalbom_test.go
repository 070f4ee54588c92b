package main

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"
	"unicode/utf16"
)

// TestEvalInputByteOrderMark checks that every eval command scores a file
// saved with a byte-order mark (UTF-8, or UTF-16 as Windows tools write
// it) exactly as it scores the same file without one.
func TestEvalInputByteOrderMark(t *testing.T) {
	const dir = "testdata/cli/eval"
	utf16LE := func(b []byte) []byte {
		out := []byte{0xff, 0xfe}
		for _, u := range utf16.Encode([]rune(string(b))) {
			out = append(out, byte(u), byte(u>>8))
		}
		return out
	}
	encodings := []struct {
		name string
		enc  func([]byte) []byte
	}{
		{"utf-8 mark", func(b []byte) []byte { return append([]byte("\ufeff"), b...) }},
		{"utf-16le mark", utf16LE},
	}
	for _, c := range []struct{ cmd, file string }{
		{"ner", "tiny.conll"},
		{"segment", "gold.jsonl"},
		{"people", "gold.jsonl"},
	} {
		plain := filepath.Join(dir, c.file)
		want := runCLI(t, "eval", c.cmd, plain)
		if want.code != 0 {
			t.Fatalf("eval %s %s: exit %d: %s", c.cmd, plain, want.code, want.msg())
		}
		raw, err := os.ReadFile(plain)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range encodings {
			t.Run(c.cmd+"/"+e.name, func(t *testing.T) {
				marked := filepath.Join(t.TempDir(), c.file)
				if err := os.WriteFile(marked, e.enc(raw), 0o644); err != nil {
					t.Fatal(err)
				}
				got := runCLI(t, "eval", c.cmd, marked)
				if got.code != 0 {
					t.Fatalf("exit %d: %s", got.code, got.msg())
				}
				if stripSeconds(got.stdout) != stripSeconds(want.stdout) {
					t.Errorf("scores differ:\n%s\nwithout the mark:\n%s", got.stdout, want.stdout)
				}
			})
		}
	}
}

// secondsField matches the timing field of eval ner's JSON.
var secondsField = regexp.MustCompile(`"seconds":\s*[0-9.eE+-]+`)

// stripSeconds drops the one field that differs between two runs.
func stripSeconds(s string) string { return secondsField.ReplaceAllString(s, `"seconds": 0`) }
