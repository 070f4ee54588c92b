package article

import (
	"bytes"
	"net/url"
	"strings"
	"time"

	"codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
)

// maxHTMLElements bounds the elements of a page handed to readability;
// larger pages are read by the simpler token-based extraction.
const maxHTMLElements = 200_000

// parseHTML reads an article page: readability finds the article's
// content, and the page's meta tags give title, date, author, site and
// canonical URL. A page the tree parser refuses (nested too deeply) or
// where readability finds nothing is read by a token-based extraction
// that skips scripts, navigation, headers, footers, asides and forms.
func parseHTML(name string, data []byte) ([]Article, error) {
	data = toUTF8(data)
	doc, err := html.Parse(bytes.NewReader(data))
	var f fields
	var paras []string
	var captions []bool
	if err == nil {
		f = htmlMeta(doc)
		var art readability.Article
		art, paras, captions = readable(doc, f.url)
		mergeReadability(&f, art)
	}
	if len(paras) == 0 {
		paras, captions = htmlParagraphs(data)
	}
	f.paras, f.captions = paras, captions
	f.lenientDate = true
	a, perr := finish(name, 0, f)
	if perr != nil {
		perr.Msg = "no article text found in the page"
		return nil, perr
	}
	return []Article{a}, nil
}

// toUTF8 converts an HTML page in another declared or detected charset.
func toUTF8(data []byte) []byte {
	enc, cs, _ := charset.DetermineEncoding(data[:min(len(data), 4096)], "text/html")
	if cs == "utf-8" || enc == nil {
		return bytes.ToValidUTF8(data, []byte("\uFFFD"))
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return bytes.ToValidUTF8(data, []byte("\uFFFD"))
	}
	return out
}

// readable returns the article readability finds in doc, its paragraphs
// and which of them are figure captions (nil paragraphs when none).
func readable(doc *html.Node, pageURL string) (readability.Article, []string, []bool) {
	var base *url.URL
	if u, err := url.Parse(pageURL); err == nil && u.Host != "" {
		base = u
	}
	p := readability.NewParser()
	p.MaxElemsToParse = maxHTMLElements
	art, err := p.ParseAndMutate(doc, base)
	if err != nil || art.Node == nil {
		return art, nil, nil
	}
	var buf bytes.Buffer
	if err := html.Render(&buf, art.Node); err != nil {
		return art, nil, nil
	}
	paras, captions := htmlParagraphs(buf.Bytes())
	return art, paras, captions
}

// mergeReadability fills metadata the meta tags did not give from what
// readability found (its title has the site name removed, and it reads
// JSON-LD), and removes a site-name suffix from a <title>-only title.
func mergeReadability(f *fields, art readability.Article) {
	if f.fromTitleTag {
		if t := strings.TrimSpace(art.Title()); t != "" {
			f.title = t
		} else {
			f.title = stripSiteSuffix(f.title, f.source)
		}
		f.title = headingTitle(f.title, f.heading)
	}
	if f.title == "" {
		f.title = art.Title()
	}
	if f.author == "" {
		f.author = art.Byline()
	}
	if f.source == "" {
		f.source = art.SiteName()
	}
	if f.date == "" {
		if t, err := art.PublishedTime(); err == nil {
			f.date = t.Format(time.RFC3339Nano)
		}
	}
}

// titleSeparators stand between a page's headline and its site's name in
// a <title>.
var titleSeparators = []string{" | ", " - ", " — ", " – ", " :: "}

// stripSiteSuffix removes " | Site", " - Site" or " — Site" from a page
// title when what follows the separator is the site's name (or short).
func stripSiteSuffix(title, site string) string {
	for _, sep := range titleSeparators {
		i := strings.LastIndex(title, sep)
		if i <= 0 {
			continue
		}
		tail := strings.TrimSpace(title[i+len(sep):])
		if (site != "" && strings.EqualFold(tail, site)) || (countWords(tail) <= 3 && countWords(title[:i]) >= 3) {
			return strings.TrimSpace(title[:i])
		}
	}
	return title
}

// headingTitle returns the part of a page title before a separator when
// it is the page's own heading ("Council approves new bridge | The
// Gazette" under an h1 "Council approves new bridge"), else the title.
func headingTitle(title, heading string) string {
	heading = strings.Join(strings.Fields(heading), " ")
	if heading == "" {
		return title
	}
	for _, sep := range titleSeparators {
		if head, _, ok := strings.Cut(title, sep); ok && strings.EqualFold(strings.Join(strings.Fields(head), " "), heading) {
			return strings.TrimSpace(head)
		}
	}
	return title
}

