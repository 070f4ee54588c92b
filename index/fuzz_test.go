package index_test

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/storyline/storyline/index"
)

// The fuzz targets feed arbitrary query strings and texts through the
// query, highlighting and fragment code: nothing may panic, a query that
// does not parse is an error, and fragments stay valid UTF-8 with
// balanced highlight markers. Run them with
//
//	go test ./index -run '^$' -fuzz FuzzQuery -fuzztime 60s
//	go test ./index -run '^$' -fuzz FuzzFragment -fuzztime 60s
//
// Crashers land in testdata/fuzz/<target>/ and then run as regression
// seeds with every plain `go test`.

// querySeeds are typical and awkward query strings.
var querySeeds = []string{
	"", " ", "ferry", "ferry fares", `"ferry fares"`, `+ferry -museum`, `title:ferry`, `body:"council froze"`,
	`actor:"Ada Venn"`, `thread:reopening`, `source:harbour`, `published:>"2026-01-01"`, `published:<"2026-02-15" museum`,
	`title:"unclosed`, `"`, `+`, `-`, `:`, `title:`, `(ferry`, `ferry)`, `ferry~`, `ferry~2`, `ferry~9`, `fer*`, `*`, `?erry`,
	`/fer+y/`, `/[/`, `/(a|b)*c{2,5}/`, `ferry^3`, `ferry^`, `published:>"not a date"`, `published:>=2026`, `published:>`,
	`\"escaped\"`, `a\`, `\`, "caf\u00e9", "\xff\xfe", "\x00", "\x02ferry\x03", "ferry AND museum", "ferry OR museum",
	`title:/.*/`, `+-ferry`, `-+ferry`, `--ferry`, `"" ""`, `actor:`, `thread:"`, `x:y:z`, `ferry~1 refer* /mus.*/ "fares frozen"`,
}

// fuzzIndex is a small in-memory index shared by the iterations of one
// fuzzing process.
var fuzzIndex = sync.OnceValues(func() (*index.Index, error) {
	x, err := index.OpenMem()
	if err != nil {
		return nil, err
	}
	docs := []index.Doc{
		{ID: "a", Title: "Ferry fares frozen", Body: []string{"Ferry fares frozen", "The council froze fares on Tuesday.", "Meanwhile the museum reopened after repairs."},
			Threads: []string{"ferry fares", "museum reopening"}, Actors: []string{"Ada Venn"}, Source: "Harbour Times", Published: time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)},
		{ID: "b", Title: "Museum reopens", Body: []string{"Museum reopens", "Visitors queued at the café by the museum.", "Ada Venn cut the ribbon."}, Source: "The Courier",
			Published: time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC)},
		{ID: "c", Title: "Undated note", Body: []string{"Undated note", "A referendum on the harbour was called."}},
	}
	return x, x.Apply(docs, nil)
})

// inputTimeout is how long one fuzz input may take before it counts as
// a hang.
const inputTimeout = 10 * time.Second

// watchdog crashes the process when the input described by what takes
// longer than inputTimeout, so the fuzzer saves it as a crasher (a hang
// would otherwise only stall the fuzzing workers); call the returned
// function when the input is done.
func watchdog(what string) func() {
	tm := time.AfterFunc(inputTimeout, func() {
		panic(fmt.Sprintf("hang: %s took longer than %v", what, inputTimeout))
	})
	return func() { tm.Stop() }
}

// sampleText is what FuzzQuery highlights.
const sampleText = "The council froze ferry fares on Tuesday; Ada Venn said the café and the museum reopened after repairs. A referendum was called."

func FuzzQuery(f *testing.F) {
	for _, q := range querySeeds {
		f.Add(q)
	}
	f.Fuzz(func(t *testing.T, q string) {
		defer watchdog(fmt.Sprintf("query %q", q))()
		x, err := fuzzIndex()
		if err != nil {
			t.Fatal(err)
		}
		verr := index.Validate(q)
		var qe *index.QueryError
		if verr != nil && !errors.As(verr, &qe) {
			t.Fatalf("Validate(%q) = %v, want a *QueryError", q, verr)
		}
		h, herr := index.NewHighlighter(q)
		if (herr == nil) != (verr == nil) {
			t.Fatalf("Validate(%q) = %v but NewHighlighter = %v", q, verr, herr)
		}
		res, serr := x.Search(q, 0, 10)
		if verr != nil {
			if serr == nil {
				t.Fatalf("Search(%q) accepted a query Validate refused (%v)", q, verr)
			}
			return
		}
		if serr != nil {
			// Parsed but refused when run (a bad regexp or date): fine as
			// long as it is an error.
			return
		}
		if res == nil || int(res.Total) < len(res.Hits) || len(res.Hits) > 10 {
			t.Fatalf("Search(%q): bad result %+v", q, res)
		}
		for _, hit := range res.Hits {
			if hit.ID != "a" && hit.ID != "b" && hit.ID != "c" {
				t.Fatalf("Search(%q): unknown hit %q", q, hit.ID)
			}
		}
		checkSpans(t, q, sampleText, h.Spans(sampleText))
		h.MatchesThread("ferry fares")
		h.Empty()
		checkFragment(t, sampleText, index.Fragment(sampleText, h.Spans(sampleText), 60))
	})
}

