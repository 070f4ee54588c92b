package article

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// want describes what parsing one fixture must give.
type want struct {
	articles int      // number of articles
	err      string   // substring of the error ("" for none)
	title    string   // title of the first article
	paras    []string // non-boilerplate paragraphs of the first article (nil: not checked)
	absent   []string // text that must not appear in any paragraph
	id       string   // ExternalID of the first article
	url      string
	source   string
	byline   string
	category string
	date     string // RFC 3339 of the first article's date ("" for none)
}

func TestParseFixtures(t *testing.T) {
	tests := []struct {
		file string
		want want
	}{
		{"page.html", want{
			articles: 1,
			title:    "Council votes to reopen the old ferry route",
			paras: []string{
				"Portwell council voted on Monday night to reopen the ferry route across the estuary, closed since a storm damaged the landing stage eleven years ago.",
				"Councillors backed the plan by twenty-one votes to six after a three-hour debate in which residents of both banks spoke, many of them recalling the crossing from their childhood.",
				"The leader of the council, Priya Anand, said the ferry would cut the journey to the hospital in Eastwick from forty minutes by road to about ten, and would be running by the summer of next year.",
				"Opponents said the £2.4m cost of a new landing stage would be better spent on buses. “We are buying a boat when we need a timetable,” said Councillor Tom Hale.",
				"A study commissioned by the council estimates that four hundred people a day would use the crossing, most of them commuters and hospital staff.",
				"Work on the landing stage is expected to start in the autumn, subject to approval from the harbour authority, which will consider the plans next month.",
			},
			absent:   []string{"tracker", "Home", "Quayside Motors", "cruise", "sorely missed", "waste of money", "All rights reserved", "Bridge repairs", "road closures", "console"},
			url:      "https://gazette.example.org/local/ferry-route-reopens?utm_source=rss",
			source:   "The Portwell Gazette",
			byline:   "Ruth Mensah",
			category: "Local",
			date:     "2024-03-05T09:30:00Z",
		}},
		{"tabloid.html", want{
			articles: 1,
			title:    "Mayor's garden party row: what we know",
			paras: []string{
				"The mayor of Eastwick has apologised after hosting a garden party at the town hall on the day council staff were told to stay at home, in a row that has dominated local politics all week.",
				"Alan Breck said the event had been a thank-you to volunteers and had been cleared with officers, but opposition councillors said he should resign.",
				"An email seen by this newspaper shows the invitation went to forty people, including two cabinet members and the chief executive of the council.",
				"Meanwhile, the council's planning committee has approved a new cycle route along the old railway line, despite objections from some landowners.",
				"Work on the six-mile route is due to start in the spring and will cost £3.1m, most of it from a government grant for walking and cycling schemes.",
			},
			absent: []string{"Disgraceful", "Sign up", "TV&Showbiz", "Comments"},
			url:    "https://bugle.example.co.uk/news/article-123/mayor-garden-party.html",
			source: "Daily Bugle Online", byline: "Kit Marlowe", date: "2024-03-11T00:00:00Z",
		}},
		{"feed.rss", want{
			articles: 3, title: "Harbour bakery closes after thirty years", id: "gazette-1001",
			paras: []string{
				"The Harbour Bakery on Quay Street has closed after thirty years, its owner said.",
				"Rising flour and energy prices made the shop impossible to run, she said.",
			},
			url: "https://gazette.example.org/local/bakery-closes", source: "Portwell Gazette: Local",
			byline: "Ruth Mensah", category: "Business", date: "2024-03-04T08:15:00Z",
		}},
		{"feed.atom", want{
			articles: 2, title: "Seal colony counted at record size", id: "urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a",
			url: "https://notes.example.net/seals-2024", source: "Estuary Notes", byline: "Owen Price", date: "2024-03-07T09:00:00Z",
		}},
		{"feed.json", want{
			articles: 2, title: "Market hall to get a new roof", id: "qw-77", byline: "Lena Ford", source: "Quayside Weekly",
			paras: []string{"The Victorian market hall will get a new roof this summer.", "Traders will move to the car park while the work is done."},
			date:  "2024-03-08T07:00:00Z",
		}},
		{"broken.rss", want{err: "not a readable rss feed"}},
		{"yaml.md", want{
			articles: 1, title: "Ferry route vote: what happens next", id: "gz-2001",
			paras: []string{
				"The council's vote on Monday is only the first step, and several approvals are still needed before a boat can cross.",
				"The landing stage",
				"The harbour authority must approve the design of the new landing stage. It meets next month.",
				"A public consultation will run for six weeks.",
				"The operator will be chosen by tender.",
				`"We expect the first crossing next summer," said Priya Anand.`,
			},
			absent: []string{"**", "](", "stage.png", "*six"},
			url:    "https://gazette.example.org/local/ferry-next", source: "The Portwell Gazette", byline: "Ruth Mensah",
			category: "Local", date: "2024-03-05T10:00:00Z",
		}},
		{"toml.md", want{
			articles: 1, title: "Seal count at record high",
			paras: []string{
				"Volunteers counted 212 grey seals on the sandbanks this winter.",
				"The wildlife trust said cleaner water had helped the colony grow, and asked walkers to keep dogs on leads near the banks.",
			},
			byline: "Owen Price, Ada Kim", category: "Nature", date: "2024-03-07T09:00:00Z",
		}},
		{"mixed.jsonl", want{
			articles: 4, err: "3 of 7 lines could not be read", title: "First story", id: "a1",
			paras: []string{"Para one.", "Para two."}, url: "https://example.org/a1", source: "Example",
			byline: "A. Writer", category: "news", date: "2024-03-01T00:00:00Z",
		}},
		{"plain.txt", want{
			articles: 1, title: "Pier reopens after repairs",
			paras: []string{
				"The pier reopened on Friday after six weeks of repairs paid for by a county grant.",
				"Fishing from the end of the pier will be allowed again from next month, the harbour master said.",
			},
		}},
		{"lines.txt", want{
			articles: 1, title: "Lines only",
			paras: []string{"First line is a paragraph.", "Second line is another.", "Third line too."},
		}},
		{"latin1.txt", want{
			articles: 1, title: "Café owner wins award",
			paras: []string{"The café on the quay won a regional award for its crêpe stall – and “best coffee”."},
		}},
		{"badutf8.txt", want{
			articles: 1, title: "Quay café wins award",
			paras: []string{"The café won an award for its \uFFFDservice."},
		}},
		{"story.txt.gz", want{
			articles: 1, title: "Storm damages pier",
			paras: []string{"High winds tore planks from the pier on Sunday night.", "The council said it would be closed until repairs were done."},
		}},
		{"empty.txt", want{err: "empty file"}},
		{"blank.txt", want{err: "empty file"}},
		{"image.bin", want{err: "binary file"}},
		{"noise.txt", want{err: "binary file"}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			arts, err := ParseFile(filepath.Join("testdata", tt.file))
			checkParse(t, arts, err, tt.want)
		})
	}
}

