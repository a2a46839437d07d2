// Package vigil holds the domain of vigil: articles, the mentions found in them,
// the events they report, the incidents those events describe, and the actors and
// places involved. Pipeline stages (article, sentence, place, timex, actor, event,
// extract) and adapters (sqlite, postgres, server) import this package; it imports
// none of them.
//
// Offsets: every Span inside the pipeline is a pair of byte offsets into
// Article.Text, because that is what Go strings index by. Output that leaves the
// process (JSON, the store, the API) speaks Unicode code points, as the evaluation
// format requires; RuneIndex converts between the two.
package vigil
