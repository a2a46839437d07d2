-- Restricted records: an editor marks an incident or an event restricted, and
-- viewers see neither it nor, for an incident, its events. The partial indexes
-- hold only the restricted rows, and lead with the flag so that the planner
-- finds them by it without statistics: leaving restricted records out of a
-- viewer's listing reads two tiny indexes once per query.
ALTER TABLE incidents ADD COLUMN restricted INTEGER NOT NULL DEFAULT 0;
ALTER TABLE events ADD COLUMN restricted INTEGER NOT NULL DEFAULT 0;
CREATE INDEX incidents_restricted ON incidents(restricted, id) WHERE restricted = 1;
CREATE INDEX events_restricted ON events(restricted, article_id) WHERE restricted = 1;
