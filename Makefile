# Every target creates/uses the project's own virtual environment in .venv and installs, on
# first use, only what it needs: the generator for `generate`/`check`, the test tools and the
# benchmark's peers (the harness test runs them once) for `test`, openai as well for `bench`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
VENV_STAMP := $(VENV)/.venv-stamp
GENERATOR_STAMP := $(VENV)/.generator-stamp
TEST_STAMP := $(VENV)/.test-stamp
BENCH_STAMP := $(VENV)/.bench-stamp
# Local wheels for the install tests (pip --no-index): the build backends and the generator's
# and the generated package's dependencies, downloaded once per pyproject.toml change.
WHEELHOUSE := $(VENV)/wheelhouse
WHEELHOUSE_STAMP := $(WHEELHOUSE)/.stamp
WHEELHOUSE_EXTRA := setuptools==84.2.1 flit_core==4.2.0

.PHONY: generate sync check diff lint typecheck test test-fast bench clean

$(VENV_STAMP):
	$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "Python 3.11+ is required")'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	touch $@

$(GENERATOR_STAMP): pyproject.toml $(VENV_STAMP)
	$(PY) -m pip install --quiet -e .
	touch $@

# The generator with the test tools, and the generated package installed as an application
# would (editable, so `make generate` shows at once), in one pip run: its own dependency,
# httpx, resolves to the test tools' pin. That installs the generator too.
$(TEST_STAMP): pyproject.toml $(VENV_STAMP)
	$(PY) -m pip install --quiet -e '.[test,peers]' -e ./generated
	touch $(GENERATOR_STAMP) $@

$(BENCH_STAMP): pyproject.toml $(TEST_STAMP)
	$(PY) -m pip install --quiet -e '.[test,peers,bench]'
	touch $@

# generator/distribution.py decides the generated package's dependencies (`make generate`
# rewrites generated/ as a whole, so its files' times say nothing).
$(WHEELHOUSE_STAMP): pyproject.toml generator/distribution.py $(VENV_STAMP)
	$(PY) -m pip download --quiet --dest $(WHEELHOUSE) . ./generated $(WHEELHOUSE_EXTRA)
	touch $@

generate: $(GENERATOR_STAMP)
	$(PY) -m generator generate

# spec/ from openai-node's types (spec/upstream/) and our decisions (spec/overlay.yaml), offline;
# `make sync OPENAI_NODE=7.57.0` first replaces the snapshot with that version, through npm.
sync: $(GENERATOR_STAMP) converter
	$(PY) -m generator sync $(if $(OPENAI_NODE),--openai-node='$(OPENAI_NODE)')

# Exit 1 with a diff when spec/ is stale against its snapshot and overlay, or generated/ against spec/.
check: $(GENERATOR_STAMP) converter
	@if [ -x $(CONVERTER_BIN) ]; then \
		$(PY) -m generator sync --check; \
	else \
		echo "no converter (it needs npm): spec/ was not checked against spec/upstream/ and spec/overlay.yaml"; \
	fi
	$(PY) -m generator check

# What the spec change on this branch does to callers, as Markdown (PR review): against the
# merge base with origin/main, or BASE=<any revision>. DIFF_FLAGS: e.g. --fail-on breaking.
BASE ?=
DIFF_FLAGS ?=
# Silent (@): its stdout is the report, which CI appends to the job summary as it is.
diff: $(GENERATOR_STAMP)
	@$(PY) -m generator diff $(if $(BASE),--base $(BASE),--merge-base origin/main) $(DIFF_FLAGS)

lint: $(TEST_STAMP)
	$(PY) -m ruff check generator generated tests bench
	$(PY) -m black --check --quiet generator tests bench

typecheck: $(TEST_STAMP)
	$(PY) -m mypy generator generated/realtime_sessions

# pytest on every core (pytest-xdist; PYTEST_WORKERS=0 for one process). loadgroup: the tests of
# one xdist_group (those sharing one Prism server) run on one worker.
PYTEST_WORKERS ?= auto
PYTEST_PARALLEL := -n $(PYTEST_WORKERS) --dist loadgroup

# What pytest needs first. The steps wait on different things (pip and npm on the network and
# the disk, black and mypy on a core each), so `make test` runs them side by side; each step's
# output is printed whole when it ends.
TEST_SETUP := $(TEST_STAMP) $(WHEELHOUSE_STAMP) lint typecheck prism converter

test:
	@$(MAKE) --no-print-directory --jobs=4 --output-sync=target $(TEST_SETUP)
	$(PY) -m pytest -q $(PYTEST_PARALLEL)

# The edit loop: every test but the slow ones (property/fuzz, mypy runs, Prism, subprocesses).
test-fast: $(TEST_STAMP)
	$(PY) -m pytest -q -m "not slow" $(PYTEST_PARALLEL)

# --- Prism (client tests): Stoplight's mock server, at the versions and with the dependency tree
# locked in tests/servers/prism/package-lock.json. 5.14.2 is the last release for Node 20 (5.16
# parts need Node 24). --ignore-scripts: no install script of any dependency runs.
PRISM_DIR := tests/servers/prism
PRISM_STAMP := $(PRISM_DIR)/node_modules/.installed-stamp

.PHONY: prism
prism: $(PRISM_STAMP)

$(PRISM_STAMP): $(PRISM_DIR)/package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
		npm ci --prefix $(PRISM_DIR) --no-audit --no-fund --ignore-scripts && touch $@; \
	else \
		echo "npm not found: the Prism client tests will be skipped"; \
	fi
# --- end Prism

# --- the converter (make sync): ts-json-schema-generator and the TypeScript it needs, at the
# versions and with the dependency tree locked in tools/converter/package-lock.json.
CONVERTER_DIR := tools/converter
CONVERTER_BIN := $(CONVERTER_DIR)/node_modules/.bin/ts-json-schema-generator
CONVERTER_STAMP := $(CONVERTER_DIR)/node_modules/.installed-stamp

.PHONY: converter
converter: $(CONVERTER_STAMP)

$(CONVERTER_STAMP): $(CONVERTER_DIR)/package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
		npm ci --prefix $(CONVERTER_DIR) --no-audit --no-fund --ignore-scripts && touch $@; \
	else \
		echo "npm not found: make sync cannot run, and the sync tests will be skipped"; \
	fi
# --- end converter

bench: $(BENCH_STAMP)
	$(PY) -m bench.run

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache .hypothesis $(PRISM_DIR)/node_modules \
		$(CONVERTER_DIR)/node_modules
