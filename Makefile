# `make run` serves the demo guide; `make test` runs every test. Both install what they need first.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install run serve migrate demo test lint format clean

$(INSTALLED): pyproject.toml
	@echo "==> Installing Python dependencies into $(VENV)"
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet --progress-bar off -e ".[dev]"
	@touch $(INSTALLED)

install: $(INSTALLED)

migrate: install
	@mkdir -p var
	$(BIN)/python manage.py migrate --noinput

demo: migrate
	$(BIN)/python manage.py load_demo_guide

run: demo
	@echo "==> Admin: http://localhost:$(PORT)/admin/"
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

test: install
	@scripts/run-tests

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

clean:
	rm -rf $(VENV) var

# Load-tests the read API on gunicorn with 1000 generated itineraries; see scripts/bench/run.
.PHONY: bench
bench: install
	@scripts/bench/run
