package nlp

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
)

// readUnlabelled reads running text for the lexicon: a JSONL file whose
// lines have a "body" (and "title") field, or plain text. It returns the
// text's sentences as tokens.
func readUnlabelled(path string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	var out [][]string
	jsonl := strings.HasSuffix(path, ".jsonl")
	for sc.Scan() {
		line := sc.Text()
		if jsonl {
			var rec struct {
				Body string `json:"body"`
			}
			if json.Unmarshal([]byte(line), &rec) != nil {
				continue
			}
			line = rec.Body
		}
		for _, s := range Sentences(line) {
			words := make([]string, len(s))
			for i, t := range s {
				words[i] = normalizeToken(t.Text)
			}
			out = append(out, words)
		}
	}
	return out, sc.Err()
}

// caseStatistics buckets, for every word seen at least twice away from a
// sentence start, how often it is written in lower case. Capitalised words
// that are mostly lower-case elsewhere ("Monday" is not, "British" is not,
// "The" is) are rarely names.
func caseStatistics(corpus [][]string) map[string]uint8 {
	type count struct{ lower, upper int }
	counts := map[string]*count{}
	for _, s := range corpus {
		headline := true
		for _, w := range s {
			if hasLower(w) {
				headline = false
				break
			}
		}
		if headline {
			continue
		}
		for i, w := range s {
			if i == 0 || !hasLetter(w) {
				continue
			}
			if p := s[i-1]; p == "\"" || p == ":" || p == "'" || p == "(" {
				continue
			}
			n := normWord(w)
			c := counts[n]
			if c == nil {
				c = &count{}
				counts[n] = c
			}
			if isCap(w) {
				c.upper++
			} else {
				c.lower++
			}
		}
	}
	out := map[string]uint8{}
	for w, c := range counts {
		total := c.lower + c.upper
		if total < 2 {
			continue
		}
		p := float64(c.lower) / float64(total)
		var b uint8
		switch {
		case p == 0:
			b = 0
		case p < 0.1:
			b = 1
		case p < 0.5:
			b = 2
		case p < 0.9:
			b = 3
		case p < 1:
			b = 4
		default:
			b = 5
		}
		if total < 5 {
			b += 6 // rare words get their own buckets
		}
		out[w] = b
	}
	return out
}
