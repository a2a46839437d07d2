-- An ingest that regroups an attack's incident links again the responses
-- that answer it: they are found by response_to.
CREATE INDEX incidents_response_to ON incidents(response_to);
