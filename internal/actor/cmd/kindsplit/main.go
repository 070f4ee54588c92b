package main

import (
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"

	"github.com/storyline/storyline/internal/store"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "kindsplit:", err)
		os.Exit(1)
	}
}

// split is one name's story count per kind.
type split struct {
	name  string
	kinds map[string]int
	total int
}

func run() error {
	least := flag.Int("min", 8, "list names whose readings in stories add up to at least N")
	flag.Parse()
	if flag.NArg() != 1 {
		return fmt.Errorf("usage: kindsplit [-min N] ARCHIVE_DIR")
	}
	st, err := store.Open(flag.Arg(0), true)
	if err != nil {
		return err
	}
	defer st.Close()
	counts, err := st.ActorStoryCounts()
	if err != nil {
		return err
	}
	for _, s := range splits(counts, *least) {
		parts := make([]string, 0, len(s.kinds))
		for k, n := range s.kinds {
			parts = append(parts, fmt.Sprintf("%s %d", k, n))
		}
		sort.Strings(parts)
		fmt.Printf("%-30s %4d  %s\n", s.name, s.total, strings.Join(parts, ", "))
	}
	return nil
}

// splits groups "kind:name" counts by name and keeps the names read as
// more than one kind in least stories or more, most stories first.
func splits(counts map[string]int, least int) []split {
	by := map[string]*split{}
	for key, n := range counts {
		kind, name, ok := strings.Cut(key, ":")
		if !ok {
			continue
		}
		s := by[name]
		if s == nil {
			s = &split{name: name, kinds: map[string]int{}}
			by[name] = s
		}
		s.kinds[kind] += n
		s.total += n
	}
	var out []split
	for _, s := range by {
		if len(s.kinds) > 1 && s.total >= least {
			out = append(out, *s)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].total != out[j].total {
			return out[i].total > out[j].total
		}
		return out[i].name < out[j].name
	})
	return out
}
