package index

import (
	"errors"
	"slices"
	"strings"
	"testing"
)

func TestUnknownFields(t *testing.T) {
	tests := []struct {
		q    string
		want []string
	}{
		{"brown", nil},
		{`title:budget actor:"Ines Duarte" name:BBC thread:levy source:bbc category:tech`, nil},
		{`+published:>"2026-10-01" customs`, nil},
		{"author:smith", []string{"author"}},
		{`+writer:x -writer:y tilte:z`, []string{"writer", "tilte"}},
		{`"unclosed`, nil},
		{"", nil},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			if got := UnknownFields(tt.q); !slices.Equal(got, tt.want) {
				t.Errorf("UnknownFields(%q) = %q, want %q", tt.q, got, tt.want)
			}
		})
	}
}

func TestAdvice(t *testing.T) {
	tests := []struct {
		q    string
		want []string // a piece of each hint, in order
	}{
		{"brwn", []string{"(brwn~)"}},
		{`"gordon brwn"`, []string{`"phrase"`}},
		{`"gordon brwn" budgte`, []string{`"phrase"`, "(budgte~)"}},
		{"author:smith", []string{`no field "author": the fields are title, body`}},
		{"author:smith brwn", []string{`no field "author"`, "(brwn~)"}},
		{"+brwn -x", nil},
		{"the", []string{`"the": too common to be searched for`}},
		{"The Of", []string{`"The", "Of": too common`}},
		{"the brwn", []string{"(brwn~)"}},
		{`title:"x" it`, []string{`"phrase"`, `"it": too common`}},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			got := Advice(tt.q)
			if len(got) != len(tt.want) {
				t.Fatalf("Advice(%q) = %q, want %d hints", tt.q, got, len(tt.want))
			}
			for i, w := range tt.want {
				if !strings.Contains(got[i], w) {
					t.Errorf("hint %d %q lacks %q", i, got[i], w)
				}
			}
		})
	}
}

func TestQueryErrorHint(t *testing.T) {
	tests := []struct{ q, want string }{
		{`"unclosed`, "close the quote"},
		{"title:", "a field needs a value"},
		{"10:30", "quote a word with a colon"},
		{`published:>"nonsense"`, "write dates as"},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			var qe *QueryError
			if err := Validate(tt.q); !errors.As(err, &qe) {
				t.Fatalf("Validate(%q) = %v, want a *QueryError", tt.q, err)
			}
			if h := qe.Hint(); !strings.Contains(h, tt.want) {
				t.Errorf("Hint() = %q, want %q", h, tt.want)
			}
		})
	}
}
