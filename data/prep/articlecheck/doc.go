// Command articlecheck fingerprints the source articles for the tests that
// keep the atlas's texts honest (package data/textcheck). It reads every
// *.txt file of a directory of articles (each named by its id, the file
// stem), and writes data/textcheck/articles.json: hashes of every 8-word
// window and the hedge words of each line, no article text. Run it by hand
// when the articles or the hedge vocabulary change; the project never reads
// the articles at build, run or test time.
//
// Usage, from the repository root:
//
//	go run ./data/prep/articlecheck [-o data/textcheck/articles.json] DIR
//
// It must not be imported, and the project must never read the articles it reads.
package main
