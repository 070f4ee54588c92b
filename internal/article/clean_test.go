package article

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// para is a test paragraph: its text and whether Clean must mark it.
type para struct {
	text string
	furn bool
}

func TestCleanRoundup(t *testing.T) {
	// A tabloid-style round-up written for this test: three items, with
	// the gallery furniture, repeated captions and share lines such pages
	// carry when scraped.
	doc := []para{
		{"Harbour Bakery has closed its last two shops after a year of rising flour prices, its owner said on Monday.", false},
		{"Margaret Ellery, who founded the bakery in 1987, said the decision had been the hardest of her working life.", false},
		{"Margaret Ellery outside the Harbour Bakery shop in Portwell, which closed its doors on Saturday", true},
		{"+3", true},
		{"View gallery", true},
		{"Margaret Ellery outside the Harbour Bakery shop in Portwell, which closed its doors on Saturday", true},
		{"'We shared everything with this town for thirty years,' she said. 'Now it is time to rest.'", false},
		{"Advertisement", true},
		{"Volunteers pack the last loaves at the Quay Street shop.", true},
		{"The bakery opened in 1987.", false},
		{"It closes for good next week.", false},
		{"Meanwhile, the Portwell rowing club has won its first regional title since 1994.", false},
		{"The crew of eight (pictured) beat six rival clubs on the river Teal at the weekend", true},
		{"1/12", true},
		{"12 photos", true},
		{"Coach Daniel Okafor said the crew would share the prize money with the junior squad.", false},
		{"Share this article", true},
		{"Share or comment on this article", true},
		{"Click here to read more about the regatta", true},
		{"Read more: Portwell council approves new river path", true},
		{"Sign up for our Daily Portwell newsletter", true},
		{"Photo: Portwell Gazette", true},
		{"Getty Images", true},
		{"Pictured: the winning crew lifts the trophy", true},
		{"Elsewhere, the town's library will open on Sundays from next month after a petition gathered 4,000 names.", false},
		{"Readers can follow the library's plans on its website, and share their views at a meeting on Thursday.", false},
		{"Elsewhere, the town's library will open on Sundays from next month after a petition gathered 4,000 names.", true},
		{"We use cookies to improve your experience. By continuing to browse you accept our cookie policy.", true},
		{"Photography enthusiasts will be allowed to share pictures of the reading room for the first time.", false},
		{"Click", false},
		{"Follow the money, said the councillor, and you will find the answer.", false},
	}
	a := &Article{Title: "Round-up"}
	for _, p := range doc {
		a.Paragraphs = append(a.Paragraphs, Paragraph{Text: p.text})
	}
	Clean(a)
	for i, p := range doc {
		if got := a.Paragraphs[i].Boilerplate; got != p.furn {
			t.Errorf("paragraph %d %q: boilerplate = %v, want %v", i, p.text, got, p.furn)
		}
	}
}

