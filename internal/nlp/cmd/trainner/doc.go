// Command trainner trains the named-entity model of package nlp and writes
// its weights, gzip-compressed:
//
//	go run ./internal/nlp/cmd/trainner -train eng.train -dev eng.testa \
//	    -unlabelled bbc-news.jsonl,ecbplus-stories.jsonl \
//	    -version ap-2026-11-29-1 -out internal/nlp/model/ner.bin.gz
//
// Progress, including the development-set F1 after each epoch, goes to
// standard error. With -resave FILE it trains nothing: it loads the saved
// model (Load adds the current list of common given names to its
// gazetteer) and writes it again under -version.
package main
