-- Indexes that let the common queries read only an index: stats by year and
-- type (with the incidents behind each number), the same for one sponsoring
-- state, and event listings filtered by type and country.
CREATE INDEX incidents_stats_year_type ON incidents(year, type, date, id, events);
CREATE INDEX incidents_stats_actor_country ON incidents(actor_country, year, type, date, id, events);
CREATE INDEX events_type_country_year ON events(type, country, year);
