# `make run` serves the demo guide; `make test` runs every test. Both install what they need first.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000
FRONTEND_PORT ?= 3000

.PHONY: install run migrate demo test test-frontend lint format clean

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

# Django (admin and API) in the foreground, the visitor site and the scheduler (scheduled
# publishing and expiry, every minute) beside it; Ctrl-C stops all three.
run: demo
	@echo "==> Admin: http://localhost:$(PORT)/admin/  Visitor site: http://localhost:$(FRONTEND_PORT)/"
	@PORT=$(FRONTEND_PORT) GUIDE_API_URL=http://127.0.0.1:$(PORT) scripts/frontend-serve & \
	  FRONTEND=$$!; \
	  $(BIN)/python manage.py run_scheduler & \
	  SCHEDULER=$$!; \
	  trap "kill $$FRONTEND $$SCHEDULER 2>/dev/null" EXIT; \
	  GUIDE_FRONTEND_BASE_URL=http://localhost:$(FRONTEND_PORT) $(BIN)/python manage.py runserver $(HOST):$(PORT)

test: install
	@scripts/run-tests

# Only the visitor site's checks, unit tests and browser tests (part of `make test`).
test-frontend: install
	@scripts/frontend-test

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

clean:
	rm -rf $(VENV) var

# The production layout (nginx, two gunicorn app servers, PostgreSQL, Redis, S3, db_worker)
# started on this machine and checked end to end; see docs/deploy.md (part of `make test`).
.PHONY: test-deploy
test-deploy: install
	@scripts/test-deploy

# Load-tests the read API on gunicorn with 1000 generated itineraries; see scripts/bench/run.
.PHONY: bench
bench: install
	@scripts/bench/run
