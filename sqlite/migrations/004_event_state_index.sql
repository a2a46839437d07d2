-- Event listings filtered by sponsoring state, type and years (the dashboard's
-- and the API's most common filter) read this index; it also serves filters by
-- state alone, so it replaces the state-and-year index.
DROP INDEX events_actor_country_year;
CREATE INDEX events_actor_country_type_year ON events(actor_country, type, year);
