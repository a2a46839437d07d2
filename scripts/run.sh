#!/usr/bin/env bash
# The main job on the embedded default: build vigil, ingest the bundled sample
# corpus (testdata/corpus, articles written for vigil) into the embedded SQLite file
# ./vigil.db — a rerun adds only what is new — and serve the dashboard on
# http://127.0.0.1:8080, readable without an account (create one with
# `bin/vigil user add NAME --role admin` to review and edit).
set -euo pipefail
cd "$(dirname "$0")/.."
go build -o bin/vigil ./cmd/vigil
bin/vigil ingest --db "${VIGIL_DB:-vigil.db}" testdata/corpus
exec bin/vigil serve --db "${VIGIL_DB:-vigil.db}" --addr "${VIGIL_ADDR:-127.0.0.1:8080}" --anonymous-role viewer
