# The two commands the README starts with: `make demo` and `make test`.
# Both create .venv when it is missing and install the project into it.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
OUT    ?= out

.PHONY: demo test install clean

install: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

## Build the graph of the bundled examples into out/ and show where priorities overlap.
demo: $(STAMP)
	$(BIN)/partnergraph build examples -o $(OUT)
	$(BIN)/partnergraph query overlaps --graph $(OUT)/graph.ttl --format md --limit 10

## Run the test suite.
test: $(STAMP)
	$(BIN)/python -m pytest

clean:
	rm -rf $(OUT) .pytest_cache

-include bench/Makefile.inc
