package thread

import "strings"

// A lead often tells what a firm is in the words right before its name:
// "Oil explorer Fenmoor Energy plunged …", "Cinema operator Lantern
// Screens dropped …", "drone maker Skyreach Robotics climbed …". The
// trade noun there says what the firm is, which it always is, not what
// happened to it; a headline writes the name and the news ("Fenmoor
// Energy dry well"), and a label that puts the trade beside the name
// ("Fenmoor Energy explorer") spends a word on nothing new. The
// descriptor rule drops from the topic words, once the label holds the
// name, a lower-case phrase that the thread only ever writes right before
// that name and whose head is an agent noun of a trade ("explorer",
// "maker", "operator", "retailer"). It keeps a phrase the thread also
// uses on its own ("the explorer said its well was dry"), a descriptor
// standing for a name the label leaves out ("craft brewer sales"), a
// person's calling ("goalkeeper", "producer": the role rule's matter,
// label_role.go) and any descriptor in a thread that speaks of a person
// ("he", "her"), where the trade is often the headline's word for them.

// descUse reports whether the lower-case phrase ws[a:b] stands right
// before a name, with nothing between: a descriptor of the name.
func descUse(ws []word, a, b int) bool {
	if b >= len(ws) || ws[a].name || !ws[b].joined || !ws[b].name || ws[b].promoted {
		return false
	}
	// it opens a clause, or follows a determiner or a word of its own
	// kind ("the Bristol-based drone maker"), not a name ("Portlow beat
	// Athletic")
	return a == 0 || !ws[a].joined || ws[a-1].lex&lexDet != 0 || !ws[a-1].name && !ws[a-1].stop
}

// descOnly reports whether every use of c is a descriptor before a
// name (descUse) and its head an agent noun of a trade (agentNoun, its
// plural too), not a person's calling (personRoles).
func (c *cand) descOnly() bool {
	head := c.words[len(c.words)-1]
	return c.descs > 0 && c.descs == c.count && !wordIn(personRoles, head) && agentNoun(strings.TrimSuffix(strings.ToLower(head.surface), "s"))
}

// personalThread reports whether the thread paras speaks of a person
// (personal), worked out once a thread.
func (lb *labeler) personalThread(paras [][]word) bool {
	if lb.personal == 0 {
		lb.personal = 1
		if personal(paras) {
			lb.personal = 2
		}
	}
	return lb.personal == 2
}

// dropDescriptors returns terms without the descriptors (descOnly)
// whose first use stands before a word of a name the label holds (used),
// unless the thread paras speaks of a person: beside the name they
// describe they say nothing new.
func (lb *labeler) dropDescriptors(terms []*cand, paras [][]word) []*cand {
	out := terms[:0]
	for _, c := range terms {
		if c.descOnly() && lb.used[c.descOf] && !lb.personalThread(paras) {
			continue
		}
		out = append(out, c)
	}
	return out
}
