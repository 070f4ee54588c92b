package article

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// Format is the kind of an input, as told by Sniff.
type Format string

// The formats Parse reads, and two that it refuses.
const (
	FormatText     Format = "text"
	FormatMarkdown Format = "markdown"
	FormatHTML     Format = "html"
	FormatRSS      Format = "rss"
	FormatAtom     Format = "atom"
	FormatJSONFeed Format = "jsonfeed"
	FormatJSONL    Format = "jsonl"
	FormatJSON     Format = "json" // one article object, or an array of them
	// FormatBinary is an input that is not text (an image, an archive, a
	// PDF, an executable): not an article.
	FormatBinary Format = "binary"
	// FormatXML is XML that is neither RSS nor Atom.
	FormatXML Format = "xml"
)

// IsArticle reports whether Parse can read inputs of format f.
func (f Format) IsArticle() bool {
	return f != FormatBinary && f != FormatXML && f != ""
}

// Limits that bound the memory and time one input can take.
const (
	// MaxFileBytes is the largest input Parse accepts, counted after gzip
	// decompression (64 MiB). Larger inputs are refused with an error.
	MaxFileBytes = 64 << 20
	// MaxLineBytes is the longest JSON Lines line Parse reads (16 MiB);
	// a longer line is reported as a bad line.
	MaxLineBytes = 16 << 20
	// SniffBytes is how much of the start of an input Sniff looks at.
	SniffBytes = 8 << 10
)

// binaryExts are file extensions that never hold articles.
var binaryExts = map[string]bool{
	".png": true, ".jpg": true, ".jpeg": true, ".gif": true, ".webp": true, ".bmp": true, ".ico": true,
	".tif": true, ".tiff": true, ".heic": true, ".avif": true, ".svg": true,
	".pdf": true, ".zip": true, ".tar": true, ".tgz": true, ".bz2": true, ".xz": true, ".zst": true, ".7z": true, ".rar": true,
	".mp3": true, ".mp4": true, ".m4a": true, ".mov": true, ".avi": true, ".mkv": true, ".webm": true, ".wav": true, ".ogg": true, ".flac": true,
	".exe": true, ".dll": true, ".so": true, ".dylib": true, ".o": true, ".a": true, ".class": true, ".jar": true, ".wasm": true,
	".woff": true, ".woff2": true, ".ttf": true, ".otf": true, ".eot": true,
	".doc": true, ".docx": true, ".xls": true, ".xlsx": true, ".ppt": true, ".pptx": true, ".odt": true, ".epub": true,
	".db": true, ".sqlite": true, ".bin": true, ".dat": true, ".pyc": true,
}

// binaryMagic are leading bytes of common binary formats.
var binaryMagic = [][]byte{
	[]byte("\x89PNG"), []byte("\xff\xd8\xff"), []byte("GIF8"), []byte("%PDF"), []byte("PK\x03\x04"),
	[]byte("\x7fELF"), []byte("MZ"), []byte("BZh"), []byte("\xfd7zXZ"), []byte("7z\xbc\xaf"), []byte("Rar!"),
	[]byte("\x28\xb5\x2f\xfd"), []byte("RIFF"), []byte("OggS"), []byte("fLaC"), []byte("ID3"), []byte("\x00\x00\x00"),
	[]byte("wOFF"), []byte("wOF2"), []byte("\xca\xfe\xba\xbe"), []byte("\xcf\xfa\xed\xfe"), []byte("SQLite format 3"),
}

// Sniff tells the format of an input from its name (used as a hint: the
// extension, with any ".gz" removed) and the first bytes of its content
// (SniffBytes are enough; gzip-compressed heads are looked into). Content
// wins over the extension, except that a .jsonl/.ndjson name makes JSON
// Lines and a .md name Markdown. Binary content, and names with the
// extension of an image, archive, media, font or office file, give
// FormatBinary: such files are not articles and can be skipped.
func Sniff(name string, head []byte) Format {
	ext := extOf(name)
	if isGzip(head) {
		head = gunzipHead(head)
	}
	if binaryExts[ext] {
		return FormatBinary
	}
	if looksBinary(head) {
		return FormatBinary
	}
	head = bytes.TrimPrefix(head, utf8BOM)
	trim := bytes.TrimLeft(head, " \t\r\n")
	switch ext {
	case ".jsonl", ".ndjson", ".jsonlines":
		return FormatJSONL
	case ".md", ".markdown", ".mdown", ".mkd":
		return FormatMarkdown
	}
	if len(trim) == 0 {
		if ext == ".html" || ext == ".htm" {
			return FormatHTML
		}
		return FormatText
	}
	switch trim[0] {
	case '{':
		return sniffJSON(trim, ext)
	case '[':
		if inner := bytes.TrimLeft(trim[1:], " \t\r\n"); len(inner) == 0 || inner[0] == '{' || inner[0] == ']' {
			return FormatJSON
		}
	case '<':
		if f := sniffMarkup(trim); f != "" {
			return f
		}
	}
	if bytes.HasPrefix(head, []byte("---\n")) || bytes.HasPrefix(head, []byte("---\r\n")) ||
		bytes.HasPrefix(head, []byte("+++\n")) || bytes.HasPrefix(head, []byte("+++\r\n")) {
		return FormatMarkdown
	}
	switch ext {
	case ".html", ".htm", ".xhtml", ".shtml":
		return FormatHTML
	case ".json":
		return FormatJSON
	}
	if bytes.HasPrefix(trim, []byte("# ")) {
		return FormatMarkdown
	}
	return FormatText
}

