package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/term"

	"github.com/storyline/storyline/index"
	"github.com/storyline/storyline/internal/archive"
	"github.com/storyline/storyline/internal/sanitize"
)

type importCmd struct {
	Paths []string `arg:"" name:"path" help:"Files, folders or - for stdin." type:"path"`
}

func isTerminal(f any) bool {
	if file, ok := f.(*os.File); ok {
		return term.IsTerminal(file.Fd())
	}
	return false
}

func (c *importCmd) Run(g *globals) error {
	for i, p := range c.Paths {
		if strings.HasSuffix(p, string(os.PathSeparator)+"-") && !fileExists(p) {
			c.Paths[i] = "-" // kong resolved "-" as a path
		}
	}
	if res := unreadable(c.Paths); !g.Demo && res != nil {
		// Nothing to import: the archive is neither created (a typo on
		// the first import would leave an empty archive where the demo
		// was) nor taken from a browser that has it open.
		if err := reportImportErrors(g, res); err != nil {
			return err
		}
		if !g.JSON {
			fmt.Fprintf(g.stdout, "imported: nothing, %s: the archive at %s is unchanged\n", plural(res.Failed, "input")+" could not be read", g.archiveDir())
		}
		return partialError{}
	}
	a, err := g.openWrite()
	if err != nil {
		return err
	}
	defer a.Close()
	archive.LimitImportMemory()
	start := time.Now()
	opts := archive.ImportOptions{}
	tty := isTerminal(g.stderr)
	if tty && !g.JSON {
		opts.Progress = progressBar(g, start)
	}
	res, err := a.Import(g.ctx, c.Paths, opts)
	if tty && !g.JSON {
		fmt.Fprint(g.stderr, "\r\x1b[K")
	}
	if res != nil {
		if jerr := reportImportErrors(g, res); jerr != nil {
			return jerr
		}
		if !g.JSON {
			el := time.Since(start).Seconds()
			n := res.Added + res.Updated
			unchanged := fmt.Sprintf("%d unchanged", res.Unchanged)
			if res.Repeated > 0 {
				unchanged += fmt.Sprintf(" (%d repeat a story earlier in the input)", res.Repeated)
			}
			// Failed counts inputs (files, or stdin), not stories: say so.
			failed := fmt.Sprintf("%d inputs failed", res.Failed)
			if res.Failed == 1 {
				failed = "1 input failed"
			}
			fmt.Fprintf(g.stdout, "imported: %d added, %d updated, %s, %s in %.1fs", res.Added, res.Updated, unchanged, failed, el)
			if n > 0 && el > 0 {
				fmt.Fprintf(g.stdout, " (%.0f stories/s)", float64(n)/el)
			}
			fmt.Fprintf(g.stdout, "\narchive: %s\n", a.Dir())
		}
	}
	if a.AnalysisOutdated() {
		fmt.Fprintln(g.stderr, outdatedNote)
	}
	if err != nil {
		return err
	}
	if res.Failed > 0 {
		return partialError{}
	}
	return nil
}

