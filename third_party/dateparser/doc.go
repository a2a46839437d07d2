// Package dateparser is vigil's own small stand-in for
// github.com/markusmobius/go-dateparser, wired in through a replace directive
// in vigil's go.mod.
//
// vigil links go-dateparser only because go-trafilatura imports go-htmldate,
// which imports go-dateparser for its optional "extensive search". vigil turns
// htmldate off (article/html.go sets HtmlDateMode to trafilatura.Disabled), so
// the parser is never called, yet the upstream package builds about 80 MB of
// locale tables in its package initialisers, which cost some 0.3 s at every
// start of the vigil binary. This package has no initialisers and no
// dependencies.
//
// It provides the part of the upstream API that go-htmldate uses (Parser,
// ParserType, Configuration, PreferredDateSource and Parser.Parse) and
// implements it honestly, if modestly: it parses absolute dates written in
// English in the common layouts (ISO 8601 and RFC 3339 dates and date-times,
// RFC 1123 and RFC 822 style dates, "2 January 2006", "January 2, 2006",
// "Jan 2 2006", "2006/01/02", "02.01.2006", "01/02/2006" and the like, with an
// optional weekday, ordinal day, clock time and time zone) and returns an
// error for anything else. It has no relative dates ("yesterday"), no other
// languages and no other calendars.
package dateparser
