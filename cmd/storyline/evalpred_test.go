package main

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestEvalPredictions checks that every eval command that scores takes
// --predictions OUT (DESIGN §7) and writes one record per input item, in
// input order, on small fixtures of our own.
func TestEvalPredictions(t *testing.T) {
	const dir = "testdata/cli/eval"
	tests := []struct {
		cmd, file string
		// check looks at the predictions file's lines.
		check func(t *testing.T, lines []string)
	}{
		{"ner", "tiny.conll", func(t *testing.T, lines []string) {
			// The input's columns plus a tag; blank and -DOCSTART- lines kept.
			if len(lines) != 17 || lines[0] != "-DOCSTART- -X- -X- O" || lines[1] != "" {
				t.Fatalf("%d lines, first %q", len(lines), lines[:2])
			}
			tag := regexp.MustCompile(`^(O|[BI]-(PER|ORG|LOC|MISC))$`)
			for _, l := range lines[2:] {
				if l == "" {
					continue
				}
				if f := strings.Fields(l); len(f) != 5 || !tag.MatchString(f[4]) {
					t.Errorf("line %q: want the input's four columns and an IOB2 tag", l)
				}
			}
		}},
		{"segment", "gold.jsonl", func(t *testing.T, lines []string) {
			ids := []string{"tiny-1", "tiny-2"}
			if len(lines) != len(ids) {
				t.Fatalf("%d lines, want %d", len(lines), len(ids))
			}
			for i, l := range lines {
				var p struct {
					ID        string `json:"id"`
					Predicted []*int `json:"predicted"`
				}
				if err := json.Unmarshal([]byte(l), &p); err != nil || p.ID != ids[i] || len(p.Predicted) == 0 {
					t.Errorf("line %d %q: want id %s and a thread per unit", i+1, l, ids[i])
				}
			}
		}},
		{"people", "gold.jsonl", func(t *testing.T, lines []string) {
			want := map[string][]string{"tiny-1": {"Mara Quist", "Tom Ellery"}, "tiny-2": {"Ines Duarte"}}
			if len(lines) != len(want) {
				t.Fatalf("%d lines, want %d", len(lines), len(want))
			}
			for _, l := range lines {
				var p struct {
					ID     string `json:"id"`
					People []struct {
						Name    string   `json:"name"`
						Aliases []string `json:"aliases"`
					} `json:"people"`
				}
				if err := json.Unmarshal([]byte(l), &p); err != nil {
					t.Fatalf("%q: %v", l, err)
				}
				var names []string
				for _, x := range p.People {
					names = append(names, x.Name)
				}
				for _, n := range want[p.ID] {
					if !strings.Contains(strings.Join(names, "|"), n) {
						t.Errorf("%s: people %v lack %s", p.ID, names, n)
					}
				}
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.cmd, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "pred")
			r := runCLI(t, "eval", tt.cmd, filepath.Join(dir, tt.file), "--predictions", out)
			if r.code != 0 {
				t.Fatalf("eval %s: exit %d: %s", tt.cmd, r.code, r.msg())
			}
			if !json.Valid([]byte(r.stdout)) {
				t.Errorf("eval %s printed no JSON: %q", tt.cmd, r.stdout)
			}
			f, err := os.Open(out)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			var lines []string
			sc := bufio.NewScanner(f)
			for sc.Scan() {
				lines = append(lines, sc.Text())
			}
			tt.check(t, lines)
		})
	}
}
