package article

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"time"
)

// Paragraph is one block of an article's body. Boilerplate paragraphs (page
// furniture such as "View gallery", "+3" counters, repeated captions, share
// lines) stay in the article, marked, so the original can always be shown,
// but they are left out of reading, threading and indexing.
type Paragraph struct {
	Text        string `json:"text"`
	Boilerplate bool   `json:"boilerplate,omitempty"`
}

// Article is one story as read from an input.
type Article struct {
	// ID is the stable story id (see StableID); empty until assigned.
	ID string `json:"id"`
	// ExternalID is the input's own id (JSONL id, feed GUID, else URL).
	ExternalID string      `json:"external_id,omitempty"`
	Title      string      `json:"title"`
	Source     string      `json:"source,omitempty"`
	URL        string      `json:"url,omitempty"`
	Byline     string      `json:"byline,omitempty"`
	Category   string      `json:"category,omitempty"`
	Published  time.Time   `json:"published,omitzero"`
	Paragraphs []Paragraph `json:"paragraphs"`
	// Path is the file (and, for multi-story inputs, the line or item)
	// the article came from.
	Path string `json:"path,omitempty"`
}

// Body returns the non-boilerplate paragraphs joined by blank lines.
func (a *Article) Body() string {
	var b strings.Builder
	for _, p := range a.Paragraphs {
		if p.Boilerplate {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(p.Text)
	}
	return b.String()
}

// StableID returns the story id for a: a short hash of the canonical URL
// when there is one, otherwise of the normalised title and body.
func StableID(a *Article) string {
	var key string
	if u := CanonicalURL(a.URL); u != "" {
		key = "url:" + u
	} else {
		key = "text:" + normalise(a.Title) + "\n" + normalise(a.Body())
	}
	sum := sha256.Sum256([]byte(key))
	return hex.EncodeToString(sum[:])[:12]
}

// ContentHash returns a hash of everything that makes up a's content, so a
// changed article under the same URL can be told from an unchanged one.
func ContentHash(a *Article) string {
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%s\x00%s\x00%s\x00%s\x00%s\x00", a.Title, a.Source, a.URL, a.Byline, a.Category, a.ExternalID)
	if !a.Published.IsZero() {
		fmt.Fprint(h, a.Published.UTC().Format(time.RFC3339))
	}
	for _, p := range a.Paragraphs {
		fmt.Fprintf(h, "\x00%t\x00%s", p.Boilerplate, p.Text)
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

func normalise(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(s)), " ")
}