func checkParse(t *testing.T, arts []Article, err error, w want) {
	t.Helper()
	if w.err == "" && err != nil {
		t.Fatalf("unexpected error: %v", err)
	}
	if w.err != "" {
		if err == nil || !strings.Contains(err.Error(), w.err) {
			t.Fatalf("error = %v, want one containing %q", err, w.err)
		}
		var pe *ParseError
		if !errors.As(err, &pe) {
			t.Fatalf("error %T is not a *ParseError", err)
		}
	}
	if len(arts) != w.articles {
		t.Fatalf("got %d articles, want %d", len(arts), w.articles)
	}
	if len(arts) == 0 {
		return
	}
	a := arts[0]
	check := func(field, got, want string) {
		if want != "" && got != want {
			t.Errorf("%s = %q, want %q", field, got, want)
		}
	}
	check("title", a.Title, w.title)
	check("external id", a.ExternalID, w.id)
	check("url", a.URL, w.url)
	check("source", a.Source, w.source)
	check("byline", a.Byline, w.byline)
	check("category", a.Category, w.category)
	if w.date != "" {
		if a.Published.IsZero() {
			t.Errorf("no date, want %s", w.date)
		} else {
			check("date", a.Published.UTC().Format(time.RFC3339), w.date)
		}
	}
	if w.paras != nil {
		var got []string
		for _, p := range a.Paragraphs {
			if !p.Boilerplate {
				got = append(got, p.Text)
			}
		}
		if strings.Join(got, "\n") != strings.Join(w.paras, "\n") {
			t.Errorf("paragraphs:\n got %q\nwant %q", got, w.paras)
		}
	}
	for _, a := range arts {
		for _, p := range a.Paragraphs {
			for _, bad := range w.absent {
				if strings.Contains(p.Text, bad) {
					t.Errorf("paragraph %q contains page text %q", p.Text, bad)
				}
			}
		}
	}
}