// htmlMeta reads article metadata from a page's title, meta and link
// elements (Open Graph, article:*, Dublin Core, schema.org itemprop).
func htmlMeta(doc *html.Node) fields {
	meta := map[string]string{}
	var title, canonical, heading string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Meta:
				key := strings.ToLower(attr(n, "property"))
				if key == "" {
					key = strings.ToLower(attr(n, "name"))
				}
				if key == "" {
					key = strings.ToLower(attr(n, "itemprop"))
				}
				if c := attr(n, "content"); key != "" && c != "" {
					if _, seen := meta[key]; !seen {
						meta[key] = c
					}
				}
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") && canonical == "" {
					canonical = attr(n, "href")
				}
			case atom.Title:
				if title == "" && n.FirstChild != nil {
					title = n.FirstChild.Data
				}
			case atom.H1:
				if heading == "" {
					heading = textOf(n)
				}
			case atom.Time:
				if _, seen := meta["time"]; !seen && attr(n, "datetime") != "" {
					meta["time"] = attr(n, "datetime")
				}
			case atom.Script, atom.Style, atom.Svg:
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	first := func(keys ...string) string {
		for _, k := range keys {
			if v := strings.TrimSpace(meta[k]); v != "" {
				return v
			}
		}
		return ""
	}
	f := fields{
		title:    first("og:title", "twitter:title", "dc.title", "headline"),
		url:      canonical,
		source:   first("og:site_name", "application-name", "dc.publisher", "publisher"),
		author:   first("author", "article:author", "dc.creator", "byl", "parsely-author", "sailthru.author"),
		category: first("article:section", "section", "parsely-section"),
		date: first("article:published_time", "datepublished", "og:published_time", "pubdate", "publishdate",
			"dc.date", "dc.date.issued", "date", "parsely-pub-date", "sailthru.date", "time"),
	}
	if f.title == "" {
		f.title, f.fromTitleTag, f.heading = title, title != "", heading
	}
	if !strings.HasPrefix(f.url, "http") {
		f.url = first("og:url")
	}
	// article:author is often a profile URL, not a name.
	if strings.HasPrefix(f.author, "http") {
		f.author = ""
	}
	return f
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// skipTags are elements whose text is never article text.
var skipTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Svg: true,
	atom.Math: true, atom.Nav: true, atom.Header: true, atom.Footer: true, atom.Aside: true,
	atom.Form: true, atom.Button: true, atom.Select: true, atom.Iframe: true, atom.Object: true,
	atom.Head: true, atom.Textarea: true, atom.Canvas: true, atom.Video: true, atom.Audio: true,
}

// blockTags end a paragraph where they open or close.
var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Blockquote: true,
	atom.Pre: true, atom.Figcaption: true, atom.Figure: true, atom.Td: true, atom.Th: true, atom.Tr: true,
	atom.Table: true, atom.Dt: true, atom.Dd: true, atom.Dl: true, atom.Section: true, atom.Article: true,
	atom.Main: true, atom.Hr: true, atom.Caption: true, atom.Address: true, atom.Details: true,
	atom.Summary: true, atom.Body: true, atom.Html: true,
}

// htmlFragmentParagraphs extracts paragraphs from HTML (a page or a
// fragment such as a feed item's content) with a streaming tokenizer, so
// time and memory stay linear whatever the nesting. Block elements and two
// line breaks in a row end a paragraph; skipTags are left out.
func htmlFragmentParagraphs(data []byte) []string {
	paras, _ := htmlParagraphs(data)
	return paras
}

// htmlParagraphs is htmlFragmentParagraphs that also tells which
// paragraphs are figure captions (figcaption elements).
func htmlParagraphs(data []byte) (paras []string, caption []bool) {
	z := html.NewTokenizer(bytes.NewReader(data))
	z.SetMaxBuf(MaxFileBytes)
	var (
		cur    strings.Builder
		skip   []atom.Atom // open skipped elements
		brs    int
		inFig  int // open figcaption elements
		curFig bool
	)
	flush := func() {
		if cur.Len() > 0 {
			if t := strings.Join(strings.Fields(cur.String()), " "); t != "" {
				paras = append(paras, t)
				caption = append(caption, curFig)
			}
			cur.Reset()
		}
		brs = 0
		curFig = inFig > 0
	}
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			flush()
			return paras, caption
		case html.TextToken:
			if len(skip) > 0 {
				continue
			}
			t := z.Text()
			if brs >= 2 && len(bytes.TrimSpace(t)) > 0 {
				flush()
			}
			if len(bytes.TrimSpace(t)) > 0 {
				brs = 0
			}
			cur.Write(t)
		case html.StartTagToken, html.SelfClosingTagToken, html.EndTagToken:
			nameB, _ := z.TagName()
			a := atom.Lookup(nameB)
			if skipTags[a] {
				if tt == html.StartTagToken {
					skip = append(skip, a)
				} else if tt == html.EndTagToken {
					for i := len(skip) - 1; i >= 0; i-- {
						if skip[i] == a {
							skip = skip[:i]
							break
						}
					}
				}
				continue
			}
			if len(skip) > 0 {
				continue
			}
			switch {
			case a == atom.Br:
				brs++
				cur.WriteByte(' ')
			case blockTags[a]:
				flush()
				if a == atom.Figcaption {
					if tt == html.StartTagToken {
						inFig++
					} else if tt == html.EndTagToken && inFig > 0 {
						inFig--
					}
					curFig = inFig > 0
				}
			case a == atom.Img && tt != html.EndTagToken:
				// Images carry no text of their own here.
			default:
				// Inline elements: keep words apart across tags like <td>.
			}
		}
	}
}

// textOf returns the text under n, scripts and styles aside.
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			b.WriteString(n.Data)
		case n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style):
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}
