// Command trainner trains the named-entity model of package nlp and writes
// its weights, gzip-compressed:
//
//	go run ./internal/nlp/cmd/trainner -train eng.train -also eng.testa \
//	    -unlabelled bbc-news.jsonl,ecbplus-stories.jsonl \
//	    -version <ModelVersion> -out internal/nlp/model/ner.bin.gz
//
// -also adds further CoNLL training files, read after -train. -dev names a
// development file whose F1 is reported after each epoch on standard error,
// with the rest of the progress; it never changes the weights. -score
// scores the model on CoNLL files (exact-span F1, as `storyline eval ner`),
// which is how held-out folds are measured without embedding each model.
// -holdout K/N deals the -train file's documents into N folds after a
// shuffle seeded by -split-seed, trains on all but fold K (plus the -also
// files) and scores on fold K: the held-out measurement of a change to the
// recipe, for example
//
//	for k in 0 1 2 3 4; do
//	    go run ./internal/nlp/cmd/trainner -holdout $k/5 -train eng.train \
//	        -unlabelled bbc-news.jsonl,ecbplus-stories.jsonl [-also eng.testa]
//	done
//
// With -resave FILE it trains nothing: it loads the saved model (Load adds
// the current list of common given names to its gazetteer), writes it again
// under -version when -out is given, and scores it with -score.
package main