func TestParseJSONLErrors(t *testing.T) {
	_, err := ParseFile("testdata/mixed.jsonl")
	var pe *ParseError
	if !errors.As(err, &pe) {
		t.Fatalf("error %v is not a *ParseError", err)
	}
	var lines []int
	for _, it := range pe.Items {
		lines = append(lines, it.Line)
	}
	if fmt.Sprint(lines) != "[3 6 7]" {
		t.Errorf("bad lines = %v, want [3 6 7]", lines)
	}
	if pe.Items[1].Field != "body" {
		t.Errorf("line 6 field = %q, want body", pe.Items[1].Field)
	}
}

func TestParseJSONLCapsErrorList(t *testing.T) {
	var b strings.Builder
	for i := range 50 {
		fmt.Fprintf(&b, "{\"title\": \"t%d\"\n", i)
	}
	b.WriteString(`{"title":"good","body":"Text."}` + "\n")
	arts, err := Parse("many.jsonl", strings.NewReader(b.String()))
	var pe *ParseError
	if !errors.As(err, &pe) || len(arts) != 1 {
		t.Fatalf("got %d articles, error %v", len(arts), err)
	}
	if len(pe.Items) != maxItemErrors || !strings.Contains(pe.Msg, "50 of 51") {
		t.Errorf("items %d, msg %q", len(pe.Items), pe.Msg)
	}
}

