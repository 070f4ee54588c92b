package nlp

import (
	"bytes"
	"compress/gzip"
	"encoding/gob"
	"fmt"
	"io"
	"math"
	"slices"
)

// fileFormat is bumped whenever the saved layout changes.
const fileFormat = 1

// modelFile is the saved form of a Model.
type modelFile struct {
	Format  int
	Version string
	Scheme  string
	Stages  []stageFile
	Words   []string // clustered words, sorted
	Paths   []string // their cluster paths
	Cases   []string // words with case statistics, sorted
	Buckets []byte   // their buckets
	GazKeys []uint64 // gazetteer phrase hashes, sorted, delta-encoded
	GazBits []byte
	GazMax  int
}

// stageFile holds one stage's weights quantised to 16 bits.
type stageFile struct {
	Keys  []uint32 // sorted feature keys, delta-encoded
	Scale float32  // weight = W * Scale
	W     []int16  // row-major, one row per key
	Trans []float32
}

// Save writes the model, gzip-compressed, to w.
func (m *Model) Save(w io.Writer) error {
	f := modelFile{Format: fileFormat, Version: m.Version, Scheme: m.scheme}
	nt := len(m.tags)
	for _, st := range m.stages {
		keys := make([]uint32, 0, len(st.index))
		for k := range st.index {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		var max float32
		for _, x := range st.w {
			max = float32(math.Max(float64(max), math.Abs(float64(x))))
		}
		scale := max / 32767
		if scale == 0 {
			scale = 1
		}
		sf := stageFile{Scale: scale, Trans: st.trans, W: make([]int16, 0, len(keys)*nt)}
		prev := uint32(0)
		for _, k := range keys {
			sf.Keys = append(sf.Keys, k-prev)
			prev = k
			r := int(st.index[k])
			for _, x := range st.w[r*nt : r*nt+nt] {
				sf.W = append(sf.W, int16(math.Round(float64(x/scale))))
			}
		}
		f.Stages = append(f.Stages, sf)
	}
	for w := range m.lex {
		f.Words = append(f.Words, w)
	}
	slices.Sort(f.Words)
	for _, w := range f.Words {
		f.Paths = append(f.Paths, m.lex[w])
	}
	for w := range m.cases {
		f.Cases = append(f.Cases, w)
	}
	slices.Sort(f.Cases)
	for _, w := range f.Cases {
		f.Buckets = append(f.Buckets, m.cases[w])
	}
	if m.gaz != nil {
		keys := make([]uint64, 0, len(m.gaz.names))
		for k := range m.gaz.names {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		prev := uint64(0)
		for _, k := range keys {
			f.GazKeys = append(f.GazKeys, k-prev)
			f.GazBits = append(f.GazBits, m.gaz.names[k])
			prev = k
		}
		f.GazMax = m.gaz.maxLen
	}
	zw, err := gzip.NewWriterLevel(w, gzip.DefaultCompression)
	if err != nil {
		return err
	}
	if err := gob.NewEncoder(zw).Encode(&f); err != nil {
		return err
	}
	return zw.Close()
}

// Load reads a model written by Save. The model's gazetteer also gets the
// package's current list of common given names.
func Load(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("nlp: load model: %w", err)
	}
	var f modelFile
	if err := gob.NewDecoder(zr).Decode(&f); err != nil {
		return nil, fmt.Errorf("nlp: load model: %w", err)
	}
	if f.Format != fileFormat {
		return nil, fmt.Errorf("nlp: load model: format %d, want %d", f.Format, fileFormat)
	}
	if f.Scheme != "bio" && f.Scheme != "bilou" {
		return nil, fmt.Errorf("nlp: load model: unknown tag scheme %q", f.Scheme)
	}
	m := &Model{Version: f.Version, scheme: f.Scheme}
	m.setup()
	nt := len(m.tags)
	for _, sf := range f.Stages {
		if len(sf.W) != len(sf.Keys)*nt || len(sf.Trans) != (nt+1)*nt {
			return nil, fmt.Errorf("nlp: load model: corrupt weights")
		}
		st := &weights{index: make(map[uint32]int32, len(sf.Keys)), w: make([]float32, len(sf.W)), trans: sf.Trans}
		key := uint32(0)
		for i, d := range sf.Keys {
			key += d
			st.index[key] = int32(i)
		}
		for i, q := range sf.W {
			st.w[i] = float32(q) * sf.Scale
		}
		m.stages = append(m.stages, st)
	}
	m.setStages(m.stages)
	if len(m.stages) == 0 || len(f.Words) != len(f.Paths) || len(f.Cases) != len(f.Buckets) || len(f.GazKeys) != len(f.GazBits) {
		return nil, fmt.Errorf("nlp: load model: corrupt lexicon")
	}
	m.lex = make(map[string]string, len(f.Words))
	for i, w := range f.Words {
		m.lex[w] = f.Paths[i]
	}
	m.cases = make(map[string]uint8, len(f.Cases))
	for i, w := range f.Cases {
		m.cases[w] = f.Buckets[i]
	}
	m.gaz = &gazetteer{maxLen: f.GazMax, names: make(map[uint64]uint8, len(f.GazKeys))}
	key := uint64(0)
	for i, d := range f.GazKeys {
		key += d
		m.gaz.names[key] = f.GazBits[i]
	}
	m.gaz.addCommonFirstNames() // the current list, which may be longer than the saved one
	return m, nil
}

// MatchesEmbedded reports whether m saves to exactly the bytes of the
// embedded model (model/ner.bin.gz), version string included: the check
// that a retrain reproduces the shipped weights.
func (m *Model) MatchesEmbedded() (bool, error) {
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		return false, err
	}
	return bytes.Equal(buf.Bytes(), embeddedModel), nil
}
