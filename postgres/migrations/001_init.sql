CREATE TABLE articles (
	id           BIGSERIAL PRIMARY KEY,
	doc          TEXT NOT NULL,
	url          TEXT,
	content_hash TEXT NOT NULL UNIQUE,
	outlet       TEXT NOT NULL DEFAULT '',
	title        TEXT NOT NULL DEFAULT '',
	published    TEXT NOT NULL DEFAULT '',
	language     TEXT NOT NULL DEFAULT '',
	source       TEXT NOT NULL DEFAULT '',
	text         TEXT NOT NULL,
	extractor    TEXT NOT NULL,
	ingested_at  TEXT NOT NULL
);
CREATE UNIQUE INDEX articles_url ON articles(url) WHERE url IS NOT NULL;

CREATE INDEX articles_fts ON articles USING GIN (to_tsvector('simple', title || ' ' || text));

CREATE TABLE events (
	id             BIGSERIAL PRIMARY KEY,
	article_id     BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	seq            INTEGER NOT NULL,
	type           TEXT NOT NULL,
	status         TEXT NOT NULL,
	date           TEXT NOT NULL DEFAULT '',
	year           INTEGER,
	country        TEXT NOT NULL DEFAULT '',
	place          TEXT,
	admin1         TEXT NOT NULL DEFAULT '',
	lat            DOUBLE PRECISION,
	lon            DOUBLE PRECISION,
	geonameid      INTEGER NOT NULL DEFAULT 0,
	place_feature  TEXT NOT NULL DEFAULT '',
	actor_name     TEXT,
	actor_country  TEXT NOT NULL DEFAULT '',
	actor_id       TEXT NOT NULL DEFAULT '',
	actor_kind     TEXT NOT NULL DEFAULT '',
	target_name    TEXT,
	target_country TEXT NOT NULL DEFAULT '',
	target_id      TEXT NOT NULL DEFAULT '',
	target_kind    TEXT NOT NULL DEFAULT '',
	evidence       TEXT NOT NULL,
	confidence     DOUBLE PRECISION NOT NULL,
	extractor      TEXT NOT NULL,
	incident_id    TEXT NOT NULL DEFAULT '',
	pinned         INTEGER NOT NULL DEFAULT 0,
	edited         INTEGER NOT NULL DEFAULT 0,
	UNIQUE (article_id, seq)
);
CREATE INDEX events_type_year ON events(type, year);
CREATE INDEX events_country_year ON events(country, year);
CREATE INDEX events_actor_country_year ON events(actor_country, year);
CREATE INDEX events_year ON events(year);
CREATE INDEX events_incident ON events(incident_id);

CREATE TABLE incidents (
	id             TEXT PRIMARY KEY,
	type           TEXT NOT NULL,
	status         TEXT NOT NULL,
	date           TEXT NOT NULL DEFAULT '',
	year           INTEGER,
	country        TEXT NOT NULL DEFAULT '',
	place          TEXT,
	lat            DOUBLE PRECISION,
	lon            DOUBLE PRECISION,
	actor_name     TEXT,
	actor_country  TEXT NOT NULL DEFAULT '',
	target_name    TEXT,
	target_country TEXT NOT NULL DEFAULT '',
	response_to    TEXT NOT NULL DEFAULT '',
	review         TEXT NOT NULL DEFAULT 'auto',
	attrs_locked   INTEGER NOT NULL DEFAULT 0,
	title          TEXT NOT NULL DEFAULT '',
	notes          TEXT NOT NULL DEFAULT '',
	events         INTEGER NOT NULL DEFAULT 0,
	articles       INTEGER NOT NULL DEFAULT 0,
	conflicts      TEXT NOT NULL DEFAULT '[]',
	updated_at     TEXT NOT NULL
);
CREATE INDEX incidents_year_type ON incidents(year, type);
CREATE INDEX incidents_actor_country ON incidents(actor_country, year);
CREATE INDEX incidents_country ON incidents(country, year);

CREATE TABLE failures (
	id     BIGSERIAL PRIMARY KEY,
	doc    TEXT NOT NULL,
	source TEXT NOT NULL,
	reason TEXT NOT NULL,
	at     TEXT NOT NULL
);

CREATE TABLE audit_log (
	id       BIGSERIAL PRIMARY KEY,
	at       TEXT NOT NULL,
	who      TEXT NOT NULL,
	action   TEXT NOT NULL,
	incident TEXT NOT NULL,
	detail   TEXT NOT NULL
);
CREATE INDEX audit_log_incident ON audit_log(incident);