func TestParseInline(t *testing.T) {
	tests := []struct {
		name, file, in string
		want           want
	}{
		{"json array", "x.json", `[{"title":"A","body":"One.\n\nTwo."},{"title":"B","content":"Three."}]`,
			want{articles: 2, title: "A", paras: []string{"One.", "Two."}}},
		{"wrapped json list", "x.json", `{"source":"export","articles":[{"title":"A","body":"One."},{"title":"B","body":"Two."}]}`,
			want{articles: 2, title: "A", paras: []string{"One."}}},
		{"html body in jsonl", "x.jsonl", `{"title":"A","body":"<p>First &amp; best.</p><p>Second <b>bold</b> one.</p>"}`,
			want{articles: 1, title: "A", paras: []string{"First & best.", "Second bold one."}}},
		{"escaped plain text in jsonl", "x.jsonl", `{"title":"Barnes &amp; Noble cuts","body":"Jos&#233; Ruiz said the caf&eacute; at AT&T Park shuts.\n\nR&amp costs &foo; rose &#x2014; sharply."}`,
			want{articles: 1, title: "Barnes & Noble cuts", paras: []string{"José Ruiz said the café at AT&T Park shuts.", "R&amp costs &foo; rose — sharply."}}},
		{"escaped paragraph list in json", "x.json", `[{"title":"A","paragraphs":["Fish &amp; chips.","Dav&#233; left."]}]`,
			want{articles: 1, title: "A", paras: []string{"Fish & chips.", "Davé left."}}},
		{"pretty json object", "x.json", "{\n  \"title\": \"A\",\n  \"body\": \"One.\"\n}\n",
			want{articles: 1, title: "A", paras: []string{"One."}}},
		{"stdin jsonl sniffed", "-", `{"title":"A","body":"One."}` + "\n" + `{"title":"B","body":"Two."}`,
			want{articles: 2, title: "A"}},
		{"stdin html sniffed", "-", "<html><head><title>T</title></head><body><p>Only para here, a decent sentence of text.</p></body></html>",
			want{articles: 1, title: "T", paras: []string{"Only para here, a decent sentence of text."}}},
		{"html json-ld metadata", "x.html", `<html><head><title>Mayor quits after expenses row | Portwell Gazette</title><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Mayor quits","datePublished":"2024-05-01T10:00:00Z","author":{"@type":"Person","name":"Jo Bloggs"}}</script></head><body><p>The mayor resigned on Wednesday after an inquiry into his expenses found he had claimed for a second home.</p></body></html>`,
			want{articles: 1, title: "Mayor quits", byline: "Jo Bloggs", date: "2024-05-01T10:00:00Z"}},
		{"html site name after the page's heading", "x.html", `<html><head><title>Council approves new bridge | The Gazette</title></head><body><article><h1>Council approves new bridge</h1><p>The city council voted 7-2 on Tuesday to approve a new footbridge over the River Wend, ending a two-year dispute.</p></article></body></html>`,
			want{articles: 1, title: "Council approves new bridge"}},
		{"html title cut to the page's heading", "x.html", `<html><head><title>Bridge vote - what happens next</title></head><body><article><h1>Bridge vote</h1><p>The city council voted 7-2 on Tuesday to approve a new footbridge over the River Wend, ending a two-year dispute.</p></article></body></html>`,
			want{articles: 1, title: "Bridge vote"}},
		{"html br paragraphs, derived title kept as text", "x.html", `<html><body><div id="main">First paragraph of text that is long enough to count as content here.<br><br>Second paragraph follows after two breaks.<br>Same paragraph continues after one break.</div></body></html>`,
			want{articles: 1, title: "First paragraph of text that is long enough to count as content here.", paras: []string{
				"First paragraph of text that is long enough to count as content here.",
				"Second paragraph follows after two breaks. Same paragraph continues after one break."}}},
		{"markdown without front matter", "x.md", "# Big news\n\nSomething *happened*.\n",
			want{articles: 1, title: "Big news", paras: []string{"Something happened."}}},
		{"unclosed front matter", "x.md", "---\ntitle: x\n\nBody.\n", want{err: "never closed"}},
		{"bad yaml", "x.md", "---\ntitle: [unclosed\n---\nBody.\n", want{err: "front matter"}},
		{"bad date in jsonl", "x.jsonl", `{"title":"A","body":"B.","date":"someday"}`, want{err: `field "date"`}},
		// The error names the field as the input spells it.
		{"bad date in jsonl's published", "x.jsonl", `{"title":"A","body":"B.","published":"someday"}`, want{err: `field "published"`}},
		{"bad date in front matter's pubDate", "x.md", "---\ntitle: A\npubDate: someday\n---\nBody.\n", want{err: `field "pubDate"`}},
		{"control chars stripped", "x.txt", "T\x1b[31mitle\n\nBody \x1b]0;evil\x07text\u202e.\n",
			want{articles: 1, title: "Title", paras: []string{"Body text."}}},
		{"utf-16", "x.txt", string(utf16le("Title\n\nBody text.\n")), want{articles: 1, title: "Title", paras: []string{"Body text."}}},
		{"xml not a feed", "x.xml", `<?xml version="1.0"?><svgdoc:root xmlns:svgdoc="x"/>`, want{err: "neither"}},
		{"text starting with a bracket", "-", "[Updated] Ferry vote tonight\nThe council meets at seven.\n",
			want{articles: 1, title: "[Updated] Ferry vote tonight", paras: []string{"The council meets at seven."}}},
		{"long first line is body", "x.txt", strings.Repeat("word ", 100) + "end.\n",
			want{articles: 1, paras: []string{strings.TrimSpace(strings.Repeat("word ", 100)) + " end."}}},
		{"plain-text feed item", "x.rss", `<rss version="2.0"><channel><title>F</title><item><title>I</title><description>First para &amp; more.

Second para.</description></item></channel></rss>`, want{articles: 1, title: "I", paras: []string{"First para & more.", "Second para."}}},
		{"feed item figure caption is furniture", "x.atom", `<feed xmlns="http://www.w3.org/2005/Atom"><title>F</title><entry><title>Ferry strike</title><content type="html">&lt;p&gt;Crews stayed ashore for a third day on Thursday.&lt;/p&gt;&lt;figure&gt;&lt;img src="x.jpg"/&gt;&lt;figcaption&gt;Pickets at the terminal on Tuesday.&lt;/figcaption&gt;&lt;/figure&gt;&lt;p&gt;Talks resume on Monday.&lt;/p&gt;</content></entry></feed>`,
			want{articles: 1, title: "Ferry strike", paras: []string{"Crews stayed ashore for a third day on Thursday.", "Talks resume on Monday."}}},
		{"jsonl html figure caption is furniture", "x.jsonl", `{"title":"A","body":"<p>Crews stayed ashore on Thursday.</p><figure><figcaption>Pickets at the terminal.</figcaption></figure><p>Talks resume on Monday.</p>"}`,
			want{articles: 1, title: "A", paras: []string{"Crews stayed ashore on Thursday.", "Talks resume on Monday."}}},
		{"title only", "x.txt", "Just a title\n", want{err: "no article text"}},
		{"no title", "x.json", `{"body":"The mayor resigned on Friday after a row. More follows."}`,
			want{articles: 1, title: "The mayor resigned on Friday after a row."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, err := Parse(tt.file, strings.NewReader(tt.in))
			checkParse(t, arts, err, tt.want)
		})
	}
}