func TestIsFurniture(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"+3", true},
		{"+ 12", true},
		{"3 of 10", true},
		{"24 pictures", true},
		{"View Gallery", true},
		{"See all 14 photos", true},
		{"ADVERTISEMENT", true},
		{"Story continues below advertisement", true},
		{"Share on Facebook", true},
		{"Share this story", true},
		{"Tweet", true},
		{"Follow us on Twitter", true},
		{"Follow @portwellnews", true},
		{"Subscribe now", true},
		{"Sign up to our weekly briefing email", true},
		{"Read more:", true},
		{"READ MORE: Minister quits over river report", true},
		{"See also: How the vote works", true},
		{"Comments (14)", true},
		{"Most read", true},
		{"Related Articles", true},
		{"Image copyright Reuters", true},
		{"Image caption The minister left by a side door", true},
		{"Source: Office for National Statistics", true},
		{"Photograph: Jane Doe/AP", true},
		{"(Reuters)", true},
		{"AFP via Getty Images", true},
		{"© Portwell Gazette 2024", true},
		{"***", true},
		{"LATEST DEVELOPMENTS", true},
		{"KEY POINTS", true},
		{"Total: 190,069", true},
		{"WORLD OF WARCRAFT", false},
		{"Updated: 12 March 2013, 10:04 GMT", true},
		{"PUBLISHED: 16:05 GMT, 9 June 2013 | UPDATED: 06:55 GMT, 10 June 2013", true},
		{"Published: the report runs to 400 pages and took two years to write, its authors said.", false},
		{"NHS", false},
		{"Note: the figures exclude Wales.", false},
		{"This website uses cookies to give you the best experience", true},
		// Real sentences that only mention the same words.
		{"Shares in the company fell 4% after the announcement.", false},
		{"She said she would share the news with her family first.", false},
		{"The photo, taken in 1962, shows the two men laughing.", false},
		{"Readers were asked to click on a link that turned out to be fraudulent, police said.", false},
		{"Sign-ups for the scheme have doubled since March, the council said.", false},
		{"He likes to follow the rules, his sister said.", false},
		{"Source of the leak remains unknown, the inquiry found.", false},
		{"Photos of the meeting were later published by the ministry, which said the talks had been cordial and productive and would continue into next week after a short break.", false},
		{"Copyright law is due to change next year.", false},
		{"The cookies sold out within an hour, the baker said.", false},
		{"Advertising revenue rose 8% to £1.2bn in the quarter.", false},
		{"Video games made up a third of sales.", false},
	}
	for _, tt := range tests {
		if got := isFurniture(tt.text); got != tt.want {
			t.Errorf("isFurniture(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestCleanKeepsSomething(t *testing.T) {
	a := &Article{Paragraphs: []Paragraph{
		{Text: "A long line without a full stop that goes on and on about a picture (pictured) here"},
		{Text: "A long line without a full stop that goes on and on about a picture (pictured) here too"},
	}}
	Clean(a)
	if a.Body() == "" {
		t.Fatalf("Clean marked every paragraph of an article with no pattern furniture")
	}
}

func TestCleanRepeatedTitle(t *testing.T) {
	tests := []struct {
		title, first string
		want         bool
	}{
		{"Ferry route to reopen", "Ferry route to reopen", true},
		{"Ferry route to reopen", "FERRY ROUTE  to reopen", true},
		// A title that is the body's first sentence leaves it as text.
		{"The council voted to reopen the ferry route.", "The council voted to reopen the ferry route.", false},
		{"Ferry route to reopen", "Ferry route to reopen next year", false},
	}
	for _, tt := range tests {
		a := &Article{Title: tt.title, Paragraphs: []Paragraph{{Text: tt.first}, {Text: "The vote was held on Monday night."}}}
		Clean(a)
		if a.Paragraphs[0].Boilerplate != tt.want {
			t.Errorf("title %q, paragraph %q: boilerplate = %v, want %v", tt.title, tt.first, a.Paragraphs[0].Boilerplate, tt.want)
		}
	}
	// A one-line item whose text is also its title keeps that text, with
	// or without furniture beside it.
	for _, rest := range [][]Paragraph{nil, {{Text: "View gallery"}}} {
		title := "Reports say the mayor will quit before the spring election:"
		a := &Article{Title: title, Paragraphs: append([]Paragraph{{Text: title}}, rest...)}
		Clean(a)
		if a.Paragraphs[0].Boilerplate || len(rest) > 0 && !a.Paragraphs[1].Boilerplate {
			t.Errorf("title-only item with %d more paragraphs: %+v", len(rest), a.Paragraphs)
		}
	}
}

func TestCleanDuplicates(t *testing.T) {
	a := &Article{Paragraphs: []Paragraph{
		{Text: "The vote was held on Tuesday."},
		{Text: "Turnout was low."},
		{Text: "The  vote was held on Tuesday. "},
	}}
	Clean(a)
	want := []bool{false, false, true}
	for i, w := range want {
		if a.Paragraphs[i].Boilerplate != w {
			t.Errorf("paragraph %d: boilerplate = %v, want %v", i, a.Paragraphs[i].Boilerplate, w)
		}
	}
}

func TestCleanRepeatedCaptionPair(t *testing.T) {
	caption := "The old ferry landing stage at low tide on a grey February morning"
	a := &Article{Paragraphs: []Paragraph{
		{Text: "The council will rebuild the landing stage next year, it said on Monday."},
		{Text: caption},
		{Text: "Work is due to take six months and will close the slipway."},
		{Text: caption},
	}}
	Clean(a)
	want := []bool{false, true, false, true}
	for i, w := range want {
		if a.Paragraphs[i].Boilerplate != w {
			t.Errorf("paragraph %d: boilerplate = %v, want %v", i, a.Paragraphs[i].Boilerplate, w)
		}
	}
}

func TestCleanLabelledCaption(t *testing.T) {
	a := &Article{Paragraphs: []Paragraph{
		{Text: "Shares in the bakery chain rose 4% after it said sales had recovered."},
		{Text: "Fresh start: the Harbour Bakery owner hopes to reopen two shops on the quay by the summer"},
		{Text: "Replacements: Kerr for Ames (61), Bell for Ruiz (70), Dunn for Shaw (75), Ito for Park (80)"},
		{Text: "The company will report full-year results in March."},
	}}
	Clean(a)
	want := []bool{false, true, false, false}
	for i, w := range want {
		if a.Paragraphs[i].Boilerplate != w {
			t.Errorf("paragraph %d %q: boilerplate = %v, want %v", i, a.Paragraphs[i].Text, a.Paragraphs[i].Boilerplate, w)
		}
	}
}

func TestCleanManyNearDuplicates(t *testing.T) {
	// Many paragraphs sharing most of their words must not make the
	// repetition check quadratic in the shared phrases.
	long := strings.Repeat("the same words over and over again in every paragraph ", 40)
	a := &Article{}
	for i := range 1000 {
		a.Paragraphs = append(a.Paragraphs, Paragraph{Text: fmt.Sprintf("%s number %d.", long, i)})
	}
	start := time.Now()
	Clean(a)
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("Clean took %v on 1000 near-duplicate paragraphs", d)
	}
}

func TestBylineLine(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"By Ruth Mensah", true},
		{"By Tom Hale and Ada Kim, Political Editor", true},
		{"By Ruth Mensah for the Portwell Gazette", true},
		{"By RUTH MENSAH FOR MAILONLINE", true},
		{"By Ruth Mensah For Mailonline", true},
		{"By Ruth Mensah, Health Correspondent for the Portwell Gazette", true},
		{"By Ruth Mensah | Portwell Gazette", true},
		{"By Ruth Mensah in Kampala", true},
		{"By Tuesday the council had voted to close the library.", false},
		{"By 2030 the city wants every bus to be electric.", false},
		{"By then, Ruth Mensah for the Portwell Gazette had left.", false},
		{"By Ruth Mensah for the Portwell Gazette, who spent a year on the story.", false},
	}
	for _, tt := range tests {
		if got := bylineLine.MatchString(tt.text); got != tt.want {
			t.Errorf("bylineLine(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
