# `make test` is the README's test command and what CI runs: it installs citegraph and its
# test dependencies into .venv (a real, non-editable install, so the tests exercise the
# package as users get it), makes sure Java/Maven/Chromium are present, and runs the tests
# and the linter.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
SOURCES := pyproject.toml $(shell find app graph loaders queries linker exports \
	-name '*.py' -o -name '*.toml' -o -name '*.cypher' -o -name '*.js' -o -name '*.css' 2>/dev/null)

.PHONY: test check lint install system-deps fuzz

# The tests run in TEST_WORKERS pytest-xdist processes. --dist loadgroup keeps each
# xdist_group (tests sharing a module's Neo4j server, Browser or build) on one worker; every
# worker starts its own Neo4j. The count was measured on the 2-core box (README,
# "Development"): one worker per core; with four, two more Neo4j servers started and the
# suite took 15% more CPU and longer (2026-12-05). `make test TEST_WORKERS=0` runs in one
# process.
TEST_WORKERS ?= 2
test: install system-deps
	$(BIN)/python -m pytest -n $(TEST_WORKERS) --dist loadgroup
	$(BIN)/ruff check .

# The quick loop while working: the unit tests that need no Neo4j, no Chromium and no
# seconds-long process (markers in pyproject.toml; tests/conftest.py marks every test that
# uses a Neo4j fixture), and ruff. --durations names the slowest, so a test that should be
# marked `slow` shows. `make test` runs everything. In TEST_WORKERS workers like `make test`:
# 2,539 tests took 69 s in one process and 41 s in two (2026-12-06).
check: install
	$(BIN)/python -m pytest -q -n $(TEST_WORKERS) --dist loadgroup \
		-m "not neo4j and not browser and not slow" --durations=5
	$(BIN)/ruff check .

# Property tests of every loader at scale (10,000 generated inputs each, 10-16 minutes on
# two cores): each input parsed or refused with FILE:LINE: reason, peak RSS under 2 GB. The
# default suite runs the same tests with a few hundred inputs per loader.
fuzz: install
	CITEGRAPH_FUZZ_EXAMPLES=10000 $(BIN)/python -m pytest tests/test_fuzz_loaders.py -q

lint: install
	$(BIN)/ruff check .

install: $(VENV)/.installed

$(VENV)/.installed: $(SOURCES)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet '.[test]'
	touch $@

system-deps:
	bash scripts/system-deps.sh
