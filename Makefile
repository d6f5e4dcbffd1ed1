# Every target creates/uses the project's own virtual environment in .venv.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: generate check lint typecheck test bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "Python 3.11+ is required")'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

generate: $(STAMP)
	$(PY) -m generator generate

check: $(STAMP)
	$(PY) -m generator check

lint: $(STAMP)
	$(PY) -m ruff check generator generated tests bench
	$(PY) -m black --check --quiet generator tests bench

typecheck: $(STAMP)
	$(PY) -m mypy generator generated/realtime_sessions

test: $(STAMP) lint typecheck prism
	$(PY) -m pytest -q

# --- Prism (client tests, issue 4): Stoplight's mock server, pinned, in the project's own .prism/.
# 5.14.2 is the last release for Node 20; its core and server are pinned too, because the CLI's
# caret ranges would otherwise pull 5.16 parts that need Node 24.
PRISM_VERSION := 5.14.2
PRISM_PACKAGES := @stoplight/prism-cli@$(PRISM_VERSION) @stoplight/prism-core@5.8.0 \
	@stoplight/prism-http-server@5.12.0
PRISM_STAMP := .prism/.installed-$(PRISM_VERSION)

.PHONY: prism
prism: $(PRISM_STAMP)

$(PRISM_STAMP):
	@if command -v npm >/dev/null 2>&1; then \
		npm install --prefix .prism --no-audit --no-fund --ignore-scripts $(PRISM_PACKAGES) \
			&& touch $@; \
	else \
		echo "npm not found: the Prism client tests will be skipped"; \
	fi
# --- end Prism

bench: $(STAMP)
	$(PY) bench/run.py

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache .hypothesis
