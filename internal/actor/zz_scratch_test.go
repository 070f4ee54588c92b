package actor

import (
	"os"
	"strings"
	"testing"
)

func TestZZCasing(t *testing.T) {
	for _, w := range strings.Fields(os.Getenv("ZZW")) {
		t.Logf("%s casing=%d given=%v", w, wordCasing(w), givenName(w))
	}
}
