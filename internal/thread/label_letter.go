package thread

import "strings"

// A reader's letter to an advice column asks about the writer's own
// affairs: "My husband died in March after 41 years at the same firm
// ... nobody seems to have heard of his pension", signed "Ada Kell,
// Tarrowby" and answered by the columnist ("Ann Selby replies: ...").
// The names in it are private people, the writer and the writer's
// family ("my partner Tom and I would like to marry"), who are no party
// to the matter a sub-editor names: the question is ("widow's pension",
// "remortgage for a deposit"). The letter rule finds such a thread: its
// lead speaks in the first person, and a later paragraph is a signature
// (a line of a few capitalised words: a name and a town) or opens the
// reply ("Ann Selby replies"), or the signature closes the lead itself
// ("… Who owes me? Ada Kell, Tarrowby"). There the best name gives way to the
// thread's topic words when they make a label of two words that belong
// together, as under the late-name rule (label_late.go). A name in
// capitals is left alone: an acronym names a body, which may be the
// matter.

// letterSelf are the words of a writer speaking of themselves and their
// own ("I" is a one-letter token the tokenizer drops).
var letterSelf = toSet(`my our we us me`)

// letterReplies follow the columnist's name at the opening of the reply.
var letterReplies = toSet(`replies writes answers`)

// letterLeadWords is how many words of the lead the letter rule looks in
// for the first person, and letterSignWords the most words of a
// signature.
const (
	letterLeadWords = 40
	letterSignWords = 5
)

// readerLetter reports whether paras, a thread's paragraphs, are a
// reader's letter and its answer.
func readerLetter(paras [][]word) bool {
	if len(paras) < 2 {
		return false
	}
	self := false
	for _, w := range paras[0][:min(len(paras[0]), letterLeadWords)] {
		if _, ok := letterSelf[strings.ToLower(w.surface)]; ok {
			self = true
			break
		}
	}
	if !self {
		return false
	}
	if signature(signedEnd(paras[0])) {
		return true // signed at the end of the lead: "… What can I do? Ada Kell, Tarrowby"
	}
	for _, p := range paras[1:] {
		if signature(p) || replyOpening(p) {
			return true
		}
	}
	return false
}

// signature reports whether p is a signature: a few capitalised words,
// a name among them ("Ada Kell, Tarrowby").
func signature(p []word) bool {
	if len(p) == 0 || len(p) > letterSignWords {
		return false
	}
	named := false
	for _, w := range p {
		if !w.upper || w.stop {
			return false
		}
		named = named || w.name
	}
	return named
}

// replyOpening reports whether p opens with a name and one of
// letterReplies: "Ann Selby replies".
func replyOpening(p []word) bool {
	for i, w := range p {
		if i > 3 || !w.upper {
			_, ok := letterReplies[strings.ToLower(w.surface)]
			return ok && i > 0 && w.joined
		}
	}
	return false
}

// letterName reports whether the label of a reader's letter should leave
// out the best of names under the letter rule.
func (lb *labeler) letterName(names, terms []*cand, paras [][]word) bool {
	if len(names) == 0 || !readerLetter(paras) {
		return false
	}
	if bestOf(names).words[0].caps {
		return false
	}
	t := bestFree(terms, lb.used)
	if t == nil {
		return false
	}
	return len(t.words) == 2 || pairOf(terms, t, lb.used) != nil || extension(terms, t, lb.used) != nil
}

// signedEnd returns the signature that closes p, a run of capitalised
// words set apart by punctuation from the words before it, "and" allowed
// between two of them ("Tom and Ada Kell, Tarrowby"), or nil.
func signedEnd(p []word) []word {
	i := len(p)
	for i > 0 {
		w := p[i-1]
		switch {
		case w.upper && !w.stop:
			i--
			continue
		case i < len(p) && i > 1 && strings.EqualFold(w.surface, "and") && p[i-2].upper && !p[i-2].stop:
			i--
			continue
		}
		break
	}
	if i == 0 || i == len(p) || p[i].joined {
		return nil
	}
	run := make([]word, 0, len(p)-i)
	for _, w := range p[i:] {
		if !w.stop {
			run = append(run, w)
		}
	}
	return run
}
