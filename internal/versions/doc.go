// Package versions tells when two stories are versions of one report: the
// same text filed again under another headline, or a follow-up that
// rewrites a few sentences of an earlier one. News archives hold many of
// them (feeds republish, agencies update), and listing each version as a
// story of its own makes search results and storylines repeat themselves.
//
// A story's text is reduced to a Sketch: the smallest hashes of its word
// 3-shingles (bottom-k min-hashing), small enough to store with every
// story. Two sketches estimate the Jaccard similarity of the shingle sets;
// Same applies the thresholds.
package versions
