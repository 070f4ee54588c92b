package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/storyline/storyline/internal/actor"
	"github.com/storyline/storyline/internal/archive"
	"github.com/storyline/storyline/internal/article"
	"github.com/storyline/storyline/internal/eval"
	"github.com/storyline/storyline/internal/nlp"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

type evalCmd struct {
	NER     evalNERCmd     `cmd:"" name:"ner" help:"Score the named-entity model on a CoNLL-2003 file (IOB1 or IOB2)."`
	Mix     evalMixCmd     `cmd:"" help:"Build round-up-like gold documents from an article JSONL."`
	Segment evalSegmentCmd `cmd:"" help:"Score thread splitting on gold JSONL or Choi JSONL."`
	Link    evalLinkCmd    `cmd:"" help:"Score storyline linking on an article JSONL with gold story ids."`
	People  evalPeopleCmd  `cmd:"" help:"Score people found as actors on JSONL with gold people (roundups-dev format)."`
	Actors  evalActorsCmd  `cmd:"" help:"Score actors on an article JSONL with gold actor mention spans (ECB+ format)."`
}

type evalPeopleCmd struct {
	File        string `arg:"" help:"JSONL with paragraphs and a people map {full name: [surface forms]}." type:"existingfile"`
	Docs        bool   `help:"Include per-document scores with missed and spurious names."`
	Predictions string `help:"Write each document's people here (JSONL: id, people: [{name, aliases}])." placeholder:"OUT"`
}

// predictedPerson is one person of eval people --predictions.
type predictedPerson struct {
	Name    string   `json:"name"`
	Aliases []string `json:"aliases"`
}

func (c *evalPeopleCmd) Run(g *globals) error {
	return score(g, c.File, c.Predictions, func(in io.Reader, pred io.Writer) (any, error) {
		docs, err := actor.ReadPeopleDocs(in)
		if err != nil {
			return nil, err
		}
		var enc *json.Encoder
		if pred != nil {
			enc = json.NewEncoder(pred)
			enc.SetEscapeHTML(false)
		}
		var werr error
		sc := actor.EvalPeopleEach(docs, nil, func(id string, actors []actor.Actor) {
			if enc == nil || werr != nil {
				return
			}
			people := []predictedPerson{}
			for _, a := range actors {
				if a.Kind == actor.Person {
					people = append(people, predictedPerson{Name: a.Name, Aliases: append([]string{}, a.Aliases...)})
				}
			}
			werr = enc.Encode(struct {
				ID     string            `json:"id"`
				People []predictedPerson `json:"people"`
			}{id, people})
		})
		if werr != nil {
			return nil, fmt.Errorf("--predictions: %w", werr)
		}
		if !c.Docs {
			sc.Docs = nil
		}
		return sc, nil
	})
}

// predictionsFile opens --predictions OUT, or returns nil.
func predictionsFile(path string) (io.WriteCloser, error) {
	if path == "" {
		return nil, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, usageError{fmt.Errorf("--predictions: %w", err)}
	}
	return f, nil
}

// writePredictions writes --predictions OUT with write, when path is set.
func writePredictions(path string, write func(io.Writer) error) error {
	f, err := predictionsFile(path)
	if err != nil || f == nil {
		return err
	}
	if err := write(f); err != nil {
		f.Close()
		return fmt.Errorf("--predictions: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("--predictions: %w", err)
	}
	return nil
}

// openInput opens an eval input file. A byte-order mark at its start is
// honoured and dropped (UTF-8 is read as is, UTF-16 is decoded to UTF-8),
// as files saved by spreadsheet tools and Windows editors carry one; a
// file without one is passed through byte for byte.
func openInput(path string) (io.ReadCloser, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, usageError{err}
	}
	return inputFile{transform.NewReader(f, unicode.BOMOverride(transform.Nop)), f}, nil
}

// inputFile reads through a decoder and closes the file beneath it.
type inputFile struct {
	io.Reader
	io.Closer
}

type evalNERCmd struct {
	File        string `arg:"" help:"CoNLL column file." type:"existingfile"`
	Predictions string `help:"Write the input's columns plus the predicted IOB2 tag here." placeholder:"OUT"`
}

