# One obvious way to run each thing. `make run` and `make test` set everything up
# on a fresh machine with Python 3.11: a virtual environment, pinned dependencies.

PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.zhifa-installed
# Great Expectations Data Docs' scripts, styles and fonts, pinned in package-lock.json and
# installed from npm (node_modules is git-ignored); each run copies them next to the pages so
# Data Docs work offline. Without npm the pages keep loading them from CDNs.
WEB    := expectations/web

# Three test files at a time on two cores: the slow end-to-end files (each runs the whole
# pipeline several times) then overlap instead of queueing, and a third file fills the time
# the others spend waiting (a daemon's poll, a schedule's tick, a process starting): two
# workers kept the cores 161% busy, and the suite took 10:27 on two workers against 8:54 on
# three, run one after the other on 2026-12-08 at 2d2d31f. Files are handed out in the order
# tests/conftest.py collects them, slowest first (xdist would reorder them by how many tests
# each holds, which puts the few-test, minutes-long files last). PYTEST_PARALLEL= runs serially.
PYTEST_PARALLEL ?= -n 3 --dist loadfile --no-loadscope-reorder

NEED_PYTHON = command -v $(PYTHON) >/dev/null 2>&1 || { echo "zhifa needs $(PYTHON) (set PYTHON=... to another 3.11)"; exit 2; }

.PHONY: install lock run test test-fast e2e dev serve dashboard docs clean bench contracts

# The environment is the lock (see `lock` below), installed by uv: `uv pip sync` installs
# exactly the lock's wheels, every hash checked, and removes whatever an older lock installed
# that this one no longer lists (86 s with pip on this machine; 3 s with uv from an empty
# cache, and about 15 s more to compile the bytecode). zhifa itself follows without
# dependencies, and `uv pip check` confirms nothing is missing. uv, pinned with its wheels'
# hashes in requirements-uv.lock, is installed by the environment's pip into a folder of its
# own beside the packages it manages (.venv/uv).
UV_HOME := $(VENV)/uv
UV_BIN  := $(UV_HOME)/bin/uv
# (copies, not hard links: uv's cache and the environment may lie on different disks, and a
# package file edited in the environment must not change the cache; and the bytecode compiled
# at install, as pip does and uv does not by default: where PYTHONDONTWRITEBYTECODE is set, as
# on this machine, nothing compiles it later, and every process then compiled each module it
# imported, about 6 s more CPU per `zhifa run`, a quarter more for the whole test suite)
UV_PIP  := $(UV_BIN) --quiet pip
UV_LINK := --link-mode copy --compile-bytecode

$(STAMP): pyproject.toml requirements.lock requirements-uv.lock $(WEB)/package.json $(WEB)/package-lock.json
	@$(NEED_PYTHON)
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes --only-binary :all: --no-deps --upgrade --target $(UV_HOME) -r requirements-uv.lock
	$(UV_PIP) sync $(UV_LINK) --python $(BIN)/python --require-hashes --only-binary :all: requirements.lock
	$(UV_PIP) install $(UV_LINK) --python $(BIN)/python --no-deps --no-build-isolation -e .
	$(UV_PIP) check --python $(BIN)/python
	@if command -v npm >/dev/null 2>&1; then \
		echo "npm ci --prefix $(WEB) --no-audit --no-fund --ignore-scripts"; \
		npm ci --prefix $(WEB) --no-audit --no-fund --ignore-scripts \
			|| echo "npm ci failed: Data Docs keep loading their scripts and styles from CDNs"; \
	else \
		echo "no npm: Great Expectations Data Docs keep loading their scripts and styles from CDNs"; \
	fi
	@touch $(STAMP)

install: $(STAMP)

# requirements.lock: every package of pyproject.toml's dependencies, its test extra and its
# build backend, and everything they need, pinned with the hashes of their wheels (`make
# install` takes nothing else: wheels only, hashes checked, the project itself installed
# without dependencies). Regenerate after changing pyproject.toml; pins already in the lock
# are kept, `make lock LOCK_ARGS=--upgrade` moves them to the newest that fit. uv runs from
# a throwaway environment, not the project's, installed from requirements-uv.lock; the
# same run writes requirements-uv.lock again for the uv pinned here (change UV, then `make lock`).
UV        := uv==0.13.8
LOCK_ARGS ?=
LOCK_FLAGS = --universal --python-version 3.11 --only-binary :all: --generate-hashes --custom-compile-command "make lock"

