package eval

import (
	"bufio"
	"encoding/json"
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
