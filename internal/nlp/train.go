package nlp

import (
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"time"
)

// TrainOptions controls Train. Zero values pick the defaults.
type TrainOptions struct {
	Epochs       int      // passes over the training data (default 8)
	Scheme       string   // "bio" or "bilou" (default "bilou")
	Stages       int      // 1, or 2 to add a second pass fed by document-level first-pass votes (default 2)
	Folds        int      // folds for jack-knifed gazetteers and first-pass votes (default 4)
	Unlabelled   []string // text for word clusters and case statistics: JSONL with a "body" field or plain text
	ClusterDepth int      // depth of the word-cluster tree (default 12; -1 disables clusters)
	Prune        float64  // drop feature rows whose largest absolute weight is below this (default 0.05)
	Seed         uint64   // shuffling seed (default 1)
	Version      string   // model version string (default ModelVersion)
	// Also lists further CoNLL files to train on: their documents follow
	// those of trainPath, in the order given.
	Also []string
}

func (o *TrainOptions) defaults() {
	if o.Epochs <= 0 {
		o.Epochs = 8
	}
	if o.Scheme == "" {
		o.Scheme = "bilou"
	}
	if o.Stages <= 0 {
		o.Stages = 2
	}
	if o.Folds <= 1 {
		o.Folds = 4
	}
	if o.ClusterDepth == 0 {
		o.ClusterDepth = 12
	}
	if o.Prune == 0 {
		o.Prune = 0.05
	}
	if o.Seed == 0 {
		o.Seed = 1
	}
	if o.Version == "" {
		o.Version = ModelVersion
	}
}

// trainDoc is a prepared training document.
type trainDoc struct {
	sents []sentence
	d     *docContext
	gold  [][]int
	fold  int
}

// Train trains a model on the CoNLL file at trainPath and the files of
// opts.Also. When devPath is not empty it reports the development-set F1
// after each epoch on log; the development file never changes the weights
// (the number of epochs is fixed by opts.Epochs).
func Train(trainPath, devPath string, opts TrainOptions, log io.Writer) (*Model, error) {
	opts.defaults()
	if opts.Scheme != "bio" && opts.Scheme != "bilou" {
		return nil, fmt.Errorf("nlp: unknown tag scheme %q (want bio or bilou)", opts.Scheme)
	}
	if log == nil {
		log = io.Discard
	}
	start := time.Now()
	train, err := readCoNLLFile(trainPath)
	if err != nil {
		return nil, err
	}
	for _, p := range opts.Also {
		more, err := readCoNLLFile(p)
		if err != nil {
			return nil, err
		}
		train = append(train, more...)
	}
	var dev []CoNLLDocument
	if devPath != "" {
		if dev, err = readCoNLLFile(devPath); err != nil {
			return nil, err
		}
	}
	m := &Model{Version: opts.Version, scheme: opts.Scheme}
	m.setup()

	// Word clusters and case statistics from unlabelled text plus the
	// training words.
	corpus, err := lexiconCorpus(train, opts.Unlabelled)
	if err != nil {
		return nil, err
	}
	m.cases = caseStatistics(corpus)
	if opts.ClusterDepth > 0 {
		m.lex = induceClusters(corpus, opts.ClusterDepth, log)
	}
	fmt.Fprintf(log, "lexicon: %d case entries, %d clustered words (%s)\n", len(m.cases), len(m.lex), time.Since(start).Round(time.Millisecond))

	// Gazetteers: each fold sees names from the other folds only, so that
	// the weights learn how far a gazetteer hit can be trusted on unseen text.
	folds := make([]*gazetteer, opts.Folds)
	for k := range folds {
		folds[k] = newGazetteer()
	}
	full := newGazetteer()
	for di, d := range train {
		for _, s := range d.Sentences {
			words := s.Words()
			for _, sp := range SpansFromIOB(s.Tags()) {
				name := words[sp.Start:sp.End]
				full.add(name, typeIndex(sp.Type))
				first := ""
				if sp.Type == "PER" && len(name) > 1 && isCap(name[0]) && hasLower(name[0]) {
					first = name[0]
					full.addFirstName(first)
				}
				for k := range folds {
					if k != di%opts.Folds {
						folds[k].add(name, typeIndex(sp.Type))
						if first != "" {
							folds[k].addFirstName(first)
						}
					}
				}
			}
		}
	}
	for _, g := range append(folds, full) {
		g.addCommonFirstNames()
	}
	docs := make([]trainDoc, len(train))
	for di, d := range train {
		m.gaz = folds[di%opts.Folds]
		docs[di] = m.prepareTrainDoc(d, di%opts.Folds)
	}
	m.gaz = full
	devDocs := make([]trainDoc, len(dev))
	for di, d := range dev {
		devDocs[di] = m.prepareTrainDoc(d, -1)
	}

	// Stage 1 on everything.
	tr := &trainer{m: m, opts: opts, log: log}
	st1 := tr.run(docs, devDocs, 0)
	m.setStages([]*weights{st1})
	if opts.Stages > 1 {
		// Jack-knifed first-pass predictions for the training documents.
		for k := 0; k < opts.Folds; k++ {
			var in []trainDoc
			for _, d := range docs {
				if d.fold != k {
					in = append(in, d)
				}
			}
			fmt.Fprintf(log, "fold %d: first pass on %d documents\n", k, len(in))
			sub := &trainer{m: m, opts: opts, log: io.Discard}
			w := sub.run(in, nil, 0)
			saved := m.stages
			m.setStages([]*weights{w})
			for i := range docs {
				if docs[i].fold == k {
					paths := m.tagPrepared(docs[i].sents, docs[i].d, 1, new(docBuf))
					m.setVotes(docs[i].sents, paths, new(docBuf))
				}
			}
			m.setStages(saved)
		}
		for i := range devDocs {
			paths := m.tagPrepared(devDocs[i].sents, devDocs[i].d, 1, new(docBuf))
			m.setVotes(devDocs[i].sents, paths, new(docBuf))
		}
		st2 := tr.run(docs, devDocs, 1)
		m.setStages(append(m.stages, st2))
	}
	for _, st := range m.stages {
		before := len(st.index)
		st.prune(len(m.tags), float32(opts.Prune))
		fmt.Fprintf(log, "pruned %d -> %d feature rows\n", before, len(st.index))
	}
	m.setStages(m.stages)
	if len(devDocs) > 0 {
		f := m.devF1(devDocs, len(m.stages))
		fmt.Fprintf(log, "final dev F1 %.4f\n", f)
	}
	fmt.Fprintf(log, "trained in %s\n", time.Since(start).Round(time.Second))
	return m, nil
}

