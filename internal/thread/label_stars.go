package thread

import "strings"

// A review opens on its subject and its star rating: "Agnes at the
// Window, Lantern Theatre, Bristol ★★★★. Fenella Darrow is superb…",
// "Marion Gale, Salt Lines ★★★." The name rule took a name and a word of
// the critic's prose ("Agnes light", "Marion Gale record"); a
// sub-editor labels the piece by what is reviewed: "Agnes at the Window
// review". The stars rule labels a thread whose lead gives a star
// rating in its opening words by the lead's first words up to the first
// punctuation (the title, or the artist before the work's title), and
// "review".

// starsWithin is how far into the lead, in bytes, a star rating opens a
// review.
const starsWithin = 120

// starsTitleWords is the most words of the title the label takes.
const starsTitleWords = 4

// starsLabel returns the label of a review whose lead, raw as written
// and tokenized as ws, opens with a star rating, else label.
func starsLabel(label, raw string, ws []word) string {
	at := strings.IndexAny(raw, "★☆")
	if at < 0 || at > starsWithin || len(ws) == 0 || !ws[0].upper {
		return label
	}
	n := 1
	for n < len(ws) && n < starsTitleWords && ws[n].joined {
		n++
	}
	for n > 1 && ws[n-1].stop {
		n-- // a title cut short ends on no function word: "The Last Ferry From"
	}
	title := make([]string, 0, n+1)
	for _, w := range ws[:n] {
		title = append(title, w.surface)
	}
	return strings.Join(append(title, "review"), " ")
}
