-- Restricted records: an editor marks an incident or an event restricted, and
-- viewers see neither it nor, for an incident, its events. The partial indexes
-- hold only the restricted rows, so leaving them out costs a viewer's listing
-- one probe of a tiny index per row.
ALTER TABLE incidents ADD COLUMN restricted INTEGER NOT NULL DEFAULT 0;
ALTER TABLE events ADD COLUMN restricted INTEGER NOT NULL DEFAULT 0;
CREATE INDEX incidents_restricted ON incidents(id) WHERE restricted = 1;
CREATE INDEX events_restricted ON events(article_id) WHERE restricted = 1;
