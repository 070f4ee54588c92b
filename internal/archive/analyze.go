package archive

import (
	"fmt"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/storyline/storyline/index"
	"github.com/storyline/storyline/internal/actor"
	"github.com/storyline/storyline/internal/article"
	"github.com/storyline/storyline/internal/link"
	"github.com/storyline/storyline/internal/nlp"
	"github.com/storyline/storyline/internal/store"
	"github.com/storyline/storyline/internal/thread"
	"github.com/storyline/storyline/internal/versions"
)

// AnalysisVersion names the whole analysis pipeline; stories analysed by
// an older one are re-analysed by reindex.
func AnalysisVersion() string {
	return nlp.ModelVersion + "/" + actor.Version + "/" + thread.Version + "/" + link.Version + "/" + pipelineVersion
}

// pipelineVersion changes whenever the archive's own part of the analysis
// (what it feeds the packages above) changes in a way that stored analysis
// must be recomputed.
const pipelineVersion = "5"

// docFreq is the archive's document-frequency table behind thread.Stats
// (its documents are reading paragraphs, as the segmenter counts them),
// safe for concurrent readers while the importer adds to it.
type docFreq struct {
	mu sync.RWMutex
	df map[string]int
	n  int
}

func (d *docFreq) DF(term string) int {
	d.mu.RLock()
	defer d.mu.RUnlock()
	return d.df[term]
}

func (d *docFreq) N() int {
	d.mu.RLock()
	defer d.mu.RUnlock()
	return d.n
}

// frozenDF is a snapshot of document frequencies that nothing changes any
// more, read by the analysis workers without locking.
type frozenDF struct {
	df map[string]int
	n  int
}

func (d frozenDF) DF(term string) int { return d.df[term] }
func (d frozenDF) N() int             { return d.n }

// snapshot returns a copy that later imports do not change.
func (d *docFreq) snapshot() *docFreq {
	d.mu.RLock()
	defer d.mu.RUnlock()
	c := &docFreq{df: make(map[string]int, len(d.df)), n: d.n}
	for t, n := range d.df {
		c.df[t] = n
	}
	return c
}

func (d *docFreq) add(delta map[string]int, docs int) {
	d.mu.Lock()
	defer d.mu.Unlock()
	for t, c := range delta {
		d.df[t] += c
		if d.df[t] <= 0 {
			delete(d.df, t)
		}
	}
	d.n += docs
}

// termCounts is a story's contribution to the document frequencies the
// segmenter uses: its units are paragraphs, so a term counts once per
// reading paragraph that holds it, and units is the number of paragraphs.
// The terms are kept as a list, each once per paragraph that holds it,
// not as a map: every consumer only adds them up (into the archive's
// table or a batch's), and a map a story cost as much again in hashing
// and garbage as the adding.
type termCounts struct {
	terms []string
	units int
}

// tally adds each term's count, times sign, to df.
func (tc termCounts) tally(df map[string]int, sign int) {
	for _, t := range tc.terms {
		df[t] += sign
	}
}

// storyTerms counts the terms of a story's reading paragraphs.
func storyTerms(a *article.Article) termCounts { return storyTermsIn(nil, a) }

// storyTermsIn is storyTerms appending the terms to buf[:0], so that a
// caller counting story after story grows one list rather than one per
// story: the terms it returns share buf's storage (grown).
func storyTermsIn(buf []string, a *article.Article) termCounts {
	tc := termCounts{terms: buf[:0]}
	view, _ := analysisView(a.Paragraphs)
	for _, p := range view {
		if p.Boilerplate {
			continue
		}
		tc.units++
		tc.terms = thread.AppendTerms(tc.terms, p.Text)
	}
	return tc
}

// countTerms is storyTerms from the terms of each paragraph of the
// analysis view (nil for the paragraphs it does not read), as
// thread.SplitTerms returns them.
func countTerms(view []article.Paragraph, terms [][]string) termCounts {
	var tc termCounts
	n := 0
	for i, p := range view {
		if !p.Boilerplate {
			n += len(terms[i])
		}
	}
	tc.terms = make([]string, 0, n)
	for i, p := range view {
		if p.Boilerplate {
			continue
		}
		tc.units++
		tc.terms = append(tc.terms, terms[i]...)
	}
	return tc
}

// analysed is one story ready to commit: its record and everything the
// committer needs, computed in parallel by the analysis workers.
type analysed struct {
	rec   *store.Record
	terms termCounts      // for the document frequencies
	feats []link.Features // link features of each thread
	doc   index.Doc       // the search document
}

// Limits on the text one story sends through the NLP, so that a hostile or
// freak input (a 10 MB paragraph, a 60 MB "article") costs bounded time and
// memory. Real articles are far below them; the whole text is still stored
// and searchable, and paragraphs past the limit join the thread before.
const (
	maxAnalysedBytes  = 256 << 10 // reading text analysed per story
	maxParagraphBytes = 16 << 10  // text analysed per paragraph
)

