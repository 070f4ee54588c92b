package thread

import "strings"

// A minister named in the news is there for the policy, the figures or
// the decision: "Transport minister Ada Kell has ordered a review of
// student loan interest", "Chancellor Tom Pyle warned that fuel duty
// would rise". Outside the few whose names every reader knows, a
// headline names the matter ("student loan interest review", "fuel duty
// rise warning") or the post ("transport minister resigns"), seldom the
// minister: over the development round-ups a minister the lead names
// after the post is in the gold label about one time in eight. The
// minister rule leaves such a name out of the label, as the late-name
// rule leaves out a name met in passing (label_late.go), when the
// thread has a topic word to take its place; unless the thread keeps
// coming back to the person (in more than sourceParas paragraphs: a
// memoir, a profile), when the person is the matter.

// A minister whom the archive names again and again is one readers know,
// and headlines name them ("Blunkett hints at election call", "Straw
// backs ending embargo"): over the BBC articles the ministers of the day
// are named in 25 to 270 paragraphs each, the junior ministers of the
// round-ups in two to six. The rule leaves alone a minister named in more
// than ministerKnown documents of the archive.
const ministerKnown = 10

// The same goes for a backbench MP: over the development round-ups an
// MP the lead names after "MP" is in the gold label one time in seven,
// and "MP" itself in most of the rest ("MP second job", "MP quits Tory
// whip"). So an MP's name gives way to the post, without the party or
// the seat in front of it, which a headline leaves out.

// ministerPosts are the posts of government whose holders the rule
// reads.
var ministerPosts = toSet(`minister secretary chancellor mp`)

// ministerName reports whether the label should leave out the best of
// names under the minister rule, and the post in lower case with the
// word before it that says which ("culture minister"); lead is the lead
// paragraph's words, terms the thread's term candidates.
func (lb *labeler) ministerName(names, terms []*cand, lead []word) (bool, []string) {
	if len(names) == 0 {
		return false, nil
	}
	top := bestOf(names)
	if top.pos < 0 || top.pos >= len(lead) || top.words[0].caps {
		return false, nil
	}
	// the word before the name, past given names and titles, or the post
	// the name candidate opens with ("Secretary Ada Kell")
	j := top.pos - 1
	for k, w := range top.words {
		if wordIn(ministerPosts, w) && len(top.words)-k > 2 { // "Shadow Chancellor Ada" is cut to its post (label_title.go)
			j = top.pos + k
		}
	}
	for j >= 0 && !wordIn(ministerPosts, lead[j]) && (lead[j].name && lead[j].joined || lead[j].lex&lexTitle != 0) {
		j--
	}
	if j < 0 || !wordIn(ministerPosts, lead[j]) {
		return false, nil
	}
	last := top.words[len(top.words)-1]
	if lb.in.df[last.id] > sourceParas || lb.idf.docFreq(last.id, last.stem) > ministerKnown || bestFree(terms, lb.used) == nil {
		return false, nil
	}
	post := []string{postWord(lead[j])}
	if k := j - 1; k >= 0 && !lead[j].caps && lead[j].joined && !lead[k].stop && lead[k].lex&lexTitle == 0 && (!lead[k].name || lead[k].promoted || lead[j].name) {
		post = []string{postWord(lead[k]), post[0]} // "Transport minister", "Culture Minister"; an MP's party or seat goes
	}
	return true, post
}

// postWord is w as the label writes it in a post: in lower case, but for
// an abbreviation in capitals ("MP").
func postWord(w word) string {
	if w.caps {
		return w.surface
	}
	return strings.ToLower(w.surface)
}
