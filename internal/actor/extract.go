package actor

import (
	"sync"

	"github.com/storyline/storyline/internal/article"
	"github.com/storyline/storyline/internal/nlp"
)

// EntityFunc finds named-entity mentions in a text, with byte offsets
// (nlp.Entities is the default).
type EntityFunc func(text string) []nlp.Entity

// Options tunes ExtractOptions. The zero value uses nlp.Entities.
type Options struct {
	// Entities is the mention source; nil means nlp.Entities.
	Entities EntityFunc
	// Boilerplate also reads paragraphs marked as boilerplate.
	Boilerplate bool
	// NoProbe stops asking the entity source about a full name on its
	// own when it tagged the name as something other than a person.
	NoProbe bool
}

// Extract finds the actors of a story from its paragraphs using the
// embedded named-entity model (boilerplate paragraphs are skipped;
// indices refer to the full paragraph list).
func Extract(paras []article.Paragraph) []Actor {
	return ExtractOptions(paras, Options{})
}

// ExtractWith is Extract with another mention source, for example a
// hand-made list in tests.
func ExtractWith(paras []article.Paragraph, ents EntityFunc) []Actor {
	return ExtractOptions(paras, Options{Entities: ents})
}

// paraDoc is one paragraph being read.
type paraDoc struct {
	idx     int
	text    string
	toks    []tok
	spans   []span
	persons []bool    // per token: inside a person span
	covered []bool    // per token: inside a mention or a candidate span
	racing  int8      // racingParagraph: 0 not known yet, 1 no, 2 yes
	cls     wordClass // the classes of its tokens, together, once clsSet (has)
	clsSet  bool
}

// has reports whether some token of p has class c (one bit): a rule that
// needs a word of c returns early when the paragraph has none.
func (p *paraDoc) has(c wordClass) bool {
	if !p.clsSet {
		for ti := range p.toks {
			t := &p.toks[ti]
			p.cls |= t.cls
		}
		p.clsSet = true
	}
	return p.cls&c != 0
}

func (p *paraDoc) inPerson(k int) bool { return p.persons != nil && p.persons[k] }

// inSpan reports whether the tagger put token k in an entity.
func (p *paraDoc) inSpan(k int) bool {
	for _, sp := range p.spans {
		if k >= sp.s && k < sp.e {
			return true
		}
	}
	return false
}

// ExtractOptions finds the actors of a story: it takes name mentions from
// the entity source, corrects them with rules (titles, roles, known
// names), merges the variants of each name and returns the actors, most
// mentioned first.
func ExtractOptions(paras []article.Paragraph, opt Options) []Actor {
	work := getWork()
	src := opt.Entities
	if src == nil {
		// The embedded model, tagging into one recycled buffer: every
		// caller below reads the entities before it asks for more.
		m := nlp.DefaultModel()
		src = func(text string) []nlp.Entity {
			work.ents = m.AppendEntities(work.ents[:0], text)
			return work.ents
		}
	}
	size := 0
	for _, p := range paras {
		size += len(p.Text)
	}
	// Recycled, or sized for the distinct lower-case words of a news
	// text, about one per twelve bytes, so that the map rarely grows.
	lower, _ := lowerPool.Get().(map[string]bool)
	if lower == nil {
		lower = make(map[string]bool, max(size/12, 256))
	}
	st := &story{lower: lower, work: work}
	if !opt.NoProbe {
		st.probe = src
	}
	// All paragraphs' tokens in one recycled buffer (news prose has about
	// a token per five or six bytes).
	bufp := tokPool.Get().(*[]tok)
	buf := (*bufp)[:0]
	if need := size/5 + 4*len(paras); cap(buf) < need {
		buf = make([]tok, 0, need)
	}
	// Lower-case words noted in st.lower lately, by recentSlot: most
	// tokens are the same few words, and a map assignment costs more.
	var recent [256]string
	for i, p := range paras {
		if p.Boilerplate && !opt.Boilerplate {
			continue
		}
		at := len(buf)
		buf = appendTokens(buf, p.Text, &work.lower)
		d := &paraDoc{idx: i, text: p.Text, toks: buf[at:len(buf):len(buf)]}
		sat := len(st.work.spans)
		st.work.spans = appendEntitySpans(st.work.spans, d.toks, src(p.Text))
		d.spans = extendNumbered(d.toks, splitAtIn(d.toks, splitSemicolons(d.toks, st.work.spans[sat:len(st.work.spans):len(st.work.spans)])))
		st.docs = append(st.docs, d)
		for ti := range d.toks {
			t := &d.toks[ti]
			if t.word && !t.cap {
				r := &recent[recentSlot(t.text)]
				if *r == t.text {
					continue // noted already ("the", "said")
				}
				*r = t.text
				st.lower[t.text] = true
				if sportsCuesLen.mayHave(t.text) {
					st.cues |= sportsCues[t.text]
				}
			} else if t.cap {
				st.noteNumbered(t.lower)
				if sportsCuesLen.mayHave(t.lower) && isAllCaps(t.text) {
					st.cues |= sportsCues[t.lower] // "NBA", "NFL": leagues' initials
				}
			}
		}
	}
	st.collect()
	st.resolvePersons()
	st.fixUp()
	st.resolveRoleRefs()
	actors := st.actors()
	st.work.release()
	// The actors hold no token; drop the buffer's references to the text.
	clear(buf)
	if len(lower) <= maxPooledWords {
		clear(lower)
		lowerPool.Put(lower)
	}
	if cap(buf) <= maxPooledToks {
		*bufp = buf[:0]
		tokPool.Put(bufp)
	}
	return actors
}

// recentSlot places a word in ExtractOptions' recent words.
func recentSlot(w string) uint8 { return uint8(len(w)*31 + int(w[0]) + 7*int(w[len(w)-1])) }

// tokPool recycles token buffers between stories; a buffer grown past
// maxPooledToks by a huge story is left to the collector.
var tokPool = sync.Pool{New: func() any { return new([]tok) }}

const maxPooledToks = 1 << 15

// lowerPool recycles the story's set of lower-case words (up to
// maxPooledWords of them).
var lowerPool sync.Pool

const maxPooledWords = 1 << 12
