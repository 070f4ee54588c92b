package store

import (
	"strconv"
	"strings"
	"unicode/utf8"

	json "github.com/goccy/go-json"

	"github.com/storyline/storyline/internal/actor"
)

// actorParser reads a stored actor list as json.Marshal wrote it — no
// white space, keys as the struct tags spell them — several times faster
// than encoding/json. Whatever it does not expect (white space, a key
// spelled another way, a fraction, a string encoding/json would repair)
// makes it give up, and the caller decodes with encoding/json instead, so
// its results are always encoding/json's.
type actorParser struct {
	b   []byte
	i   int
	bad bool
}

// parseActors parses a JSON actor list (paragraph lists skipped).
func parseActors(b []byte) ([]actor.Actor, bool) {
	p := &actorParser{b: b}
	if p.literal("null") {
		return nil, p.i == len(b)
	}
	out := []actor.Actor{}
	if !p.byte('[') {
		return nil, false
	}
	for first := true; !p.bad && !p.byte(']'); first = false {
		if !first && !p.byte(',') {
			return nil, false
		}
		out = append(out, p.actor())
	}
	return out, !p.bad && p.i == len(b)
}

// byte consumes c if it comes next.
func (p *actorParser) byte(c byte) bool {
	if p.i < len(p.b) && p.b[p.i] == c {
		p.i++
		return true
	}
	return false
}

// literal consumes s if it comes next.
func (p *actorParser) literal(s string) bool {
	if len(p.b)-p.i >= len(s) && string(p.b[p.i:p.i+len(s)]) == s {
		p.i += len(s)
		return true
	}
	return false
}

// actor parses one actor object.
func (p *actorParser) actor() actor.Actor {
	var a actor.Actor
	if !p.byte('{') {
		p.bad = true
		return a
	}
	for first := true; !p.bad && !p.byte('}'); first = false {
		if !first && !p.byte(',') {
			p.bad = true
			break
		}
		key := p.string()
		if !p.byte(':') {
			p.bad = true
			break
		}
		switch key {
		case "name":
			a.Name = p.string()
		case "kind":
			a.Kind = p.string()
		case "roles":
			a.Roles = p.strings()
		case "aliases":
			a.Aliases = p.strings()
		case "affiliation":
			a.Affiliation = p.string()
		case "mentions":
			a.Mentions = p.int()
		case "paragraphs":
			p.bad = p.bad || !p.skipNumbers()
		default:
			// A field added later is skipped; a key encoding/json would
			// match to a field case-insensitively is left to it.
			p.bad = p.bad || !plainKey(key) || !p.skipValue(0)
		}
	}
	return a
}

// string parses a JSON string.
func (p *actorParser) string() string {
	if !p.byte('"') {
		p.bad = true
		return ""
	}
	start := p.i
	plain, ascii := true, true
	for ; p.i < len(p.b); p.i++ {
		switch c := p.b[p.i]; {
		case c == '"':
			raw := p.b[start:p.i]
			p.i++
			if plain && (ascii || utf8.Valid(raw)) {
				return common(raw)
			}
			var s string
			if json.Unmarshal(p.b[start-1:p.i], &s) != nil {
				p.bad = true
			}
			return s
		case c == '\\':
			plain = false
			p.i++ // the escaped character
		case c < 0x20:
			p.bad = true
			return ""
		case c >= 0x80:
			ascii = false
		}
	}
	p.bad = true
	return ""
}

// common returns raw as a string, without a copy for the actor kinds
// that every actor repeats.
func common(raw []byte) string {
	for _, k := range [...]string{actor.Person, actor.Org, actor.Place, actor.Other} {
		if string(raw) == k {
			return k
		}
	}
	return string(raw)
}

// strings parses null or an array of strings.
func (p *actorParser) strings() []string {
	if p.literal("null") {
		return nil
	}
	if !p.byte('[') {
		p.bad = true
		return nil
	}
	out := []string{}
	for first := true; !p.bad && !p.byte(']'); first = false {
		if !first && !p.byte(',') {
			p.bad = true
			break
		}
		out = append(out, p.string())
	}
	return out
}

// knownKeys are the JSON keys of actor.Actor.
var knownKeys = []string{"name", "kind", "roles", "aliases", "affiliation", "mentions", "paragraphs"}

// plainKey reports whether key is lower-case ASCII and no spelling of a
// known key.
func plainKey(key string) bool {
	for _, c := range []byte(key) {
		if c >= 0x80 || c >= 'A' && c <= 'Z' {
			return false
		}
	}
	for _, k := range knownKeys {
		if strings.EqualFold(k, key) {
			return false
		}
	}
	return true
}

// skipValue skips any JSON value (nested at most 32 deep).
func (p *actorParser) skipValue(depth int) bool {
	if depth > 32 || p.i >= len(p.b) {
		return false
	}
	switch c := p.b[p.i]; {
	case c == '"':
		p.string()
		return !p.bad
	case c == '[' || c == '{':
		p.i++
		end := byte(']')
		if c == '{' {
			end = '}'
		}
		for first := true; !p.byte(end); first = false {
			if !first && !p.byte(',') {
				return false
			}
			if c == '{' {
				if p.string(); p.bad || !p.byte(':') {
					return false
				}
			}
			if !p.skipValue(depth + 1) {
				return false
			}
		}
		return true
	case c == 't':
		return p.literal("true")
	case c == 'f':
		return p.literal("false")
	case c == 'n':
		return p.literal("null")
	}
	if !number(p.digits()) {
		return false
	}
	if p.byte('.') && !p.unsigned() {
		return false
	}
	if p.byte('e') || p.byte('E') {
		if !p.byte('+') {
			p.byte('-')
		}
		return p.unsigned()
	}
	return true
}

// unsigned consumes digits, and reports whether there were any.
func (p *actorParser) unsigned() bool {
	start := p.i
	for p.i < len(p.b) && p.b[p.i] >= '0' && p.b[p.i] <= '9' {
		p.i++
	}
	return p.i > start
}

// number reports whether d (from digits) is a JSON integer part.
func number(d []byte) bool {
	if len(d) > 0 && d[0] == '-' {
		d = d[1:]
	}
	return len(d) > 0 && (d[0] != '0' || len(d) == 1)
}

// digits consumes an optional minus and digits, and returns them.
func (p *actorParser) digits() []byte {
	start := p.i
	p.byte('-')
	for p.i < len(p.b) && p.b[p.i] >= '0' && p.b[p.i] <= '9' {
		p.i++
	}
	return p.b[start:p.i]
}

// int parses an integer (no fraction or exponent).
func (p *actorParser) int() int {
	d := p.digits()
	n, err := strconv.Atoi(string(d))
	if err != nil || !number(d) || p.i < len(p.b) && (p.b[p.i] == '.' || p.b[p.i] == 'e' || p.b[p.i] == 'E') {
		p.bad = true
	}
	return n
}

// skipNumbers skips null or an array of integers.
func (p *actorParser) skipNumbers() bool {
	if p.literal("null") {
		return true
	}
	if !p.byte('[') {
		return false
	}
	for first := true; !p.byte(']'); first = false {
		if !first && !p.byte(',') {
			return false
		}
		if !number(p.digits()) {
			return false
		}
	}
	return true
}
