package actor

// broadcasters are the capitalised initials of broadcasters that open the
// names of their channels, stations and departments: "BBC One", "BBC
// Sport", "ITV News", "CNN International". Such a name is the
// broadcaster's, never a person's.
var broadcasters = map[string]bool{"BBC": true, "ITV": true, "CNN": true, "HBO": true, "NBC": true,
	"CBS": true, "ABC": true, "PBS": true, "NPR": true, "RTÉ": true, "RTE": true, "STV": true,
	"UTV": true, "MSNBC": true, "CNBC": true, "ESPN": true}

// broadcasterOpened reports whether name, of two words or more, opens
// with a broadcaster's initials, written in capitals, and holds no given
// name after them: "BBC One", "BBC Radio Tarrow". A given name after the
// initials is a presenter's run into the tagger's span ("BBC Ada Kell");
// an event's or a document's head last names what the channel gives or
// holds ("the BBC Four World Cinema Award").
func broadcasterOpened(name []string) bool {
	if len(name) < 2 || !broadcasters[name[0]] || headBits(name[len(name)-1])&(eventHead|documentHead) != 0 {
		return false
	}
	for _, w := range name[1:] {
		if givenName(w) {
			return false
		}
	}
	return true
}
