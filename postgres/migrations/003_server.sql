-- The tables of the web server: accounts, sessions, API tokens and event
-- verdicts. Times are RFC 3339 text compared as text, hence the byte-order
-- collation of sessions.expires.
CREATE TABLE users (
	id       BIGSERIAL PRIMARY KEY,
	name     TEXT NOT NULL UNIQUE,
	role     TEXT NOT NULL,
	hash     TEXT NOT NULL,
	created  TEXT NOT NULL,
	disabled INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE sessions (
	hash    TEXT PRIMARY KEY,
	user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
	expires TEXT COLLATE "C" NOT NULL
);
CREATE TABLE api_tokens (
	hash    TEXT PRIMARY KEY,
	user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
	name    TEXT NOT NULL,
	created TEXT NOT NULL
);
CREATE TABLE event_reviews (
	event_id BIGINT PRIMARY KEY,
	verdict  TEXT NOT NULL,
	who      TEXT NOT NULL,
	at       TEXT NOT NULL
);
-- The review queue, least confident first.
CREATE INDEX events_confidence ON events(confidence, id);
