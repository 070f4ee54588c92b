package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"os"
	"strings"

	"github.com/storyline/storyline/internal/thread"
)

// headlines labels every article of the article JSONL file at path as
// one thread, its blank-line paragraphs the thread's, and prints the
// title and label of each (unless quiet) and then the word agreement of
// labels and titles in the two halves by FNV-1a hash of the id, as the
// LabelAgreement test splits them.
func headlines(path string, quiet bool) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	type article struct {
		id, title string
		paras     []string
	}
	df := thread.NewDocFreq()
	var arts []article
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var a struct{ ID, Title, Body string }
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			return err
		}
		x := article{id: a.ID, title: a.Title}
		for _, p := range strings.Split(a.Body, "\n\n") {
			if strings.TrimSpace(p) != "" {
				x.paras = append(x.paras, p)
				df.Add(p)
			}
		}
		arts = append(arts, x)
	}
	if err := sc.Err(); err != nil {
		return err
	}
	var halves [2]thread.LabelAgreement
	for _, a := range arts {
		h := fnv.New32a()
		h.Write([]byte(a.id))
		ours := thread.Label(a.paras, nil, df)
		halves[h.Sum32()%2].Add(ours, a.title)
		if !quiet {
			fmt.Printf("%d\t%s\t%-50s\t%s\n", h.Sum32()%2, a.id, a.title, ours)
		}
	}
	for i := range halves {
		fmt.Printf("# half %d: %s\n", i, &halves[i])
	}
	fmt.Printf("# F1 %.4f %.4f\n", halves[0].F1(), halves[1].F1())
	return nil
}