func (c *evalNERCmd) Run(g *globals) error {
	return score(g, c.File, c.Predictions, func(in io.Reader, pred io.Writer) (any, error) {
		return eval.NER(in, nlp.DefaultModel(), pred)
	})
}

// score runs one scorer over the input file, writing predictions to
// predPath when given, and prints the scores.
func score(g *globals, file, predPath string, fn func(in io.Reader, pred io.Writer) (any, error)) error {
	in, err := openInput(file)
	if err != nil {
		return err
	}
	defer in.Close()
	pred, err := predictionsFile(predPath)
	if err != nil {
		return err
	}
	var pw io.Writer
	if pred != nil {
		pw = pred
	}
	res, err := fn(in, pw)
	if pred != nil {
		if cerr := pred.Close(); err == nil && cerr != nil {
			err = fmt.Errorf("--predictions: %w", cerr)
		}
	}
	if err != nil {
		return err
	}
	return g.emit(res)
}

type evalMixCmd struct {
	File         string `arg:"" help:"Article JSONL (id, category, title, body)." type:"existingfile"`
	Seed         uint64 `help:"Random seed." default:"1"`
	Count        int    `help:"Documents to build." default:"100"`
	Min          int    `help:"Fewest articles per document." default:"2"`
	Max          int    `help:"Most articles per document." default:"4"`
	SameCategory bool   `help:"Draw each document's articles from one category."`
	Interleave   bool   `help:"Split one article's run around another's."`
	Output       string `short:"o" help:"Write here instead of stdout." placeholder:"OUT"`
}

func (c *evalMixCmd) Run(g *globals) error {
	if c.Min < 1 || c.Max < c.Min {
		return usageError{fmt.Errorf("--min %d --max %d: need 1 <= min <= max", c.Min, c.Max)}
	}
	in, err := openInput(c.File)
	if err != nil {
		return err
	}
	defer in.Close()
	w := g.stdout
	if c.Output != "" {
		f, err := os.Create(c.Output)
		if err != nil {
			return usageError{err}
		}
		defer f.Close()
		w = f
	}
	return eval.Mix(in, w, eval.MixOptions{Seed: c.Seed, Count: c.Count, Min: c.Min, Max: c.Max, SameCategory: c.SameCategory, Interleave: c.Interleave})
}

type evalSegmentCmd struct {
	File        string `arg:"" help:"Gold JSONL (paragraphs + threads) or Choi JSONL (segments)." type:"existingfile"`
	Predictions string `help:"Write {id, predicted} per document here." placeholder:"OUT"`
}

func (c *evalSegmentCmd) Run(g *globals) error {
	return score(g, c.File, c.Predictions, func(in io.Reader, pred io.Writer) (any, error) {
		return eval.Segment(in, nil, pred)
	})
}

type evalLinkCmd struct {
	File        string `arg:"" help:"Article JSONL with a gold story field (and optional date)." type:"existingfile"`
	Predictions string `help:"Write {id, arc} per article here." placeholder:"OUT"`
}

func (c *evalLinkCmd) Run(g *globals) error {
	in, err := openInput(c.File)
	if err != nil {
		return err
	}
	arts, err := eval.ReadLinkArticles(in, func(msg string) {
		fmt.Fprintf(g.stderr, "storyline: %s: %s\n", c.File, msg)
	})
	in.Close()
	if err != nil {
		return err
	}
	evs := make([]evalArticle, len(arts))
	for i, la := range arts {
		evs[i] = evalArticle{ID: la.ID, Title: la.Title, Body: la.Body, URL: la.URL, Date: la.Date}
	}
	a, byStory, done, err := importForEval(g, c.File, "link", evs)
	if err != nil {
		return err
	}
	defer done()
	pred := map[string]string{}
	err = a.EachStory(func(id, ext, arc string) {
		if arc == "" {
			arc = "single:" + id
		}
		pred[byStory[id]] = arc
	})
	if err != nil {
		return err
	}
	if err := writePredictions(c.Predictions, func(f io.Writer) error { return eval.WriteLinkPredictions(f, arts, pred) }); err != nil {
		return err
	}
	return g.emit(eval.ScoreLink(arts, pred))
}