// lexiconCorpus returns the sentences the word clusters and case
// statistics are built from: the training documents' words, then the
// unlabelled files' text.
func lexiconCorpus(train []CoNLLDocument, unlabelled []string) ([][]string, error) {
	var corpus [][]string
	for _, d := range train {
		for _, s := range d.Sentences {
			corpus = append(corpus, s.Words())
		}
	}
	for _, p := range unlabelled {
		sents, err := readUnlabelled(p)
		if err != nil {
			return nil, err
		}
		corpus = append(corpus, sents...)
	}
	return corpus, nil
}

func readCoNLLFile(path string) ([]CoNLLDocument, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	docs, err := ReadCoNLL(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return docs, nil
}

func (m *Model) prepareTrainDoc(d CoNLLDocument, fold int) trainDoc {
	words := make([][]string, len(d.Sentences))
	gold := make([][]int, len(d.Sentences))
	for i, s := range d.Sentences {
		words[i] = s.Words()
		gold[i] = m.encode(s.Tags())
	}
	sents, ctx := m.prepareDocument(words, new(docBuf))
	return trainDoc{sents: sents, d: ctx, gold: gold, fold: fold}
}

// devF1 tags prepared documents and returns the exact-span F1.
func (m *Model) devF1(docs []trainDoc, stages int) float64 {
	var tp, np, ng int
	for _, d := range docs {
		paths := m.tagPrepared(d.sents, d.d, stages, new(docBuf))
		for i, p := range paths {
			pred := SpansFromIOB(m.decode(p))
			gold := SpansFromIOB(m.decode(d.gold[i]))
			np += len(pred)
			ng += len(gold)
			set := map[Span]bool{}
			for _, s := range gold {
				set[s] = true
			}
			for _, s := range pred {
				if set[s] {
					tp++
				}
			}
		}
	}
	if tp == 0 {
		return 0
	}
	p, r := float64(tp)/float64(np), float64(tp)/float64(ng)
	return 2 * p * r / (p + r)
}

// trainer runs the averaged structured perceptron for one stage.
type trainer struct {
	m    *Model
	opts TrainOptions
	log  io.Writer
}

// sentFeats holds the feature rows of every token of one sentence.
type sentFeats struct {
	rows []int32 // concatenated
	off  []int32 // token i's rows are rows[off[i]:off[i+1]]
	gold []int
}

func (tr *trainer) run(docs, dev []trainDoc, stage int) *weights {
	m := tr.m
	nt := len(m.tags)
	index := map[uint32]int32{}
	var data []sentFeats
	var buf []uint32
	for _, d := range docs {
		for si := range d.sents {
			s := &d.sents[si]
			sf := sentFeats{gold: d.gold[si], off: make([]int32, 1, len(s.toks)+1)}
			for i := range s.toks {
				buf = m.features(buf[:0], s, d.d, i)
				if stage > 0 {
					buf = voteFeatures(buf, s, i)
				}
				for _, f := range buf {
					r, ok := index[f]
					if !ok {
						r = int32(len(index))
						index[f] = r
					}
					sf.rows = append(sf.rows, r)
				}
				sf.off = append(sf.off, int32(len(sf.rows)))
			}
			data = append(data, sf)
		}
	}
	rows := len(index)
	w := make([]float32, rows*nt)
	u := make([]float32, rows*nt)
	trans := make([]float32, (nt+1)*nt)
	utrans := make([]float32, (nt+1)*nt)
	fmt.Fprintf(tr.log, "stage %d: %d sentences, %d feature rows\n", stage+1, len(data), rows)

	rng := rand.New(rand.NewPCG(tr.opts.Seed, uint64(stage)))
	order := make([]int, len(data))
	for i := range order {
		order[i] = i
	}
	var em, dp, tt, start []float32
	var back []uint8
	var trel trellis
	var path []int
	c := float32(1)
	for ep := 0; ep < tr.opts.Epochs; ep++ {
		t0 := time.Now()
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errs := 0
		for _, si := range order {
			sf := &data[si]
			n := len(sf.gold)
			em = grow(em, n*nt)
			clear(em)
			for i := 0; i < n; i++ {
				e := em[i*nt : (i+1)*nt]
				for _, r := range sf.rows[sf.off[i]:sf.off[i+1]] {
					row := w[int(r)*nt : int(r)*nt+nt]
					for k := range e {
						e[k] += row[k]
					}
				}
			}
			dp = grow(dp, n*nt)
			back = grow(back, n*nt)
			tt, start = m.maskTrans(trans, tt, start)
			m.setTrellis(&trel, tt)
			path = m.viterbi(em, n, &trel, start, dp, back, path)
			prev, gprev := nt, nt
			for i := 0; i < n; i++ {
				g, p := sf.gold[i], path[i]
				if g != p {
					errs++
					for _, r := range sf.rows[sf.off[i]:sf.off[i+1]] {
						w[int(r)*nt+g]++
						u[int(r)*nt+g] += c
						w[int(r)*nt+p]--
						u[int(r)*nt+p] -= c
					}
				}
				if g != p || gprev != prev {
					trans[gprev*nt+g]++
					utrans[gprev*nt+g] += c
					trans[prev*nt+p]--
					utrans[prev*nt+p] -= c
				}
				prev, gprev = p, g
			}
			c++
		}
		msg := fmt.Sprintf("stage %d epoch %d: %d token errors (%s)", stage+1, ep+1, errs, time.Since(t0).Round(time.Millisecond))
		if len(dev) > 0 {
			st := average(index, w, u, trans, utrans, c)
			saved := m.stages
			m.setStages(append(append([]*weights(nil), m.stages[:stage]...), st))
			msg += fmt.Sprintf(", dev F1 %.4f", m.devF1(dev, stage+1))
			m.setStages(saved)
		}
		fmt.Fprintln(tr.log, msg)
	}
	return average(index, w, u, trans, utrans, c)
}

// average returns the averaged weights w - u/c.
func average(index map[uint32]int32, w, u, trans, utrans []float32, c float32) *weights {
	st := &weights{index: index, w: make([]float32, len(w)), trans: make([]float32, len(trans))}
	for i := range w {
		st.w[i] = w[i] - u[i]/c
	}
	for i := range trans {
		st.trans[i] = trans[i] - utrans[i]/c
	}
	return st
}

// prune drops feature rows whose weights are all below min in magnitude and
// compacts the rest.
func (st *weights) prune(nt int, min float32) {
	index := make(map[uint32]int32, len(st.index)/2)
	var w []float32
	for key, r := range st.index {
		row := st.w[int(r)*nt : int(r)*nt+nt]
		keep := false
		for _, x := range row {
			if x >= min || x <= -min {
				keep = true
				break
			}
		}
		if keep {
			index[key] = int32(len(w) / nt)
			w = append(w, row...)
		}
	}
	st.index, st.w = index, w
}