var utf8BOM = []byte("\xef\xbb\xbf")

// extOf returns the lower-case extension of name, ignoring a ".gz".
func extOf(name string) string {
	n := strings.ToLower(name)
	n = strings.TrimSuffix(n, ".gz")
	return filepath.Ext(n)
}

func isGzip(b []byte) bool { return len(b) >= 2 && b[0] == 0x1f && b[1] == 0x8b }

// gunzipHead decompresses as much of a gzip stream's head as it can.
func gunzipHead(head []byte) []byte {
	zr, err := gzip.NewReader(bytes.NewReader(head))
	if err != nil {
		return head
	}
	out, _ := io.ReadAll(io.LimitReader(zr, SniffBytes))
	return out
}

// looksBinary reports whether head is not text: a known binary signature,
// a NUL byte (outside UTF-16 text), or many control characters.
func looksBinary(head []byte) bool {
	if len(head) == 0 {
		return false
	}
	if isUTF16(head) {
		return false
	}
	for _, m := range binaryMagic {
		if bytes.HasPrefix(head, m) {
			return true
		}
	}
	ctl := 0
	for _, c := range head {
		switch {
		case c == 0:
			return true
		case c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b:
			ctl++
		}
	}
	return ctl*10 > len(head)
}

// isUTF16 reports whether b starts with a UTF-16 byte order mark.
func isUTF16(b []byte) bool {
	return len(b) >= 2 && ((b[0] == 0xff && b[1] == 0xfe) || (b[0] == 0xfe && b[1] == 0xff))
}

// sniffJSON tells a JSON Feed, a JSON Lines file and a single
// (pretty-printed) JSON object apart.
func sniffJSON(trim []byte, ext string) Format {
	if bytes.Contains(trim, []byte("jsonfeed.org/version")) {
		return FormatJSONFeed
	}
	line := trim
	if i := bytes.IndexByte(trim, '\n'); i >= 0 {
		line = trim[:i]
	} else if len(trim) >= SniffBytes {
		return FormatJSONL // one long line: cannot be pretty-printed
	}
	if json.Valid(bytes.TrimSpace(line)) {
		return FormatJSONL
	}
	if ext == ".jsonl" {
		return FormatJSONL
	}
	return FormatJSON
}

// sniffMarkup tells feeds, HTML and other XML apart by their first tags.
func sniffMarkup(trim []byte) Format {
	low := bytes.ToLower(trim)
	// Skip the XML declaration, comments, doctype and processing
	// instructions to find the root element.
	for i := 0; i < 64 && len(low) > 0; i++ {
		low = bytes.TrimLeft(low, " \t\r\n")
		switch {
		case bytes.HasPrefix(low, []byte("<!doctype html")):
			return FormatHTML
		case bytes.HasPrefix(low, []byte("<!--")):
			end := bytes.Index(low, []byte("-->"))
			if end < 0 {
				return ""
			}
			low = low[end+3:]
			continue
		case bytes.HasPrefix(low, []byte("<?")) || bytes.HasPrefix(low, []byte("<!")):
			end := bytes.IndexByte(low, '>')
			// A DOCTYPE may carry an internal subset, [ ... ], holding
			// '>' of its own: it ends at the first '>' after the ']'.
			if open := bytes.IndexByte(low, '['); open >= 0 && (end < 0 || open < end) {
				closing := bytes.IndexByte(low[open:], ']')
				if closing < 0 {
					return ""
				}
				after := bytes.IndexByte(low[open+closing:], '>')
				if after < 0 {
					return ""
				}
				end = open + closing + after
			}
			if end < 0 {
				return ""
			}
			low = low[end+1:]
			continue
		}
		break
	}
	tag := low
	if len(tag) > 0 && tag[0] == '<' {
		tag = tag[1:]
	}
	end := bytes.IndexAny(tag, " \t\r\n>/")
	if end < 0 {
		end = len(tag)
	}
	name := string(tag[:end])
	switch name {
	case "rss", "rdf:rdf", "rdf":
		return FormatRSS
	case "feed":
		return FormatAtom
	case "html", "head", "body", "div", "p", "article", "main", "section", "meta", "title", "link",
		"script", "style", "header", "nav", "h1", "h2", "span", "table", "br", "a", "img", "ul", "figure":
		return FormatHTML
	case "":
		return ""
	}
	if bytes.Contains(low, []byte("<html")) || bytes.Contains(low, []byte("<body")) {
		return FormatHTML
	}
	if bytes.HasPrefix(trim, []byte("<?xml")) || strings.Contains(name, ":") {
		return FormatXML
	}
	return ""
}

// SniffFile reads the start of the file at path and returns its format
// (see Sniff).
func SniffFile(path string) (Format, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	head := make([]byte, SniffBytes)
	n, err := io.ReadFull(f, head)
	if err != nil && err != io.EOF && err != io.ErrUnexpectedEOF {
		return "", err
	}
	return Sniff(path, head[:n]), nil
}
