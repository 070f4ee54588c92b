package actor

// joinO widens a span over "o'" and the capitalised word after it, the
// old "of" that joins the words of a place's or a thing's name ("John
// o' Groats", "Tam o' Shanter", "Will o' the Wisp" aside), which a
// tagger cuts into a person called John and another name. No one's own
// name is so written: the whole is a name of kind other, and a span the
// tagger read after the "o'" is dropped.
func joinO(d *paraDoc, spans []span) []span {
	toks := d.toks
	for i := 0; i < len(spans); i++ {
		e := spans[i].e
		if e+2 >= len(toks) || toks[e].text != "o" || toks[e+1].text != "'" && toks[e+1].text != "’" ||
			toks[e].end != toks[e+1].start || !toks[e+2].word || !toks[e+2].cap {
			continue
		}
		spans[i] = span{s: spans[i].s, e: e + 3, typ: "MISC"}
		j := i + 1
		for j < len(spans) && spans[j].s < e+3 {
			j++
		}
		spans = append(spans[:i+1], spans[j:]...)
	}
	return spans
}