// evalArticle is one article an evaluation imports.
type evalArticle struct {
	ID, Title, Body, URL string
	Date                 time.Time
}

// importForEval imports arts into a temporary archive, one story per
// article through the normal parser and cleaner (even when two articles
// share their text), and returns the archive, story id → article id, and
// a function that closes and removes the archive.
func importForEval(g *globals, file, what string, arts []evalArticle) (*archive.Archive, map[string]string, func(), error) {
	tmp, err := os.MkdirTemp("", "storyline-eval-"+what+"-")
	if err != nil {
		return nil, nil, nil, err
	}
	a, err := archive.Open(tmp, archive.Options{})
	if err != nil {
		os.RemoveAll(tmp)
		return nil, nil, nil, err
	}
	done := func() {
		a.Close()
		os.RemoveAll(tmp)
	}
	var list []article.Article
	byStory := map[string]string{}
	for i, la := range arts {
		line := map[string]any{"id": la.ID, "title": la.Title, "body": la.Body}
		if la.URL != "" {
			line["url"] = la.URL
		}
		if !la.Date.IsZero() {
			line["date"] = la.Date.Format(time.RFC3339)
		}
		b, _ := json.Marshal(line)
		parsed, err := article.Parse(fmt.Sprintf("%s:%d", file, i+1), bytes.NewReader(append(b, '\n')))
		if err != nil || len(parsed) != 1 {
			done()
			return nil, nil, nil, fmt.Errorf("%s: article %q: %v", file, la.ID, err)
		}
		art := parsed[0]
		sum := sha256.Sum256([]byte(la.ID))
		art.ID = "e" + hex.EncodeToString(sum[:])[:11]
		art.ExternalID = la.ID
		byStory[art.ID] = la.ID
		list = append(list, art)
	}
	if _, err := a.ImportArticles(g.ctx, list, archive.ImportOptions{BatchSize: 64}); err != nil {
		done()
		return nil, nil, nil, err
	}
	return a, byStory, done, nil
}

type evalActorsCmd struct {
	File        string `arg:"" help:"Article JSONL with gold actors: [{type, start, end, text, instance}] and optional sentences: [{start, end, annotated}]." type:"existingfile"`
	Docs        bool   `help:"Include each article's missed, wrong-kind and spurious names."`
	Predictions string `help:"Write {id, actors: [{id, name, kind, aliases}]} per article here." placeholder:"OUT"`
}

func (c *evalActorsCmd) Run(g *globals) error {
	in, err := openInput(c.File)
	if err != nil {
		return err
	}
	arts, err := eval.ReadActorArticles(in)
	in.Close()
	if err != nil {
		return fmt.Errorf("%s: %w", c.File, err)
	}
	evs := make([]evalArticle, len(arts))
	for i, aa := range arts {
		evs[i] = evalArticle{ID: aa.ID, Title: aa.Title, Body: aa.Body, URL: aa.URL}
	}
	a, byStory, done, err := importForEval(g, c.File, "actors", evs)
	if err != nil {
		return err
	}
	defer done()
	pred := map[string][]eval.PredictedActor{}
	for sid, ext := range byStory {
		actors, err := a.StoryActors(g.ctx, sid)
		var nf *archive.NotFoundError
		if errors.As(err, &nf) {
			// The import reported the article (its analysis failed): it
			// is scored with no actors.
			continue
		}
		if err != nil {
			return err
		}
		ps := make([]eval.PredictedActor, 0, len(actors))
		for _, x := range actors {
			ps = append(ps, eval.PredictedActor{ID: x.ID, Name: x.Name, Kind: x.Kind, Aliases: x.Aliases})
		}
		pred[ext] = ps
	}
	if err := writePredictions(c.Predictions, func(f io.Writer) error { return eval.WriteActorPredictions(f, arts, pred) }); err != nil {
		return err
	}
	return g.emit(eval.ScoreActors(arts, pred, c.Docs))
}