func utf16le(s string) []byte {
	b := []byte{0xff, 0xfe}
	for _, r := range s {
		b = append(b, byte(r), byte(r>>8))
	}
	return b
}

func TestParseSizeLimits(t *testing.T) {
	big := bytes.Repeat([]byte("word "), MaxFileBytes/5+1)
	if _, err := Parse("big.txt", bytes.NewReader(big)); err == nil || !strings.Contains(err.Error(), "MiB limit") {
		t.Errorf("oversized input: error %v", err)
	}
	// A gzip bomb: small compressed, too large once decompressed.
	var z bytes.Buffer
	zw := gzip.NewWriter(&z)
	zero := make([]byte, 1<<20)
	for range MaxFileBytes>>20 + 1 {
		zw.Write(zero)
	}
	zw.Close()
	if _, err := Parse("bomb.txt.gz", &z); err == nil || !strings.Contains(err.Error(), "after gzip") {
		t.Errorf("gzip bomb: error %v", err)
	}
	// One JSONL line over the line limit.
	long := `{"title":"x","body":"` + strings.Repeat("a", MaxLineBytes) + `"}` + "\n" + `{"title":"ok","body":"Fine."}`
	arts, err := Parse("long.jsonl", strings.NewReader(long))
	if len(arts) != 1 || err == nil || !strings.Contains(err.Error(), "line longer") {
		t.Errorf("long line: %d articles, error %v", len(arts), err)
	}
}

func TestParseDeepNesting(t *testing.T) {
	deepHTML := "<html><body>" + strings.Repeat("<div>", 100000) + "<p>Deep text that should still be found in the page.</p>"
	start := time.Now()
	arts, err := Parse("deep.html", strings.NewReader(deepHTML))
	if err != nil || len(arts) != 1 {
		t.Errorf("deep HTML: %d articles, error %v", len(arts), err)
	}
	deepXML := `<?xml version="1.0"?><rss><channel>` + strings.Repeat("<x>", 100000) + "</channel></rss>"
	if _, err := Parse("deep.rss", strings.NewReader(deepXML)); err == nil || !strings.Contains(err.Error(), "nested") {
		t.Errorf("deep XML: error %v", err)
	}
	laughs := `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>` +
		`<rss version="2.0"><channel><title>t</title><item><title>&lol3;</title><description>Some text here.</description></item></channel></rss>`
	arts, _ = Parse("laughs.rss", strings.NewReader(laughs))
	for _, a := range arts {
		if len(a.Title) > 1000 {
			t.Errorf("entity expansion produced a %d-byte title", len(a.Title))
		}
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("deep inputs took %v", d)
	}
}

func TestSniff(t *testing.T) {
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(`<rss version="2.0"><channel>`))
	zw.Close()
	tests := []struct {
		name string
		head string
		want Format
	}{
		{"a.txt", "Title\n\nBody", FormatText},
		{"a", "Title\n\nBody", FormatText},
		{"a.md", "Title\n\nBody", FormatMarkdown},
		{"a.txt", "---\ntitle: x\n---\nBody", FormatMarkdown},
		{"a", "+++\ntitle = 'x'\n+++\nBody", FormatMarkdown},
		{"a", "# Heading\n\nBody", FormatMarkdown},
		{"a.html", "<!DOCTYPE html><html>", FormatHTML},
		{"a.txt", "  <html><body>", FormatHTML},
		{"a.htm", "", FormatHTML},
		{"a.xml", `<?xml version="1.0"?><rss version="2.0">`, FormatRSS},
		{"a", `<?xml version="1.0"?><!-- c --><rdf:RDF>`, FormatRSS},
		{"a.xml", `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">`, FormatAtom},
		{"a.xml", `<?xml version="1.0"?><config><x/></config>`, FormatXML},
		{"a.json", `{"version": "https://jsonfeed.org/version/1.1", "items": []}`, FormatJSONFeed},
		{"a.json", `{"title":"x","body":"y"}` + "\n" + `{"title":"z"}`, FormatJSONL},
		{"a", `{"title":"x","body":"y"}`, FormatJSONL},
		{"a.json", "{\n \"title\": \"x\"\n}", FormatJSON},
		{"a", `[{"title":"x"}]`, FormatJSON},
		{"a.jsonl", "", FormatJSONL},
		{"a.png", "whatever", FormatBinary},
		{"a.txt", "\x89PNG\r\n\x1a\n", FormatBinary},
		{"a.txt", "%PDF-1.7", FormatBinary},
		{"a", "text\x00with nul", FormatBinary},
		{"a.xml.gz", gz.String(), FormatRSS},
		{"a.txt", "\xff\xfeT\x00i\x00", FormatText},
	}
	for _, tt := range tests {
		if got := Sniff(tt.name, []byte(tt.head)); got != tt.want {
			t.Errorf("Sniff(%q, %.30q) = %q, want %q", tt.name, tt.head, got, tt.want)
		}
	}
}