lock:
	@$(NEED_PYTHON)
	@set -e; tools=$$(mktemp -d); trap 'rm -rf "$$tools"' EXIT; \
	$(PYTHON) -m venv "$$tools"; \
	"$$tools/bin/python" -m pip install --quiet --disable-pip-version-check --require-hashes --only-binary :all: --no-deps -r requirements-uv.lock; \
	$(PYTHON) -c 'import tomllib; print(*tomllib.load(open("pyproject.toml", "rb"))["build-system"]["requires"], sep="\n")' \
	| "$$tools/bin/uv" pip compile --quiet pyproject.toml - --extra test $(LOCK_FLAGS) --output-file requirements.lock $(LOCK_ARGS); \
	echo "$(UV)" | "$$tools/bin/uv" pip compile --quiet - $(LOCK_FLAGS) --output-file requirements-uv.lock
	@echo "requirements.lock and requirements-uv.lock regenerated from pyproject.toml and UV"

run: install
	$(BIN)/zhifa run

# The browser tests need Chromium; installed from Debian when missing and possible, else skipped.
# The daemon tests (-m daemon, also e2e) run `make serve`'s processes on a temporary DAGSTER_HOME.
test: install
	-@bash .ci/ensure_chromium.sh
	$(BIN)/python -m pytest $(PYTEST_PARALLEL)

# Everything but the slow end-to-end runs.
test-fast: install
	$(BIN)/python -m pytest -m "not e2e"

e2e: install
	-@bash .ci/ensure_chromium.sh
	$(BIN)/python -m pytest $(PYTEST_PARALLEL) -m e2e

# The dashboard on the published warehouse (read-only; ZHIFA_WAREHOUSE_DIR to choose another).
dashboard: install
	$(BIN)/streamlit run dashboard/app.py --server.headless true --browser.gatherUsageStats false --client.toolbarMode minimal --server.address 127.0.0.1

# Generated corpora of 1,000 and 10,000 reports through the whole pipeline: times, memory,
# recall against the generator's truth (BENCHMARKS.md). BENCH_ARGS=--quick for a smoke run.
bench: install
	$(BIN)/python -m benchmarks $(BENCH_ARGS)

# The Dagster UI and daemon in one terminal, for trying things out, on the same persistent
# DAGSTER_HOME as `make serve` (default warehouse/dagster/; telemetry off); the schedule and
# the sensor are off until turned on in the UI.
dev: install
	DAGSTER_HOME="$$($(BIN)/python -m orchestration.deployment.serve --prepare-home)" \
		PATH="$(abspath $(BIN)):$$PATH" $(BIN)/dagster dev

# Unattended: dagster-webserver (http://127.0.0.1:3000), dagster-daemon and the dashboard
# (http://127.0.0.1:8501) as separate processes on DAGSTER_HOME (default warehouse/dagster/,
# written from deploy/dagster.yaml), the schedule and the sensor on, bound to 127.0.0.1
# (ZHIFA_SERVE_HOST to change it; see README "Run it on a schedule"). Ctrl-C stops them all.
# deploy/ has the systemd units and the compose file for a server.
serve: install
	PATH="$(abspath $(BIN)):$$PATH" $(BIN)/python -m orchestration.deployment.serve $(SERVE_ARGS)

# The dbt files generated from the warehouse contract (expectations/contract/warehouse.py):
# the raw source and the accepted_values tests it declares. Commit what it writes.
contracts: install
	$(BIN)/python -m expectations.contract

# The dbt documentation site as one static page, warehouse/docs/index.html: every model
# and column in English and Chinese, lineage from raw.* through staging to marts and bi.
# Column types come from the published warehouse, opened read-only (the `docs` target in
# dbt_project/profiles.yml), so BI readers and a running pipeline are not disturbed;
# before the first `make run` the page is built from the project files alone.
DOCS_DIR := warehouse/docs
DOCS_DB  := warehouse/warehouse.duckdb

docs: install
	@set -e; scratch=$$(mktemp -d); trap 'rm -rf "$$scratch"' EXIT; \
	if [ -f $(DOCS_DB) ]; then \
		catalog="--target docs"; export ZHIFA_DOCS_DB=$(abspath $(DOCS_DB)); \
	else \
		echo "no $(DOCS_DB) yet: documenting the project without column types"; \
		catalog="--empty-catalog"; export ZHIFA_BUILD_DB=:memory:; \
	fi; \
	$(BIN)/dbt --quiet docs generate --static $$catalog \
		--project-dir dbt_project --profiles-dir dbt_project \
		--target-path "$$scratch/target" --log-path "$$scratch/logs"; \
	mkdir -p $(DOCS_DIR); \
	cp "$$scratch/target/static_index.html" $(DOCS_DIR)/index.html; \
	cp "$$scratch/target/manifest.json" "$$scratch/target/catalog.json" $(DOCS_DIR)/; \
	echo "dbt docs: $(abspath $(DOCS_DIR))/index.html"

clean:
	find warehouse -mindepth 1 ! -name .gitkeep -exec rm -rf {} +
	rm -rf dbt_project/target dbt_project/logs .pytest_cache tests/artifacts
