# One obvious way to run each thing. `make run` and `make test` set everything up
# on a fresh machine with Python 3.11: a virtual environment, pinned dependencies.

PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.zhifa-installed

.PHONY: install run test test-fast e2e dev docs clean

$(STAMP): pyproject.toml requirements.lock
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "zhifa needs $(PYTHON) (set PYTHON=... to another 3.11)"; exit 2; }
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c requirements.lock -e ".[test]"
	@touch $(STAMP)

install: $(STAMP)

run: install
	$(BIN)/zhifa run

test: install
	$(BIN)/python -m pytest

# Everything but the slow end-to-end runs.
test-fast: install
	$(BIN)/python -m pytest -m "not e2e"

e2e: install
	$(BIN)/python -m pytest -m e2e

dev: install
	PATH="$(abspath $(BIN)):$$PATH" $(BIN)/dagster dev

clean:
	find warehouse -mindepth 1 ! -name .gitkeep -exec rm -rf {} +
	rm -rf dbt_project/target dbt_project/logs .pytest_cache tests/artifacts
