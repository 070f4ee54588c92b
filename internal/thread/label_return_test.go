package thread

import "testing"

// TestLabelReturn checks, on invented items, that a named subject coming
// back labels the name, what it comes back to and "return"; that a
// return with an object, a return on the way to other news, a return
// told of someone else and "the return of" make no return.
func TestLabelReturn(t *testing.T) {
	others := []string{
		"The Dowling 100 rose 0.4 per cent as miners gained ground.",
		"A new bridge over the Wendle will open in May, the council said.",
	}
	runLabelCases(t, []labelCase{
		{"coming back to the stage", []string{
			"Imelda Tarrant is coming back to the stage, and she is bringing her old co-star with her.",
			"Imelda Tarrant last appeared in a play in 2009. She will star in a revival at the Lyceum.",
		}, others, "Imelda Tarrant stage return", ""},
		{"a place that is a name", []string{
			"Ossian Pell is to return to the West End for the first time since his Olivier-winning turn as Macbeth.",
			"Ossian Pell will play a retired judge in a new comedy.",
		}, others, "Ossian Pell West End return", ""},
		{"is back", []string{
			"After six years away from the theatre and a long illness, Ossian Pell is back.",
			"Ossian Pell will tour the country's theatres in the spring with a show about his childhood.",
		}, others, "Ossian Pell return", ""},
		{"a return with an object", []string{
			"Tin explorer Penhallow Minerals soared 41 per cent to 6.2p after drilling in Cornwall returned the best grades in its history.",
			"Penhallow Minerals will drill six more holes in the spring.",
		}, others, "Penhallow", "return"},
		{"on the way to other news", []string{
			"Princess Amabel returned to London to host a reception for 150 nurses at St James's Palace.",
			"Princess Amabel thanked the nurses for their work during the winter.",
		}, others, "Amabel", "return"},
		{"someone else's return", []string{
			"A steam launch has returned to the water at Gorran after a ten-year restoration by volunteers.",
			"The launch was built at Gorran in 1902 and last sailed in 1970.",
		}, others, "launch", "Gorran return"},
	})
}
