package nlp

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func tokenTexts(toks []Token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Text
	}
	return out
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		name, text string
		want       string // tokens joined by " | "
	}{
		{"plain", "The cat sat.", "The | cat | sat | ."},
		{"possessive", "Davey's party", "Davey | 's | party"},
		{"curly possessive", "Davey’s party", "Davey | ’s | party"},
		{"plural possessive", "the students' union", "the | students | ' | union"},
		{"negation", "They don't know", "They | do | n't | know"},
		{"abbreviations", "Mr. Smith and Dr. Jones of the U.S. met.", "Mr. | Smith | and | Dr. | Jones | of | the | U.S. | met | ."},
		{"initial", "John F. Kennedy", "John | F. | Kennedy"},
		{"hyphen", "a well-known pro-EU MP", "a | well-known | pro-EU | MP"},
		{"numbers", "It rose 1.5% to 2,300.75 points", "It | rose | 1.5 | % | to | 2,300.75 | points"},
		{"money", "a £5m deal and $1.2bn more", "a | £ | 5m | deal | and | $ | 1.2bn | more"},
		{"quotes", `"We will win," she said.`, `" | We | will | win | , | " | she | said | .`},
		{"curly quotes", "“We will win,” she said.", "“ | We | will | win | , | ” | she | said | ."},
		{"brackets", "(Reuters) - London", "( | Reuters | ) | - | London"},
		{"dash", "Labour—and the Tories", "Labour | — | and | the | Tories"},
		{"double hyphen", "Labour--and", "Labour | -- | and"},
		{"ellipsis", "Wait... what", "Wait | ... | what"},
		{"decade", "the '90s", "the | '90s"},
		{"question", "Why?", "Why | ?"},
		{"number sign", "at No. 10 and no. Then", "at | No. | 10 | and | no | . | Then"},
		{"weekday", "on Sat. 14 Jan.", "on | Sat. | 14 | Jan."},
		{"url and handle", "see https://bbc.co.uk/news or @BBCNews", "see | https://bbc.co.uk/news | or | @BBCNews"},
		{"missing space after a comma", "quit the Independence Party,said Mr Ames", "quit | the | Independence | Party | , | said | Mr | Ames"},
		{"missing space after a semicolon", "prices rose;wages fell", "prices | rose | ; | wages | fell"},
		{"comma in a number stays", "a 3,5 split and 1,000,000", "a | 3,5 | split | and | 1,000,000"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := Tokenize(tt.text)
			if got := strings.Join(tokenTexts(toks), " | "); got != tt.want {
				t.Errorf("Tokenize(%q)\n got %s\nwant %s", tt.text, got, tt.want)
			}
			for _, tk := range toks {
				if tt.text[tk.Start:tk.End] != tk.Text {
					t.Errorf("token %q has offsets [%d,%d) = %q", tk.Text, tk.Start, tk.End, tt.text[tk.Start:tk.End])
				}
			}
		})
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // first token of each sentence
	}{
		{"two", "It rained. Then it stopped.", []string{"It", "Then"}},
		{"title abbreviation", "Mr. Smith met Dr. Jones. They talked.", []string{"Mr.", "They"}},
		{"senator", "Sen. Warren and Gov. Newsom spoke. It was late.", []string{"Sen.", "It"}},
		{"initials", "J. R. R. Tolkien wrote it. It sold.", []string{"J.", "It"}},
		{"us mid sentence", "The U.S. Senate voted.", []string{"The"}},
		{"us at end", "He moved to the U.S. The move was quick.", []string{"He", "The"}},
		{"question and quote", `"Why?" she asked. "Because."`, []string{`"`, `"`}},
		{"lower case after period", "The 3.5 p.c. rise was small.", []string{"The"}},
		{"line break", "Headline here\nThe body starts", []string{"Headline", "The"}},
		{"exclamation", "Stop! Now.", []string{"Stop", "Now"}},
		{"number abbreviation", "He lives at No. 10 now. It is big.", []string{"He", "It"}},
		{"weekday abbreviation", "Kick-off is on Sat. 14 Jan. The match sold out.", []string{"Kick-off", "The"}},
		{"closing bracket", "He left (finally.) Then he came back.", []string{"He", "Then"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range Sentences(tt.text) {
				got = append(got, s[0].Text)
			}
			if strings.Join(got, " | ") != strings.Join(tt.want, " | ") {
				t.Errorf("Sentences(%q) start with %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestSpansFromIOB(t *testing.T) {
	tests := []struct {
		name string
		tags []string
		want []Span
	}{
		{"iob2", []string{"B-PER", "I-PER", "O", "B-LOC"}, []Span{{0, 2, "PER"}, {3, 4, "LOC"}}},
		{"iob1", []string{"I-PER", "I-PER", "O", "I-LOC"}, []Span{{0, 2, "PER"}, {3, 4, "LOC"}}},
		{"iob1 adjacent", []string{"I-PER", "B-PER", "I-PER"}, []Span{{0, 1, "PER"}, {1, 3, "PER"}}},
		{"type change", []string{"I-ORG", "I-LOC"}, []Span{{0, 1, "ORG"}, {1, 2, "LOC"}}},
		{"iob2 adjacent", []string{"B-ORG", "B-ORG"}, []Span{{0, 1, "ORG"}, {1, 2, "ORG"}}},
		{"none", []string{"O", "O"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := SpansFromIOB(tt.tags)
			if len(got) != len(tt.want) {
				t.Fatalf("SpansFromIOB(%v) = %v, want %v", tt.tags, got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("SpansFromIOB(%v) = %v, want %v", tt.tags, got, tt.want)
				}
			}
		})
	}
}

func TestToIOB2(t *testing.T) {
	in := []string{"I-PER", "I-PER", "B-PER", "O", "I-LOC", "I-ORG"}
	want := "B-PER I-PER B-PER O B-LOC B-ORG"
	if got := strings.Join(ToIOB2(in), " "); got != want {
		t.Errorf("ToIOB2 = %s, want %s", got, want)
	}
}

// TestByteScans checks the byte loops that replace strings searches in
// the tokeniser and sentence splitter against those searches, on gaps and
// word ends of ASCII, multi-byte text and invalid UTF-8.
func TestByteScans(t *testing.T) {
	for _, s := range []string{"", " ", "  ", "\n", " \r\n ", "\u00a0", "\u2028", "x\ny", "\xff\n", "\xe2\x80", "don't", "don’t", "it’s", "cats'", "word", "é", "\x99", "'"} {
		if got, want := hasLineBreak(s), strings.ContainsAny(s, "\n\r"); got != want {
			t.Errorf("hasLineBreak(%q) = %v, want %v", s, got, want)
		}
		if got, want := hasApostropheByte(s), strings.IndexByte(s, '\'') >= 0 || strings.IndexByte(s, 0x99) >= 0; got != want {
			t.Errorf("hasApostropheByte(%q) = %v, want %v", s, got, want)
		}
	}
	for c := 0; c < 256; c++ {
		want := c >= utf8.RuneSelf || c == '-' || c == '.' || c == ',' || c == ';'
		if midSplit[c] != want {
			t.Errorf("midSplit[%#x] = %v, want %v", c, midSplit[c], want)
		}
	}
}
