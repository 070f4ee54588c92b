package actor

import (
	"fmt"
	"testing"
)

func TestZZDebug(t *testing.T) {
	for _, w := range []string{"Redcliffe", "Thameside", "Cardiff", "Rams", "Falcons", "Harlequins"} {
		fmt.Println(w, givenName(w), teamPlural(w), wordCasing("ram"), wordCasing("falcon"), wordCasing("harlequin"), knownTypes(w))
	}
}
