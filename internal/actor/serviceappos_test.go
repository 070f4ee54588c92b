package actor

import "testing"

// TestServiceApposition: a description in apposition headed by a service's
// or a product's noun ("a blog search engine", "a music download
// service"), or by a business noun with a participle after it ("a
// start-up backed by"), makes the name a firm's; a job headed by such a
// word ("a website editor") leaves a person.
func TestServiceApposition(t *testing.T) {
	runNameRules(t, []nameRuleCase{
		taggedCase(map[string]string{"Blogvane": "PER"}, "a search engine", "Blogvane, a blog search engine, tracks about six million blogs.", "Blogvane", Org),
		taggedCase(map[string]string{"Quillo": "PER"}, "a download service", "Quillo, a music download service, has two million users.", "Quillo", Org),
		taggedCase(map[string]string{"Alpenstern": "PER"}, "a start-up backed by", "Alpenstern, a start-up backed by Dutch investors, will run three trains a week.", "Alpenstern", Org),
		taggedCase(map[string]string{"Ada Kell": "PER"}, "a website editor", "Ada Kell, a website editor, said the figures were wrong.", "Ada Kell", Person),
	})
}

// TestOnlineNounBefore: a network, a search engine, a website or an app
// named right before a name makes it a service's name.
func TestOnlineNounBefore(t *testing.T) {
	runNameRules(t, []nameRuleCase{
		taggedCase(map[string]string{"Velster": "PER"}, "a network", "Since the file-sharing network Velster was forced to close, the industry has been nervous.", "Velster", Org),
		taggedCase(map[string]string{"Quibble": "PER"}, "a search engine", "Users of search engine Quibble saw the change first.", "Quibble", Org),
	})
}
