package thread

import "unicode/utf8"

// Agency copy and world briefings open a paragraph with a dateline: the
// place the report was filed from, in capitals, before a dash ("KUWAIT
// CITY – Kuwait will raise oil output …", "KUALA LUMPUR – A former
// Malaysian finance minister …"). Letters pages and kickers do the same
// with a signature or a tag ("PETER MALTON, Thornton-le-Dale",
// "ABANDONED: Saturday's game …"). Such a run says where or who wrote,
// not what happened, and taken for the lead's first name it becomes the
// label's name ("KUWAIT CITY oil output"). The dateline rule drops the
// run from the label's candidates when the thread never writes its words
// in capitals anywhere else: a firm's acronym ("HSBC", "FTSE") is written
// so throughout, and a run of one short word is most often an acronym, so
// it must be two words or one of at least datelineLetters letters. A
// dateline is followed by a new sentence, never by a lower-case function
// word: "HALDANE PURVIS, who has died aged 88, …" opens an obituary with
// its subject.

// datelineLetters is the fewest letters of a one-word dateline.
const datelineLetters = 5

// datelineMax is the most words of a dateline.
const datelineMax = 4

// datelineCaps counts by stem id the capitalised uses of words in the
// paragraphs paras, or returns nil when no paragraph opens with a run
// that may be a dateline.
func datelineCaps(paras [][]word) map[int32]int {
	var caps map[int32]int
	for _, p := range paras {
		if datelineLen(p) > 0 {
			caps = make(map[int32]int)
			break
		}
	}
	if caps == nil {
		return nil
	}
	for _, p := range paras {
		for _, w := range p {
			if w.caps && w.upper {
				caps[w.id]++
			}
		}
	}
	return caps
}

// dropDateline marks as stop words the dateline opening the paragraph ws
// (a copy the labeler may change) when its words are capitalised nowhere
// else in the thread (caps from datelineCaps).
func dropDateline(ws []word, caps map[int32]int) {
	n := datelineLen(ws)
	if n == 0 || caps == nil || !onlyHere(ws[:n], caps) {
		return
	}
	for i := range n {
		ws[i].stop, ws[i].name, ws[i].promoted = true, false, false
	}
}

// datelineLen returns the number of words of the capitalised run opening
// ws that may be a dateline, or 0: one to datelineMax joined words with
// no lower-case letter, two of them or one of datelineLetters letters,
// followed by a word set apart by punctuation that is no lower-case
// function word.
func datelineLen(ws []word) int {
	n := 0
	for n < len(ws) && n < datelineMax+1 && ws[n].caps && ws[n].upper && (n == 0 || ws[n].joined) {
		n++
	}
	if n == 0 || n > datelineMax || n == len(ws) || ws[n].joined || ws[n].stop && !ws[n].upper {
		return 0
	}
	if n == 1 && utf8.RuneCountInString(ws[0].surface) < datelineLetters {
		return 0
	}
	return n
}

// onlyHere reports whether the words of run are written in capitals
// nowhere but in run (caps counts such uses by stem id).
func onlyHere(run []word, caps map[int32]int) bool {
	for _, w := range run {
		here := 0
		for _, v := range run {
			if v.id == w.id {
				here++
			}
		}
		if caps[w.id] > here {
			return false
		}
	}
	return true
}
