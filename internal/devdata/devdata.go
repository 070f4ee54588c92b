// Package devdata finds the evaluation data that lives next to the
// repository (../shared/data) for tests and benchmarks, and skips them,
// saying so, on machines that do not have it (a user's fresh clone).
package devdata

import (
	"os"
	"path/filepath"
	"testing"
)

// Path returns the path of shared/data/rel, looking in every directory
// from the test's working directory up to the root, or skips tb.
func Path(tb testing.TB, rel string) string {
	tb.Helper()
	dir, err := os.Getwd()
	if err != nil {
		tb.Fatal(err)
	}
	for {
		p := filepath.Join(dir, "shared", "data", rel)
		if _, err := os.Stat(p); err == nil {
			return p
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			tb.Skipf("evaluation data shared/data/%s is not next to the repository (../shared/data): skipped", rel)
		}
		dir = parent
	}
}