// unreadable returns, when none of paths exists (stdin, "-", always
// does), the import's result saying so; nil when there is something to
// import.
func unreadable(paths []string) *archive.ImportResult {
	res := &archive.ImportResult{Errors: []archive.FileError{}}
	for _, p := range paths {
		if p == "-" {
			return nil
		}
		_, err := os.Stat(p)
		if err == nil {
			return nil
		}
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		res.Failed++
		res.Errors = append(res.Errors, archive.FileError{Path: p, Error: err.Error()})
	}
	return res
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

func progressBar(g *globals, start time.Time) func(archive.Progress) {
	last := time.Time{}
	shown := 0.0 // the bar never moves back
	return func(p archive.Progress) {
		if time.Since(last) < 100*time.Millisecond && p.FilesDone < p.FilesTotal {
			return
		}
		last = time.Now()
		const width = 30
		// Within a file too: one big export moves the bar as its
		// stories are written.
		frac := max(p.Fraction(), shown)
		shown = frac
		fill := int(frac * width)
		bar := strings.Repeat("█", fill) + strings.Repeat("░", width-fill)
		fmt.Fprintf(g.stderr, "\r\x1b[K%s %3.0f%%  %d/%d files  %d new  %d updated  %d unchanged  %d failed  %.0fs",
			bar, frac*100, p.FilesDone, p.FilesTotal, p.Added, p.Updated, p.Unchanged, p.Failed, time.Since(start).Seconds())
	}
}

// countLine returns, when stderr is a terminal, a progress callback that
// rewrites one stderr line with format's two counts ("reindexing
// %d/%d"), and the function that clears that line when the work is done;
// otherwise a nil callback and a no-op.
func countLine(g *globals, format string) (progress func(done, total int), finish func()) {
	if !isTerminal(g.stderr) {
		return nil, func() {}
	}
	progress = func(done, total int) { fmt.Fprintf(g.stderr, "\r\x1b[K"+format, done, total) }
	return progress, func() { fmt.Fprint(g.stderr, "\r\x1b[K") }
}

// foldSpare is how many hits or stories beyond --limit the text output
// of search and list asks for, to fill the places of versions folded
// under other stories.
const foldSpare = 10

// otherVersions is the line naming a story's other versions: "1 other
// version: ID".
func otherVersions(ids []string) string {
	return plural(len(ids), "other version") + ": " + strings.Join(ids, ", ")
}

type searchCmd struct {
	Query []string `arg:"" help:"Query: words, \"a phrase\", +must -not, field:value (title, body, actor, name, thread, source, category), published:>\"2025-01-01\", word~ for near spellings."`
	Limit int      `help:"Number of hits." default:"10"`
	Sort  string   `help:"Rank hits by relevance, newest or oldest (stories without a date last)." enum:"relevance,newest,oldest" default:"relevance"`
}

func (c *searchCmd) Run(g *globals) error {
	q := strings.Join(c.Query, " ")
	if strings.TrimSpace(q) == "" {
		return usageError{errors.New("empty query: give words to search for (storyline list lists every story)")}
	}
	if err := index.Validate(q); err != nil {
		var qe *index.QueryError
		if errors.As(err, &qe) {
			err = fmt.Errorf("%w: %s", err, qe.Hint())
		}
		return usageError{err}
	}
	order, err := index.ParseOrder(c.Sort)
	if err != nil {
		return usageError{err}
	}
	a, err := g.open()
	if err != nil {
		return err
	}
	defer a.Close()
	limit := c.Limit
	if !g.JSON && limit > 0 {
		// Versions fold under the hit they belong to: ask for a few more
		// so that the text lists --limit stories.
		limit += foldSpare
	}
	res, err := a.SearchOrdered(g.ctx, q, limit, order)
	if err != nil {
		return err
	}
	// On stderr, so that stdout stays the result: what may be wrong with
	// a query that found nothing, or that names a field no story has.
	if res.Total == 0 {
		for _, h := range index.Advice(q) {
			fmt.Fprintln(g.stderr, "storyline:", h)
		}
	} else if h := index.FieldAdvice(q); h != "" {
		fmt.Fprintln(g.stderr, "storyline:", h)
	}
	if g.JSON {
		for i := range res.Hits {
			for j, f := range res.Hits[i].Fragments {
				res.Hits[i].Fragments[j] = markup(f, "<mark>", "</mark>")
			}
		}
		return g.emit(res)
	}
	tty, width := isTerminal(g.stdout), wrapWidth(g.stdout)
	verb := "match"
	if res.Total == 1 {
		verb = "matches"
	}
	fmt.Fprintf(g.stdout, "%s %s (%.1f ms)\n", plural(int(res.Total), "story"), verb, res.TookMS)
	shown := 0
	for _, h := range res.Hits {
		if h.VersionOf != "" {
			continue // listed with the hit it is a version of
		}
		if shown++; c.Limit > 0 && shown > c.Limit {
			break
		}
		fmt.Fprintf(g.stdout, "\n%s  %s  %s\n", h.ID, date(h.Published), sanitize.Line(h.Title))
		if len(h.Versions) > 0 {
			fmt.Fprintf(g.stdout, "  %s\n", otherVersions(h.Versions))
		}
		if len(h.Labels) > 0 {
			var ls []string
			for i, l := range h.Labels {
				ls = append(ls, fmt.Sprintf("%s %s", h.Threads[i], sanitize.Line(l)))
			}
			fmt.Fprintf(g.stdout, "  threads: %s\n", hangWrap(strings.Join(ls, "; "), width, "           "))
		}
		for _, f := range h.Fragments {
			if tty {
				fmt.Fprintf(g.stdout, "  %s\n", hangWrap(markup(f, "\x1b[1;33m", "\x1b[0m"), width, "  "))
			} else {
				fmt.Fprintf(g.stdout, "  %s\n", markup(f, "[", "]"))
			}
		}
	}
	return nil
}

// markup sanitises a fragment and replaces the index's highlight markers.
func markup(f, open, close string) string {
	var b strings.Builder
	for i, part := range strings.Split(f, index.MarkStart) {
		if i == 0 {
			b.WriteString(inline(part))
			continue
		}
		hit, rest, _ := strings.Cut(part, index.MarkEnd)
		b.WriteString(open + inline(hit) + close)
		b.WriteString(inline(rest))
	}
	return strings.TrimSpace(b.String())
}

// inline sanitises s and folds line breaks into spaces, keeping the
// spacing at its ends (fragments are built from pieces).
func inline(s string) string {
	return strings.ReplaceAll(sanitize.Text(s), "\n", " ")
}

func date(t *time.Time) string {
	if t == nil {
		return "          "
	}
	return t.Format("2006-01-02")
}

type showCmd struct {
	ID  string `arg:"" help:"Story id (or a thread id STORY#N)."`
	All bool   `help:"Also print boilerplate paragraphs." short:"a"`
}

func (c *showCmd) Run(g *globals) error {
	return query(g, func(a *archive.Archive) (*archive.Story, error) { return a.Story(g.ctx, c.ID) }, c.print)
}

func (c *showCmd) print(g *globals, s *archive.Story) error {
	w := g.stdout
	fmt.Fprintf(w, "%s\n", sanitize.Line(s.Title))
	meta := []string{s.ID, "undated"}
	if s.Published != nil {
		meta[1] = date(s.Published)
	}
	for _, m := range []string{s.Source, s.Byline, s.URL} {
		if m != "" {
			meta = append(meta, sanitize.Line(m))
		}
	}
	fmt.Fprintf(w, "%s\n", strings.Join(meta, " · "))
	if len(s.Versions) > 0 {
		fmt.Fprintf(w, "%s\n", otherVersions(s.Versions))
	}
	if len(s.Threads) > 0 {
		fmt.Fprintln(w, "\nthreads:")
		for _, t := range s.Threads {
			fmt.Fprintf(w, "  %s  %s  (%s)\n", t.ID, sanitize.Line(t.Label), plural(len(t.Paragraphs), "paragraph"))
		}
	}
	fmt.Fprintln(w)
	width := wrapWidth(w)
	for _, p := range s.Paragraphs {
		if p.Boilerplate && !c.All {
			continue
		}
		tag := "   "
		if p.Thread != nil {
			tag = fmt.Sprintf("%2d ", *p.Thread)
		}
		if p.Boilerplate {
			tag = " ~ "
		}
		fmt.Fprintf(w, "%s│ %s\n\n", tag, hangWrap(sanitize.Line(p.Text), width, "   │ "))
	}
	if len(s.Actors) > 0 {
		fmt.Fprintln(w, "actors:")
		printActors(w, s.Actors, false)
	}
	return nil
}

// wrapWidth is the width lines are wrapped to: 0 (no wrapping) unless w
// is a terminal, and at most 105 columns so that lines stay readable on
// wide ones.
func wrapWidth(w io.Writer) int {
	if !isTerminal(w) {
		return 0
	}
	cols, _, err := term.GetSize(w.(*os.File).Fd())
	if err != nil || cols < 30 {
		return 0
	}
	return min(cols, 105)
}

// hangWrap wraps text, which follows a prefix as wide as indent, to
// width columns (0: not at all), starting each further line with indent,
// so that a terminal does not fold lines back to the first column.
func hangWrap(text string, width int, indent string) string {
	if width <= 0 {
		return text
	}
	return strings.ReplaceAll(ansi.Wordwrap(text, width-ansi.StringWidth(indent), ""), "\n", "\n"+indent)
}

func printActors(w0 io.Writer, actors []archive.Actor, stories bool) {
	var buf bytes.Buffer
	w := tabwriter.NewWriter(&buf, 2, 4, 2, ' ', 0)
	for _, ac := range actors {
		roles := strings.Join(ac.Roles, ", ")
		n := plural(ac.Mentions, "mention")
		if stories {
			n = plural(ac.Stories, "story")
		}
		// Roles last: one actor's long list must not pad every line.
		fmt.Fprintf(w, "  %s\t%s\t%s\t%s\n", sanitize.Line(ac.Name), ac.Kind, n, sanitize.Line(roles))
	}
	w.Flush()
	// An actor without roles leaves the padding of its empty last cell.
	for line := range strings.Lines(buf.String()) {
		fmt.Fprintln(w0, strings.TrimRight(line, " \n"))
	}
}

// plural writes "1 story", "2 stories", "3 mentions".
func plural(n int, noun string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, noun)
	}
	if strings.HasSuffix(noun, "y") {
		return fmt.Sprintf("%d %sies", n, strings.TrimSuffix(noun, "y"))
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

type listCmd struct {
	Limit  int `help:"Number of stories (0 for all)." default:"50"`
	Offset int `help:"Skip this many stories."`
}

func (c *listCmd) Run(g *globals) error {
	a, err := g.open()
	if err != nil {
		return err
	}
	defer a.Close()
	limit := c.Limit
	if limit <= 0 {
		limit = int(^uint(0) >> 1) // --limit 0 (or --limit=-1): all
	}
	offset := max(c.Offset, 0)
	ask := limit
	if !g.JSON && limit < int(^uint(0)>>1)-foldSpare {
		ask += foldSpare // room for versions, which the text folds
	}
	rows, total, err := a.List(g.ctx, offset, ask)
	if err != nil {
		return err
	}
	if len(rows) == 0 && offset > 0 && total > 0 {
		// On stderr: stdout stays the (empty) list.
		fmt.Fprintf(g.stderr, "storyline: no stories from --offset %d: the archive has %s\n", offset, plural(total, "story"))
	}
	if g.JSON {
		return g.emit(rows)
	}
	// Versions of a story list after it: the text shows them as a count
	// on that story, and --limit counts the stories shown.
	shown, used := 0, 0
	for _, r := range rows {
		if shown == limit && r.VersionOf == "" {
			break
		}
		used++
		if r.VersionOf != "" {
			continue
		}
		shown++
		fmt.Fprintf(g.stdout, "%s  %s  %s\n", r.ID, date(r.Published), sanitize.Line(r.Title))
		if len(r.Versions) > 0 {
			fmt.Fprintf(g.stdout, "  %s\n", otherVersions(r.Versions))
		}
	}
	if total > offset+used {
		fmt.Fprintln(g.stdout, listFooter(g, a, offset, used, total))
	}
	return nil
}

// listFooter says how far a page of the list reached. The archive counts
// versions of a story as rows of their own (--offset counts them too), but
// the text folds them under their story, so the footer counts stories as
// the TUI's title does and names the rows for --offset apart: "… 50 of
// 1695 rows: 1641 stories and 54 versions (--offset 50 for more)".
func listFooter(g *globals, a *archive.Archive, offset, used, total int) string {
	versions, err := a.Folded(g.ctx)
	if err != nil || versions <= 0 || versions >= total {
		return fmt.Sprintf("… %d of %s (--offset %d for more)", offset+used, plural(total, "story"), offset+used)
	}
	return fmt.Sprintf("… %d of %d rows: %s and %s (--offset %d for more)",
		offset+used, total, plural(total-versions, "story"), plural(versions, "version"), offset+used)
}

type threadsCmd struct {
	ID string `arg:"" help:"Story id. The text numbers paragraphs from 1, as a reader counts them; --json keeps the 0-based indices of show --json's paragraphs."`
}

func (c *threadsCmd) Run(g *globals) error {
	return query(g, func(a *archive.Archive) ([]archive.Thread, error) { return a.Threads(g.ctx, c.ID) }, printThreads)
}

func printThreads(g *globals, ts []archive.Thread) error {
	for _, t := range ts {
		arc := ""
		if t.Arc != nil {
			arc = "  storyline " + *t.Arc
		}
		fmt.Fprintf(g.stdout, "%s  %s  %s%s\n", t.ID, sanitize.Line(t.Label), paragraphSpan(t.Paragraphs), arc)
		if len(t.Actors) > 0 {
			fmt.Fprintf(g.stdout, "    actors: %s\n", sanitize.Line(strings.Join(t.Actors, ", ")))
		}
	}
	return nil
}

// paragraphSpan names a thread's paragraphs for a person: numbered from
// 1 (the stored indices, which --json keeps, count from 0), runs of
// neighbours as ranges: "paragraphs 1–3, 7, 9–10", "paragraph 4".
func paragraphSpan(idx []int) string {
	if len(idx) == 0 {
		return "no paragraphs"
	}
	idx = slices.Compact(slices.Sorted(slices.Values(idx)))
	var runs []string
	for i := 0; i < len(idx); {
		j := i
		for j+1 < len(idx) && idx[j+1] <= idx[j]+1 {
			j++
		}
		switch {
		case idx[j] == idx[i]:
			runs = append(runs, fmt.Sprint(idx[i]+1))
		case idx[j] == idx[i]+1:
			runs = append(runs, fmt.Sprintf("%d, %d", idx[i]+1, idx[j]+1))
		default:
			runs = append(runs, fmt.Sprintf("%d–%d", idx[i]+1, idx[j]+1))
		}
		i = j + 1
	}
	noun := "paragraphs "
	if len(idx) == 1 {
		noun = "paragraph "
	}
	return noun + strings.Join(runs, ", ")
}

type actorsCmd struct {
	ID    string `arg:"" optional:"" help:"Story id, or an actor id/name from the archive-wide list; none lists the archive's actors."`
	Limit int    `help:"Number of archive actors (0 for all)." default:"50"`
}

func (c *actorsCmd) Run(g *globals) error {
	a, err := g.open()
	if err != nil {
		return err
	}
	defer a.Close()
	if c.ID == "" {
		as, err := a.ArchiveActors(g.ctx, c.Limit)
		if err != nil {
			return err
		}
		if g.JSON {
			return g.emit(as)
		}
		printActors(g.stdout, as, true)
		return nil
	}
	as, err := a.StoryActors(g.ctx, c.ID)
	var nf *archive.NotFoundError
	if errors.As(err, &nf) {
		act, stories, err2 := a.ActorDetail(g.ctx, c.ID)
		if err2 != nil {
			return fmt.Errorf("%q is neither a story id nor an actor (see `storyline list` and `storyline actors`)", c.ID)
		}
		if g.JSON {
			return g.emit(struct {
				*archive.Actor
				StoryList []archive.StorySummary `json:"story_list"`
			}{act, stories})
		}
		printActors(g.stdout, []archive.Actor{*act}, true)
		for _, s := range stories {
			fmt.Fprintf(g.stdout, "  %s  %s  %s\n", s.ID, date(s.Published), sanitize.Line(s.Title))
		}
		return nil
	}
	if err != nil {
		return err
	}
	if g.JSON {
		return g.emit(as)
	}
	printActors(g.stdout, as, false)
	return nil
}

type relatedCmd struct {
	ID    string `arg:"" name:"id" help:"Thread id STORY#N; or a story id, for the related threads of each of its threads (--json: one object per thread, {\"thread\",\"label\",\"related\": [...]})."`
	Limit int    `help:"Number of related threads (per thread of a story)." default:"10"`
}

// threadRelated is the related threads of one thread of a story, as
// related STORY_ID lists them.
type threadRelated struct {
	Thread  string            `json:"thread"`
	Label   string            `json:"label"`
	Related []archive.Related `json:"related"`
}

func (c *relatedCmd) Run(g *globals) error {
	if !strings.Contains(c.ID, "#") {
		return query(g, func(a *archive.Archive) ([]threadRelated, error) { return c.ofStory(g, a) }, printStoryRelated)
	}
	return query(g, func(a *archive.Archive) ([]archive.Related, error) { return a.Related(g.ctx, c.ID, c.Limit) }, printRelated)
}

// ofStory finds the related threads of every thread of the story c.ID,
// in the story's order of threads.
func (c *relatedCmd) ofStory(g *globals, a *archive.Archive) ([]threadRelated, error) {
	s, err := a.Story(g.ctx, c.ID)
	if err != nil {
		return nil, err
	}
	out := []threadRelated{}
	for _, t := range s.Threads {
		rs, err := a.Related(g.ctx, t.ID, c.Limit)
		if err != nil {
			return nil, err
		}
		out = append(out, threadRelated{Thread: t.ID, Label: t.Label, Related: rs})
	}
	return out, nil
}

func printRelated(g *globals, rs []archive.Related) error {
	if len(rs) == 0 {
		fmt.Fprintln(g.stdout, noRelated)
		return nil
	}
	printRelatedRows(g, rs, "")
	return nil
}

// noRelated says why a thread has no related threads.
const noRelated = "no related threads: no other story shares enough names and words"

// printRelatedRows prints related threads, each line after indent.
func printRelatedRows(g *globals, rs []archive.Related, indent string) {
	width := wrapWidth(g.stdout)
	for _, r := range rs {
		fmt.Fprintf(g.stdout, "%s%-16s %s  %.2f  %s — %s\n", indent, r.Thread, date(r.Published), r.Score, sanitize.Line(r.Title), sanitize.Line(r.Label))
		if len(r.Why) > 0 {
			fmt.Fprintf(g.stdout, "%s    why: %s\n", indent, hangWrap(sanitize.Line(strings.Join(r.Why, ", ")), width, indent+"         "))
		}
	}
}

// printStoryRelated prints the related threads of each thread of a
// story under a heading naming the thread.
func printStoryRelated(g *globals, ts []threadRelated) error {
	if len(ts) == 0 {
		fmt.Fprintln(g.stdout, "no threads: the story has no paragraph to read")
		return nil
	}
	for i, t := range ts {
		if i > 0 {
			fmt.Fprintln(g.stdout)
		}
		fmt.Fprintf(g.stdout, "%s  %s\n", t.Thread, sanitize.Line(t.Label))
		if len(t.Related) == 0 {
			fmt.Fprintln(g.stdout, "  "+noRelated)
			continue
		}
		printRelatedRows(g, t.Related, "  ")
	}
	return nil
}

type arcsCmd struct {
	Limit int `help:"Number of storylines (0 = all)." default:"0"`
}

func (c *arcsCmd) Run(g *globals) error {
	return query(g, func(a *archive.Archive) ([]archive.Arc, error) {
		arcs, err := a.Arcs(g.ctx)
		if c.Limit > 0 && len(arcs) > c.Limit {
			arcs = arcs[:c.Limit]
		}
		return arcs, err
	}, printArcs)
}

func printArcs(g *globals, arcs []archive.Arc) error {
	if len(arcs) == 0 {
		fmt.Fprintln(g.stdout, "no storylines yet: a storyline forms when threads of two or more stories are about the same matter")
		return nil
	}
	w := 0
	for _, arc := range arcs {
		w = max(w, len(arc.ID))
	}
	for _, arc := range arcs {
		fmt.Fprintf(g.stdout, "%-*s  %s  %3d threads  %s\n", w, arc.ID, span(arc.First, arc.Last), len(arc.Threads), sanitize.Line(arc.Label))
	}
	return nil
}

// span shows the dates a storyline runs over, in a fixed width.
func span(first, last *time.Time) string {
	if first == nil && last == nil {
		return fmt.Sprintf("%-23s", "undated")
	}
	return date(first) + " → " + date(last)
}

type reindexCmd struct {
	Reanalyse bool `help:"Re-run the NLP on every story, not only those analysed by an older model."`
}

func (c *reindexCmd) Run(g *globals) error {
	a, err := g.openWrite()
	if err != nil {
		return err
	}
	defer a.Close()
	archive.LimitImportMemory()
	start := time.Now()
	var progress func(done, total int)
	finish := func() {}
	if !g.JSON {
		progress, finish = countLine(g, "reindexing %d/%d")
	}
	res, err := a.Reindex(g.ctx, c.Reanalyse, progress)
	finish()
	if err != nil {
		return err
	}
	if g.JSON {
		return g.emit(res)
	}
	fmt.Fprintf(g.stdout, "reindexed %d stories (%d re-analysed), %d threads, %d storylines in %.1fs\n", res.Stories, res.Reanalysed, res.Threads, res.Arcs, time.Since(start).Seconds())
	return nil
}

type statsCmd struct{}

func (c *statsCmd) Run(g *globals) error {
	a, err := g.open()
	if err != nil {
		return err
	}
	defer a.Close()
	s, err := a.Stats(g.ctx)
	if err != nil {
		return err
	}
	if g.JSON {
		return g.emit(s)
	}
	rows := [][2]string{
		{"archive", a.Dir()},
		{"stories", fmt.Sprintf("%d (%d indexed)", s.Stories, s.IndexedStories)},
		{"threads", fmt.Sprint(s.Threads)},
		{"actors", fmt.Sprint(s.Actors)},
		{"storylines", fmt.Sprint(s.Arcs)},
		{"store", fmt.Sprintf("%.1f MB", float64(s.StoreBytes)/1e6)},
		{"index", fmt.Sprintf("%.1f MB", float64(s.IndexBytes)/1e6)},
	}
	if a.AnalysisOutdated() {
		rows = append(rows, [2]string{"analysis", outdatedNote})
	}
	for _, r := range rows {
		fmt.Fprintf(g.stdout, "%-12s%s\n", r[0]+":", r[1])
	}
	return nil
}

// outdatedNote tells the user that older stories miss this version's
// analysis, and what to do.
const outdatedNote = "some stories were analysed by an older storyline: run `storyline reindex` to update their threads, actors and storylines"

type timelineCmd struct {
	ID string `arg:"" help:"A storyline id (see arcs), a thread id STORY#N whose storyline to show, or a story id whose threads are in one storyline."`
}

func (c *timelineCmd) Run(g *globals) error {
	return query(g, func(a *archive.Archive) ([]archive.ArcEntry, error) {
		arc, err := arcOf(g, a, c.ID)
		if err != nil {
			return nil, err
		}
		return a.Storyline(g.ctx, arc)
	}, printTimeline)
}

// arcOf resolves id, a storyline id or a thread id STORY#N, to a
// storyline id.
func arcOf(g *globals, a *archive.Archive, id string) (string, error) {
	if !strings.Contains(id, "#") {
		if s, err := a.Story(g.ctx, id); err == nil {
			return storyArc(g, a, s)
		}
		return id, nil
	}
	thread, arc, err := a.ThreadStoryline(g.ctx, id)
	if err == nil && arc == "" {
		err = fmt.Errorf("thread %s is in no storyline: no other story's thread is about its matter (try storyline related %s)", thread, thread)
	}
	return arc, err
}

// storyArc is the storyline of a story given by its id: that of its one
// thread in a storyline, or an error naming the threads to choose from.
func storyArc(g *globals, a *archive.Archive, s *archive.Story) (string, error) {
	var threads, arcs []string
	for _, t := range s.Threads {
		if _, arc, err := a.ThreadStoryline(g.ctx, t.ID); err == nil && arc != "" && !slices.Contains(arcs, arc) {
			threads, arcs = append(threads, t.ID), append(arcs, arc)
		}
	}
	switch len(arcs) {
	case 1:
		return arcs[0], nil
	case 0:
		return "", fmt.Errorf("story %s has no thread in a storyline: no other story's thread is about its matters (try storyline related %s#1)", s.ID, s.ID)
	}
	return "", fmt.Errorf("story %s has threads in %d storylines: give one of its threads (%s)", s.ID, len(arcs), strings.Join(threads, ", "))
}

func printTimeline(g *globals, es []archive.ArcEntry) error {
	stories, threads := map[string]bool{}, 0
	for _, e := range es {
		if e.VersionOf == "" { // listed with the story it is a version of
			stories[e.Story] = true
			threads++
		}
	}
	fmt.Fprintf(g.stdout, "%s · %s\n\n", plural(len(stories), "story"), plural(threads, "thread"))
	width := wrapWidth(g.stdout)
	for _, e := range es {
		if e.VersionOf != "" {
			continue
		}
		fmt.Fprintf(g.stdout, "%s  %-16s %s — %s\n", date(e.Published), e.Thread, sanitize.Line(e.Title), sanitize.Line(e.Label))
		if len(e.Versions) > 0 {
			fmt.Fprintf(g.stdout, "    %s\n", otherVersions(e.Versions))
		}
		if len(e.NewActors) > 0 {
			fmt.Fprintf(g.stdout, "    new: %s\n", hangWrap(sanitize.Line(strings.Join(e.NewActors, ", ")), width, "         "))
		}
	}
	return nil
}

// reportImportErrors writes each input that failed to stderr and, with
// --json, the import's result to stdout.
func reportImportErrors(g *globals, res *archive.ImportResult) error {
	for _, e := range res.Errors {
		fmt.Fprintf(g.stderr, "storyline: %s: %s\n", sanitize.Line(e.Path), sanitize.Line(e.Error))
	}
	if g.JSON {
		return g.emit(res)
	}
	return nil
}
