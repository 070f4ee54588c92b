// Package nlp holds the language basics storyline needs: tokens, sentences
// and a statistical named-entity recogniser (an averaged perceptron trained
// in this repository from CoNLL-2003, its weights embedded in the binary).
package nlp
