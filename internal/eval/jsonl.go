package eval

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
)

// eachJSONLine decodes every non-blank line of r into a fresh T and calls
// fn with it and its line number; a line that is not valid JSON is an
// error naming its number, prefixed by what.
func eachJSONLine[T any](r io.Reader, what string, fn func(line int, v *T) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	line := 0
	for sc.Scan() {
		line++
		raw := strings.TrimSpace(sc.Text())
		if raw == "" {
			continue
		}
		v := new(T)
		if err := json.Unmarshal([]byte(raw), v); err != nil {
			return fmt.Errorf("%sline %d: %w", what, line, err)
		}
		if err := fn(line, v); err != nil {
			return err
		}
	}
	return sc.Err()
}

// readGold reads a gold article JSONL: fn turns each line into an article
// (or an error naming the line), and a file with no article is an error.
func readGold[T, A any](r io.Reader, fn func(line int, v *T) (A, error)) ([]A, error) {
	var out []A
	err := eachJSONLine(r, "", func(line int, v *T) error {
		a, err := fn(line, v)
		if err != nil {
			return err
		}
		out = append(out, a)
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return nil, errors.New("no articles")
	}
	return out, nil
}
