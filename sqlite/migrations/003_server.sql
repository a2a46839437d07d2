-- The tables of the web server: accounts, sessions, API tokens and event
-- verdicts. Stores written before this migration created them on first use,
-- hence IF NOT EXISTS.
CREATE TABLE IF NOT EXISTS users (
	id       INTEGER PRIMARY KEY,
	name     TEXT NOT NULL UNIQUE,
	role     TEXT NOT NULL,
	hash     TEXT NOT NULL,
	created  TEXT NOT NULL,
	disabled INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS sessions (
	hash    TEXT PRIMARY KEY,
	user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
	expires TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS api_tokens (
	hash    TEXT PRIMARY KEY,
	user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
	name    TEXT NOT NULL,
	created TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS event_reviews (
	event_id INTEGER PRIMARY KEY,
	verdict  TEXT NOT NULL,
	who      TEXT NOT NULL,
	at       TEXT NOT NULL
);
-- The review queue, least confident first.
CREATE INDEX IF NOT EXISTS events_confidence ON events(confidence, id);