// checkSpans asserts spans are in order, inside text and on rune
// boundaries.
func checkSpans(t *testing.T, q, text string, spans [][2]int) {
	t.Helper()
	prev := 0
	for _, s := range spans {
		if s[0] < prev || s[1] < s[0] || s[1] > len(text) {
			t.Fatalf("query %q: span %v out of order or range (text of %d bytes, previous end %d)", q, s, len(text), prev)
		}
		cuts := func(i int) bool { return i < len(text) && !utf8.RuneStart(text[i]) }
		if utf8.ValidString(text) && (cuts(s[0]) || cuts(s[1])) {
			t.Fatalf("query %q: span %v cuts a character", q, s)
		}
		prev = s[1]
	}
}

// checkFragment asserts markers alternate start, end, … and close, and
// that a fragment of valid text is valid UTF-8.
func checkFragment(t *testing.T, text, frag string) {
	t.Helper()
	if utf8.ValidString(text) && !utf8.ValidString(frag) {
		t.Fatalf("fragment of valid text is not UTF-8: %q", frag)
	}
	open := false
	for _, r := range frag {
		switch string(r) {
		case index.MarkStart:
			if open {
				t.Fatalf("nested highlight in %q", frag)
			}
			open = true
		case index.MarkEnd:
			if !open {
				t.Fatalf("highlight closed before it opened in %q", frag)
			}
			open = false
		}
	}
	if open {
		t.Fatalf("unclosed highlight in %q", frag)
	}
}

func FuzzFragment(f *testing.F) {
	f.Add("The bridge was repaired last year.", "repairs", 200)
	f.Add("Ferry fares rose; fares fell.", `"ferry fares"`, 10)
	f.Add(strings.Repeat("word ", 100)+"target "+strings.Repeat("word ", 100), "target", 80)
	f.Add("Café déjà vu: the café’s owner, Zoë, reopened. 東京 café", "café zoë", 7)
	f.Add("nospacesatallinthisverylongwordtargetrightheretoo", "target*", 5)
	f.Add("target", "target", 0)
	f.Add("a target b target c", "target", 1)
	f.Add("\u202etarget\u202c and more text after the target", "target", 12)
	f.Add("A referendum was called.", "refer*", 3)
	f.Add("x\xffx target \xfe", "target", 4)
	f.Add(strings.Repeat("The levy\u00a0rose; levies’ critics—led by Kell—said “no” to the U.S.-led levy. ", 4), "levy critics", 60)
	f.Fuzz(func(t *testing.T, text, q string, size int) {
		if strings.ContainsAny(text, index.MarkStart+index.MarkEnd) {
			return // sanitised article text never holds the markers
		}
		if size < 0 {
			size = -size
		}
		size %= 4096
		defer watchdog(fmt.Sprintf("text %q, query %q, size %d", text, q, size))()
		h, err := index.NewHighlighter(q)
		if err != nil {
			return
		}
		spans := h.Spans(text)
		if whole := index.SpansWhole(h, text); !slices.Equal(spans, whole) {
			t.Fatalf("query %q: spans %v from the windows, %v from the whole text", q, spans, whole)
		}
		checkSpans(t, q, text, spans)
		frag := index.Fragment(text, spans, size)
		checkFragment(t, text, frag)
		if len(spans) == 0 && frag != "" {
			t.Fatalf("no spans but fragment %q", frag)
		}
		if len(spans) > 0 && len(frag) > len(text)+2*len("…")+2*len(spans) {
			t.Fatalf("fragment of %d bytes from %d bytes of text", len(frag), len(text))
		}
		if !utf8.ValidString(text) {
			return
		}
		plain := strings.NewReplacer(index.MarkStart, "", index.MarkEnd, "", "…", "").Replace(frag)
		if !strings.Contains(strings.ReplaceAll(text, "…", ""), plain) {
			t.Fatalf("fragment %q is not a piece of the text %q", frag, text)
		}
	})
}
