package article

import (
	"bytes"
	"fmt"
	"html"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
)

// maxMarkupDepth bounds element nesting in a feed. encoding/xml (under
// gofeed) expands no custom entities, so entity bombs cannot grow, but
// deep nesting costs stack and time, so such feeds are refused up front.
const maxMarkupDepth = 512

// parseFeed reads an RSS, Atom or JSON feed: one article per item. The
// item's GUID is its external id; its HTML content (else its description)
// gives the paragraphs; the feed's title is the source unless the item
// names one.
func parseFeed(name string, data []byte, format Format) ([]Article, error) {
	if format != FormatJSONFeed {
		if d := xmlDepth(data); d > maxMarkupDepth {
			return nil, &ParseError{Path: name, Msg: fmt.Sprintf("feed nested more than %d elements deep", maxMarkupDepth)}
		}
	}
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(data))
	if err != nil {
		return nil, &ParseError{Path: name, Msg: fmt.Sprintf("not a readable %s feed: %s", format, firstLine(err.Error())),
			Fix: "check that the file is complete and well-formed"}
	}
	if len(feed.Items) == 0 {
		return nil, &ParseError{Path: name, Msg: "feed has no items"}
	}
	errs := itemErrors{path: name, unit: "item", total: len(feed.Items)}
	var arts []Article
	for i, it := range feed.Items {
		if it == nil {
			continue
		}
		body := it.Content
		if strings.TrimSpace(body) == "" {
			body = it.Description
		}
		f := fields{
			id:          it.GUID,
			title:       it.Title,
			url:         it.Link,
			source:      feed.Title,
			lenientDate: true,
		}
		f.paras, f.captions = feedParagraphs(body)
		if len(it.Authors) > 0 && it.Authors[0] != nil {
			f.author = it.Authors[0].Name
		}
		if len(it.Categories) > 0 {
			f.category = it.Categories[0]
		}
		switch {
		case it.PublishedParsed != nil:
			f.date = it.PublishedParsed.Format(time.RFC3339Nano)
		case it.UpdatedParsed != nil:
			f.date = it.UpdatedParsed.Format(time.RFC3339Nano)
		case it.Published != "":
			f.date = it.Published
		default:
			f.date = it.Updated
		}
		a, perr := finish(fmt.Sprintf("%s#%d", name, i+1), 0, f)
		if perr != nil {
			perr.Path = name
			perr.Msg = fmt.Sprintf("item %d (%q): %s", i+1, clip(strings.TrimSpace(it.Title), 60), perr.Msg)
			errs.add(perr)
			continue
		}
		arts = append(arts, a)
	}
	return arts, errs.err()
}

// feedParagraphs splits an item's content: HTML by its blocks (flagging
// figure captions, as on a page), plain text by its blank lines.
func feedParagraphs(body string) (paras []string, captions []bool) {
	if !strings.ContainsRune(body, '<') {
		return splitParagraphs(html.UnescapeString(body)), nil
	}
	return htmlParagraphs([]byte(body))
}

// xmlDepth returns the deepest element nesting of XML data, counted from
// its tags without building a tree (comments, CDATA and declarations are
// skipped).
func xmlDepth(data []byte) int {
	depth, maxDepth := 0, 0
	for i := 0; i < len(data); i++ {
		if data[i] != '<' || i+1 >= len(data) {
			continue
		}
		rest := data[i+1:]
		switch {
		case bytes.HasPrefix(rest, []byte("!--")):
			if end := bytes.Index(rest, []byte("-->")); end >= 0 {
				i += end + 3
				continue
			}
			return maxDepth
		case bytes.HasPrefix(rest, []byte("![CDATA[")):
			if end := bytes.Index(rest, []byte("]]>")); end >= 0 {
				i += end + 3
				continue
			}
			return maxDepth
		case rest[0] == '?' || rest[0] == '!':
			continue
		case rest[0] == '/':
			if depth > 0 {
				depth--
			}
			continue
		}
		end := bytes.IndexByte(rest, '>')
		if end < 0 {
			return maxDepth
		}
		if end > 0 && rest[end-1] == '/' {
			i += end
			continue
		}
		depth++
		maxDepth = max(maxDepth, depth)
		i += end
	}
	return maxDepth
}
