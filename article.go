package vigil

import (
	"crypto/sha256"
	"encoding/hex"
)

// Article is one news report as vigil read it: the clean body text that every
// offset points into, and the metadata that came with it.
type Article struct {
	ID        string // name given on the command line, in the record, or derived from the file path
	URL       string
	Outlet    string
	Title     string
	Published Date   // the article's own date, if its record or page carried one
	Language  string // ISO 639-1 when known
	Text      string // the body text; all evidence offsets point into it
	Source    string // where it came from: a file path, "stdin", a feed or archive address
}

// ContentHash identifies the article's text independently of where it was found,
// so that the same report read twice is stored once.
func (a *Article) ContentHash() string {
	sum := sha256.Sum256([]byte(a.Text))
	return hex.EncodeToString(sum[:])
}
