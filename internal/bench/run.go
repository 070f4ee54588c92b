package bench

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/storyline/storyline/index"
	"github.com/storyline/storyline/internal/archive"
	"github.com/storyline/storyline/internal/diskuse"
)

// Options configure a benchmark run.
type Options struct {
	Articles int
	From     string // article file to draw text from; "" = the demo archive
	Seed     uint64
	// Exe is the storyline binary run for the import and browse phases,
	// each in its own process so their peak memory is measured apart.
	Exe string
	// Log receives progress lines (nil: none).
	Log io.Writer
	// Keep leaves the work directory in place and names it in the result.
	Keep bool
	// Shards, when 2 or more, also compares searching the archive's one
	// index with the same documents over that many shards (ShardResult).
	Shards int
	// Runs repeats the baseline and the import this many times (at least
	// once), alternating, and reports their medians.
	Runs int
}

// Result is the JSON of `storyline bench` (DESIGN §8).
type Result struct {
	Articles              int     `json:"articles"`
	RawBytes              int64   `json:"raw_bytes"`
	ImportArticlesPerS    float64 `json:"import_articles_per_s"`
	ImportMBPerS          float64 `json:"import_mb_per_s"`
	BleveOnlyArticlesPerS float64 `json:"bleve_only_articles_per_s"`
	ImportRatio           float64 `json:"import_ratio"`
	SearchP50MS           float64 `json:"search_p50_ms"`
	SearchP99MS           float64 `json:"search_p99_ms"`
	FirstFrameMS          float64 `json:"first_frame_ms"`
	KeyP50MS              float64 `json:"key_p50_ms"`
	RSSImportMB           float64 `json:"rss_import_mb"`
	RSSBrowseMB           float64 `json:"rss_browse_mb"`
	ArchiveBytes          int64   `json:"archive_bytes"`
	// Extra context, not part of the fixed contract.
	ArchiveRatio float64 `json:"archive_to_raw_ratio"`
	KeyP99MS     float64 `json:"key_p99_ms"`
	RelatedP50MS float64 `json:"related_p50_ms"`
	RelatedP99MS float64 `json:"related_p99_ms"`
	// Sampled peaks of the resident set's anonymous part (Go heap) and
	// mapped-file part (bbolt and bleve pages), per phase.
	RSSImportAnonMB float64 `json:"rss_import_anon_mb"`
	RSSImportFileMB float64 `json:"rss_import_file_mb"`
	RSSBrowseAnonMB float64 `json:"rss_browse_anon_mb"`
	RSSBrowseFileMB float64 `json:"rss_browse_file_mb"`
	Queries         int     `json:"queries"`
	WorkDir         string  `json:"work_dir,omitempty"`
	// With --runs N: every run's import ratio (the figures above are
	// medians over the runs).
	Runs         int       `json:"runs"`
	ImportRatios []float64 `json:"import_ratios"`
	// Sharding, with --shards: one index against shards behind an alias.
	Sharding *ShardResult `json:"sharding,omitempty"`
}

func (o Options) logf(format string, args ...any) {
	if o.Log != nil {
		fmt.Fprintf(o.Log, format+"\n", args...)
	}
}

// Run builds the synthetic archive and measures it.
func Run(ctx context.Context, o Options) (*Result, error) {
	if o.Articles <= 0 {
		return nil, fmt.Errorf("--articles must be positive")
	}
	work, err := os.MkdirTemp("", "storyline-bench-")
	if err != nil {
		return nil, err
	}
	if !o.Keep {
		defer os.RemoveAll(work)
	}
	srcs, err := loadSources(o.From)
	if err != nil {
		return nil, err
	}
	arts := generate(srcs, o.Articles, o.Seed)
	in := filepath.Join(work, "input")
	if err := os.MkdirAll(in, 0o755); err != nil {
		return nil, err
	}
	_, raw, err := writeJSONL(in, arts, 1000)
	if err != nil {
		return nil, err
	}
	res := &Result{Articles: len(arts), RawBytes: raw}
	if o.Keep {
		res.WorkDir = work
	}

	// The baseline's documents: the same articles, as bleve takes them.
	docs := make([]index.BaselineDoc, len(arts))
	for i, a := range arts {
		docs[i] = index.BaselineDoc{ID: a.ID, Title: a.Title, Body: a.Body, Published: a.Date}
	}
	runs := max(o.Runs, 1)
	var rate, base, ratio, rss, anon, file []float64
	archive := filepath.Join(work, "archive")
	for run := 1; run <= runs; run++ {
		b, imp, secs, err := importRun(ctx, o, docs, in, work, archive, run, runs)
		if err != nil {
			return nil, err
		}
		rate = append(rate, float64(len(arts))/secs)
		base = append(base, b)
		ratio = append(ratio, rate[len(rate)-1]/b)
		rss, anon, file = append(rss, imp.RSSMB), append(anon, imp.AnonMB), append(file, imp.FileMB)
	}
	res.Runs, res.ImportRatios = runs, ratio
	res.ImportArticlesPerS = median(rate)
	res.BleveOnlyArticlesPerS = median(base)
	res.ImportMBPerS = float64(raw) / 1e6 / (float64(len(arts)) / res.ImportArticlesPerS)
	res.ImportRatio = median(ratio)
	res.RSSImportMB, res.RSSImportAnonMB, res.RSSImportFileMB = median(rss), median(anon), median(file)
	res.ArchiveBytes = diskuse.Of(archive)
	res.ArchiveRatio = float64(res.ArchiveBytes) / float64(raw)

	// Browsing in its own process: open, first frame, keys, searches.
	o.logf("browse: first frame, keys, searches")
	out, err := runChild(ctx, o.Exe, "--archive", archive, "bench", "--phase", "browse")
	if err != nil {
		return nil, fmt.Errorf("browse: %w\n%s", err, out)
	}
	var br BrowseResult
	if err := json.Unmarshal(out, &br); err != nil {
		return nil, fmt.Errorf("browse output: %w", err)
	}
	res.FirstFrameMS, res.KeyP50MS, res.KeyP99MS = br.FirstFrameMS, br.KeyP50MS, br.KeyP99MS
	res.SearchP50MS, res.SearchP99MS, res.Queries = br.SearchP50MS, br.SearchP99MS, br.Queries
	res.RSSBrowseMB = br.RSSMB
	res.RSSBrowseAnonMB, res.RSSBrowseFileMB = br.AnonMB, br.FileMB
	res.RelatedP50MS, res.RelatedP99MS = br.RelatedP50MS, br.RelatedP99MS

	if o.Shards >= 2 {
		o.logf("sharding: %d shards against one index", o.Shards)
		if res.Sharding, err = Shards(ctx, archive, work, o.Shards); err != nil {
			return nil, fmt.Errorf("shards: %w", err)
		}
	}
	return res, nil
}

