# tradewire: `make demo` sets everything up and runs the main job end to end;
# `make test` runs the whole suite (lint, types, unit, integration on a real broker, e2e).
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: setup demo test lint unit integration e2e schemas bench clean

$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c requirements.lock -e '.[dev]'
	$(BIN)/python -m tradewire.devbroker install
	touch $(STAMP)

setup: $(STAMP)

demo: setup
	bash scripts/demo.sh

lint: setup
	$(BIN)/ruff check services tests scripts
	$(BIN)/mypy

test: lint
	$(BIN)/pytest -q -p no:cacheprovider tests

unit: setup
	$(BIN)/pytest -q tests/unit

integration: setup
	$(BIN)/pytest -q tests/integration

e2e: setup
	$(BIN)/pytest -q tests/e2e

schemas: setup
	$(BIN)/tradewire schemas --out schemas

clean:
	rm -rf $(VENV) var build *.egg-info
