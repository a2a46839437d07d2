# vigil: the two commands of the README, and a few conveniences.
.PHONY: run test build bench fuzz eval

GO ?= go

build:
	$(GO) build -o bin/vigil ./cmd/vigil

# The main job on the embedded default: ingest the bundled sample corpus into an
# embedded SQLite file and serve the dashboard on http://127.0.0.1:8080.
run:
	./scripts/run.sh

# All tests, with the services they need (PostgreSQL, Chromium) set up on the spot.
test:
	./scripts/test.sh

bench:
	$(GO) test -run '^$$' -bench . -benchtime 2x ./...

eval: build
	python3 ../shared/eval/run_extract.py --bin bin/vigil ../shared/eval/dev
