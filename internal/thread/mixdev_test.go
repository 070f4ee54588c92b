package thread

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
)

// TestMixDev scores option sets on groups of gold files, as storyline's
// eval segment runs the splitter (actors found first, document frequencies
// over each file). THREAD_MIXDEV names the groups,
// "name=glob;name=glob" (say BBC mixes of seeds 1–10 of one kind each,
// round-ups, single articles); THREAD_MIXDEV_OPTS lists option sets
// separated by '|', each a comma-separated list of Field=value over the
// float and int fields of Options ("" is the defaults). For each set it
// prints every group's mean B3 F1, Pk and thread-count accuracy, averaged
// over the group's files. It is a development tool: it skips unless
// THREAD_MIXDEV is set.
func TestMixDev(t *testing.T) {
	spec := os.Getenv("THREAD_MIXDEV")
	if spec == "" {
		t.Skip("set THREAD_MIXDEV=name=glob;... to score option sets on gold files")
	}
	type file struct {
		docs []cvDoc
		df   *DocFreq
	}
	type group struct {
		name  string
		files []file
	}
	var groups []group
	for _, g := range strings.Split(spec, ";") {
		name, glob, ok := strings.Cut(g, "=")
		if !ok {
			t.Fatalf("bad group %q", g)
		}
		paths, err := filepath.Glob(glob)
		if err != nil || len(paths) == 0 {
			t.Fatalf("group %s: no files for %q", name, glob)
		}
		gr := group{name: name, files: make([]file, len(paths))}
		var wg sync.WaitGroup
		for i, p := range paths {
			wg.Go(func() {
				docs, df := loadCV(t, p)
				gr.files[i] = file{docs, df}
			})
		}
		wg.Wait()
		groups = append(groups, gr)
	}
	for _, set := range strings.Split(os.Getenv("THREAD_MIXDEV_OPTS"), "|") {
		o, err := parseOptions(set)
		if err != nil {
			t.Fatal(err)
		}
		var line strings.Builder
		fmt.Fprintf(&line, "%-40s", set)
		for _, g := range groups {
			f1s, pks, cnts := make([]float64, len(g.files)), make([]float64, len(g.files)), make([]float64, len(g.files))
			var wg sync.WaitGroup
			for i, f := range g.files {
				wg.Go(func() { f1s[i], pks[i], cnts[i] = mixScore(f.docs, f.df, o) })
			}
			wg.Wait()
			fmt.Fprintf(&line, "  %s %.4f/%.3f/%.3f", g.name, mean(f1s), mean(pks), mean(cnts))
		}
		fmt.Println(line.String())
	}
}

// mixScore returns the B3 F1 (of mean precision and recall), the mean Pk
// and the thread-count accuracy of docs under opts; with
// THREAD_MIXDEV_MISS set it prints the documents whose count is wrong.
func mixScore(docs []cvDoc, df *DocFreq, opts Options) (f1, pk, count float64) {
	golds, preds := make([][]int, len(docs)), make([][]int, len(docs))
	for i, d := range docs {
		golds[i], preds[i] = d.gold, d.predict(df, opts)
		if os.Getenv("THREAD_MIXDEV_ALL") != "" {
			fmt.Printf("doc %s %v %v\n", d.id, d.gold, preds[i])
		}
		if os.Getenv("THREAD_MIXDEV_MISS") != "" && distinctIDs(d.gold) != distinctIDs(preds[i]) {
			fmt.Printf("miss %s %v %v\n", d.id, d.gold, preds[i])
		}
	}
	return summarize(golds, preds)
}

func mean(xs []float64) float64 {
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}

// parseOptions reads "Field=value,Field=value" into Options.
func parseOptions(s string) (Options, error) {
	var o Options
	v := reflect.ValueOf(&o).Elem()
	for _, kv := range strings.Split(s, ",") {
		if kv = strings.TrimSpace(kv); kv == "" {
			continue
		}
		k, val, _ := strings.Cut(kv, "=")
		f := v.FieldByName(k)
		if !f.IsValid() {
			return o, fmt.Errorf("no option %q", k)
		}
		switch f.Kind() {
		case reflect.Float64:
			x, err := strconv.ParseFloat(val, 64)
			if err != nil {
				return o, err
			}
			f.SetFloat(x)
		case reflect.Int:
			x, err := strconv.Atoi(val)
			if err != nil {
				return o, err
			}
			f.SetInt(int64(x))
		case reflect.Bool:
			f.SetBool(val == "true" || val == "1")
		default:
			return o, fmt.Errorf("option %q is not a number", k)
		}
	}
	return o, nil
}

// TestMergeTrace writes every merge the clustering weighs as best, for
// the gold files THREAD_TRACE names (a glob), to THREAD_TRACE_OUT as
// tab-separated rows: file, document, the two clusters' members, the
// score, cosine, link and prior, and whether both clusters' gold
// majority threads agree. It is a development tool.
func TestMergeTrace(t *testing.T) {
	glob, out := os.Getenv("THREAD_TRACE"), os.Getenv("THREAD_TRACE_OUT")
	if glob == "" || out == "" {
		t.Skip("set THREAD_TRACE=glob and THREAD_TRACE_OUT=file")
	}
	paths, _ := filepath.Glob(glob)
	w, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	o, err := parseOptions(os.Getenv("THREAD_MIXDEV_OPTS"))
	if err != nil {
		t.Fatal(err)
	}
	defer func() { mergeTrace = nil }()
	for _, p := range paths {
		docs, df := loadCV(t, p)
		for _, d := range docs {
			major := func(ms []int) int {
				c := map[int]int{}
				best := -1
				for _, m := range ms {
					c[d.gold[m]]++
					if best < 0 || c[d.gold[m]] > c[best] {
						best = d.gold[m]
					}
				}
				return best
			}
			acts := func(ms []int) map[string]bool {
				out := map[string]bool{}
				for _, ac := range d.actors {
					for _, q := range ac.Paragraphs {
						if slices.Contains(ms, q) {
							out[ac.Name] = true
						}
					}
				}
				return out
			}
			mergeTrace = func(a, b []int, score, sim, adj, prior float64) {
				aa, ab := acts(a), acts(b)
				shared := 0
				for k := range aa {
					if ab[k] {
						shared++
					}
				}
				fmt.Fprintf(w, "%s\t%s\t%v\t%v\t%.4f\t%.4f\t%.4f\t%.4f\t%v\t%d\t%d\t%d\n", filepath.Base(p), d.id,
					strings.Trim(fmt.Sprint(a), "[]"), strings.Trim(fmt.Sprint(b), "[]"), score, sim, adj, prior, major(a) == major(b),
					len(aa), len(ab), shared)
			}
			oo := o
			oo.Stats = df
			splitWith(d.paras, d.actors, oo, false)
		}
	}
}