// analysisView returns the paragraphs the NLP sees: long ones cut, those
// past the story budget marked to skip; skipped lists the latter.
func analysisView(paras []article.Paragraph) (view []article.Paragraph, skipped []int) {
	view = append([]article.Paragraph(nil), paras...)
	total := 0
	for i, p := range view {
		if p.Boilerplate {
			continue
		}
		if total >= maxAnalysedBytes {
			view[i].Boilerplate = true
			skipped = append(skipped, i)
			continue
		}
		if len(p.Text) > maxParagraphBytes {
			cut := maxParagraphBytes
			for cut > 0 && !utf8.RuneStart(p.Text[cut]) {
				cut--
			}
			view[i].Text = p.Text[:cut]
		}
		total += len(view[i].Text)
	}
	return view, skipped
}

// analyse runs the NLP pipeline on one article.
func analyse(a *article.Article, stats thread.Stats) *analysed {
	view, skipped := analysisView(a.Paragraphs)
	actors := actor.Extract(view)
	threads, terms := thread.SplitTerms(view, actors, stats)
	if len(skipped) > 0 && len(threads) > 0 {
		// Paragraphs past the budget continue the thread before them.
		best, bestP := 0, -1
		for ti, t := range threads {
			for _, p := range t.Paragraphs {
				if p < skipped[0] && p > bestP {
					best, bestP = ti, p
				}
			}
		}
		threads[best].Paragraphs = append(threads[best].Paragraphs, skipped...)
	}
	rec := &store.Record{
		Article:    *a,
		Hash:       article.ContentHash(a),
		Threads:    threads,
		Actors:     actors,
		NLPVersion: AnalysisVersion(),
		Imported:   time.Now().UTC(),
		Sketch:     versions.OfArticle(a),
	}
	return prepare(rec, countTerms(view, terms))
}

// prepare computes what committing a record needs besides the record and
// its term counts.
func prepare(rec *store.Record, terms termCounts) *analysed {
	return &analysed{rec: rec, terms: terms, doc: indexDoc(rec), feats: linkFeatures(rec)}
}

// linkFeatures returns the link features of each of a record's threads.
func linkFeatures(rec *store.Record) []link.Features {
	var out []link.Features
	for _, d := range threadDocs(rec) {
		out = append(out, link.Featurize(d))
	}
	return out
}

// storedArcSize is the size the store keeps for an arc: its number of
// threads when it is a storyline (threads of two stories or more), else
// at most 1, so that readers, which name only arcs of two or more, leave
// an arc of one story's threads unnamed.
func storedArcSize(l *link.Linker, arc string) int {
	n := l.ArcSize(arc)
	if n > 1 && !l.IsStoryline(arc) {
		return 1
	}
	return n
}

// ThreadID returns the id of thread n of a story.
func ThreadID(story string, n int) string { return fmt.Sprintf("%s#%d", story, n) }

// threadDocs returns the linker's view of a record's threads. In a
// round-up (three threads or more) the title's words go only to the
// threads that use some of them (see otherMatters): given to every
// thread, they made the matters of one round-up look alike.
func threadDocs(r *store.Record) []link.ThreadDoc {
	var out []link.ThreadDoc
	view, _ := analysisView(r.Article.Paragraphs) // the text the NLP saw
	for _, t := range r.Threads {
		var b strings.Builder
		size := 0
		for _, i := range t.Paragraphs {
			if i >= 0 && i < len(view) && !view[i].Boilerplate {
				size += len(view[i].Text) + 2
			}
		}
		b.Grow(size)
		for _, i := range t.Paragraphs {
			if i >= 0 && i < len(view) && !view[i].Boilerplate {
				if b.Len() > 0 {
					b.WriteString("\n\n")
				}
				b.WriteString(view[i].Text)
			}
		}
		keys, names := threadActors(r, t)
		out = append(out, link.ThreadDoc{
			ID:         ThreadID(r.Article.ID, t.N),
			Story:      r.Article.ID,
			Title:      r.Article.Title,
			Label:      t.Label,
			Published:  r.Article.Published,
			Text:       b.String(),
			Actors:     keys,
			ActorNames: names,
		})
	}
	if len(out) >= minRoundupThreads {
		otherMatters(r.Article.Title, out)
	}
	return out
}

// threadActors returns the keys and names of the actors present in a
// thread.
func threadActors(r *store.Record, t thread.Thread) (keys, names []string) {
	in := map[int]bool{}
	for _, p := range t.Paragraphs {
		in[p] = true
	}
	for _, ac := range r.Actors {
		for _, p := range ac.Paragraphs {
			if in[p] {
				keys = append(keys, actor.Key(ac))
				names = append(names, ac.Name)
				break
			}
		}
	}
	return keys, names
}

// indexDoc builds the search document of a record.
func indexDoc(r *store.Record) index.Doc {
	a := &r.Article
	d := index.Doc{ID: a.ID, Title: a.Title, Source: a.Source, Category: a.Category, Published: a.Published}
	d.Body = append(d.Body, a.Title)
	for _, p := range a.Paragraphs {
		if !p.Boilerplate {
			d.Body = append(d.Body, p.Text)
		}
	}
	for _, ac := range r.Actors {
		d.Actors = append(d.Actors, ac.Name)
	}
	for _, t := range r.Threads {
		d.Threads = append(d.Threads, t.Label)
	}
	return d
}
