#!/usr/bin/env bash
# The main job on the embedded default: extract the events of the bundled sample
# corpus (testdata/corpus) and print them as a table.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x bin/vigil ] || go build -o bin/vigil ./cmd/vigil
bin/vigil extract --format table testdata/corpus