func TestParseFileMissing(t *testing.T) {
	_, err := ParseFile(filepath.Join(t.TempDir(), "nope.txt"))
	var pe *ParseError
	if !errors.As(err, &pe) || !errors.Is(err, err) || pe.Path == "" {
		t.Fatalf("error %v", err)
	}
	if _, statErr := os.Stat(pe.Path); statErr == nil {
		t.Fatalf("path %q exists", pe.Path)
	}
}

// TestListErrorMessages checks what a reader sees for bad items of a list
// of articles: the item's number before the field, the fix, and the
// file's path once.
func TestListErrorMessages(t *testing.T) {
	tests := []struct {
		name, file, input, want string
	}{
		{
			name: "JSON array", file: "list.json",
			input: `[{"title":"a"},{"title":"b","body":"Some text."}]`,
			want:  `list.json: 1 of 2 items could not be read; item 1: field "body": no article text (give the article a body)`,
		},
		{
			name: "export object on one line of JSON Lines", file: "export.jsonl",
			input: `{"items":[{"title":"a"}]}` + "\n",
			want:  `export.jsonl: 1 of 1 lines could not be read; line 1: 1 of 1 items could not be read; item 1: field "body": no article text (give the article a body)`,
		},
		{
			name: "bad line of JSON Lines", file: "lines.jsonl",
			input: `{"title":"a","body":"Text."}` + "\n" + `{"title":"b"}` + "\n",
			want:  `lines.jsonl: 1 of 2 lines could not be read; line 2: field "body": no article text (give the article a body)`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse(tt.file, strings.NewReader(tt.input))
			if err == nil {
				t.Fatal("no error")
			}
			if err.Error() != tt.want {
				t.Errorf("error\n%s\nwant\n%s", err, tt.want)
			}
			if n := strings.Count(err.Error(), tt.file); n != 1 {
				t.Errorf("the path appears %d times in %q", n, err)
			}
		})
	}
}

func TestParseJSONLTextGivenAsScalar(t *testing.T) {
	tests := []struct {
		line, field, msg string
	}{
		{`{"id":1,"title":"A","body":5}`, "body", "is a number (5)"},
		{`{"id":2,"title":"B","text":true}`, "text", "is true or false (true)"},
		{`{"id":3,"title":"C","paragraphs":-2.5e3}`, "paragraphs", "is a number (-2.5e3)"},
		{`{"id":4,"title":"D","body":"Fine.","summary":7}`, "summary", "is a number (7)"},
	}
	for _, tt := range tests {
		arts, err := Parse("x.jsonl", strings.NewReader(tt.line+"\n"+`{"id":9,"title":"ok","body":"Text."}`+"\n"))
		var pe *ParseError
		if !errors.As(err, &pe) || len(pe.Items) != 1 || len(arts) != 1 {
			t.Fatalf("%s: got %d articles, error %v", tt.line, len(arts), err)
		}
		it := pe.Items[0]
		if it.Line != 1 || it.Field != tt.field || !strings.Contains(it.Msg, tt.msg) || it.Fix == "" {
			t.Errorf("%s: line %d field %q msg %q fix %q", tt.line, it.Line, it.Field, it.Msg, it.Fix)
		}
	}
	// Numbers stay fine where a number is an ordinary value.
	arts, err := Parse("y.jsonl", strings.NewReader(`{"id":12,"title":"T","body":"Text."}`+"\n"))
	if err != nil || len(arts) != 1 {
		t.Fatalf("numeric id: %d articles, %v", len(arts), err)
	}
}
