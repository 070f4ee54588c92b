package link

import stemmer "github.com/storyline/storyline/internal/stem"

// stem returns the cached Snowball stem of a lower-case word.
func stem(w string) string { return stemmer.Of(w) }