// importRun times the naive bleve baseline and then storyline's import
// (in its own process) on the same articles, leaving storyline's archive
// at archive. It returns the baseline's articles per second, the import
// phase's report and the import's seconds.
func importRun(ctx context.Context, o Options, docs []index.BaselineDoc, in, work, archive string, run, runs int) (float64, *ImportPhase, float64, error) {
	tag := ""
	if runs > 1 {
		tag = fmt.Sprintf(" (run %d of %d)", run, runs)
	}
	o.logf("bleve-only baseline: %d articles%s", len(docs), tag)
	took, err := index.NaiveBaseline(filepath.Join(work, "baseline"), docs)
	if err != nil {
		return 0, nil, 0, fmt.Errorf("baseline: %w", err)
	}
	_ = os.RemoveAll(filepath.Join(work, "baseline"))
	base := float64(len(docs)) / took.Seconds()

	_ = os.RemoveAll(archive)
	o.logf("storyline import: %d articles%s", len(docs), tag)
	start := time.Now()
	out, err := runChild(ctx, o.Exe, "--archive", archive, "bench", "--phase", "import", in)
	if err != nil {
		return 0, nil, 0, fmt.Errorf("import: %w\n%s", err, out)
	}
	secs := time.Since(start).Seconds()
	var imp ImportPhase
	if err := json.Unmarshal(out, &imp); err != nil {
		return 0, nil, 0, fmt.Errorf("import output: %w", err)
	}
	if imp.Added != len(docs) || imp.Failed != 0 {
		return 0, nil, 0, fmt.Errorf("import added %d of %d articles (%d failed)", imp.Added, len(docs), imp.Failed)
	}
	return base, &imp, secs, nil
}

// median returns the middle value of xs (the mean of the middle two for
// an even count).
func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	if n := len(s); n%2 == 0 {
		return (s[n/2-1] + s[n/2]) / 2
	}
	return s[len(s)/2]
}

// runChild runs the storyline binary and returns its stdout. (Peak memory
// is read by the child itself: a parent's rusage of a child counts memory
// the child had before exec.)
func runChild(ctx context.Context, exe string, args ...string) ([]byte, error) {
	cmd := exec.CommandContext(ctx, exe, args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		return append(stdout.Bytes(), stderr.Bytes()...), err
	}
	return stdout.Bytes(), nil
}

// ImportPhase is what the import phase reports.
type ImportPhase struct {
	Added  int     `json:"added"`
	Failed int     `json:"failed"`
	RSSMB  float64 `json:"rss_mb"`
	// Peaks of the two parts of the resident set, sampled.
	AnonMB float64 `json:"rss_anon_mb"`
	FileMB float64 `json:"rss_file_mb"`
}

// Import is the import phase, run in its own process: it imports paths
// into the archive at dir and reports the process's peak memory.
func Import(ctx context.Context, dir string, paths []string) (*ImportPhase, error) {
	archive.LimitImportMemory()
	stop := residentPeaks()
	a, err := archive.Open(dir, archive.Options{})
	if err != nil {
		return nil, err
	}
	res, err := a.Import(ctx, paths, archive.ImportOptions{})
	if cerr := a.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return nil, err
	}
	anon, file := stop()
	return &ImportPhase{Added: res.Added, Failed: res.Failed, RSSMB: peakRSSMB(), AnonMB: anon, FileMB: file}, nil
}

// peakRSSMB reads this process's peak resident set (VmHWM, reset by exec).
func peakRSSMB() float64 { return statusMB("VmHWM") }

// statusMB reads one memory field of this process from /proc (0 when it
// cannot).
func statusMB(field string) float64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, field+":"); ok {
			var kb float64
			fmt.Sscanf(strings.TrimSpace(rest), "%f", &kb)
			return kb / 1024
		}
	}
	return 0
}

// residentPeaks samples the two parts of this process's resident memory
// every 50 ms until stop is called: anonymous memory (the Go heap and
// stacks) and file pages mapped from the archive's files (bbolt and bleve
// read their files through mmap; the kernel can drop those pages at any
// time, but they count in the resident set).
func residentPeaks() (stop func() (anonMB, fileMB float64)) {
	done := make(chan struct{})
	var anon, file float64
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(50 * time.Millisecond)
		defer t.Stop()
		for {
			anon = max(anon, statusMB("RssAnon"))
			file = max(file, statusMB("RssFile"))
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	}()
	return func() (float64, float64) {
		close(done)
		wg.Wait()
		return max(anon, statusMB("RssAnon")), max(file, statusMB("RssFile"))
	}
}
