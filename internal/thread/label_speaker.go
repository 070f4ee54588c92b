package thread

import "strings"

// A lead that names its subject first may go on to name who said so:
// "Harlow Foods shares fell after a profit warning, said Priya Vanstone
// of Beckett Securities", "…, whose analyst Priya Vanstone said". A
// speaker quoted again further on, or a broker named in no other
// thread, can score far above a firm named in other threads too, so far
// that the lead-subject rule's share (label_subject.go) keeps the firm
// out of the name slot. The speaker rule lets the lead's subject take
// the slot whatever its share when the best name is first met in the
// lead inside an attribution: the words after a "whose" or an
// "according to", or after a reporting word ("said", "says", "told",
// "added") that opens a clause after punctuation, up to the punctuation
// that ends them. A reporting word joined to the words before it is the
// sentence's own verb ("A PR expert has told the Michael Jackson
// trial", "Jose Antonio Reyes has added to speculation"), and the
// names after it are what the subject spoke of, so those are left
// alone. The speaker vouches for the news; the subject is what it is
// about.
//
// Over the development round-ups the rule changes one label, to the
// gold's name ("Greyfield Retail downgrade" for "Priya Vanstone
// downgrade"; label F1 0.4785 → 0.4787, the one set +0.006) and over
// the BBC articles none (with "told" and "added" counted anywhere it
// changed three, one closer to the headline and two further).

// speakerWords open an attribution span of the lead: true ones
// anywhere, false ones only after punctuation.
var speakerWords = map[string]bool{
	"said": false, "says": false, "told": false, "added": false,
	"according": true, "whose": true,
}

// inAttribution reports whether word pos of lead stands in an
// attribution span: after a speaker word that may open one there and
// joined to it (no punctuation between).
func inAttribution(lead []word, pos int) bool {
	if pos < 0 || pos >= len(lead) {
		return false
	}
	for i := pos; i > 0; i-- {
		if !lead[i].joined {
			return false
		}
		if anywhere, ok := speakerWords[strings.ToLower(lead[i-1].surface)]; ok {
			return anywhere || !lead[i-1].joined
		}
	}
	return false
}
