# Set-up and everyday commands. `make help` lists them.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py

.DEFAULT_GOAL := help
.PHONY: help run test lint format translations vendor-translations translation-counts clean compiled-messages serve backup restore load bench

help: ## List the commands
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-20s %s\n", $$1, $$2}'

$(BIN)/activate:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt $(BIN)/activate
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-test: requirements-test.txt $(VENV)/.installed
	$(BIN)/pip install --quiet -r requirements-test.txt
	touch $@

# The compiled catalogues are committed too, for machines without GNU gettext.
compiled-messages: $(VENV)/.installed
	@if command -v msgfmt >/dev/null; then $(MANAGE) compilemessages --ignore '$(VENV)' -v0; \
	else echo "msgfmt not found: using the committed .mo files"; fi

run: $(VENV)/.installed compiled-messages ## Set up, load the demo content and serve on http://127.0.0.1:8000
	$(MANAGE) migrate --no-input
	$(MANAGE) load_demo_content
	$(MANAGE) create_demo_users
	$(MANAGE) runserver 127.0.0.1:8000

# axe-core and the Nu Html Checker (vnu-jar) for the browser tests, pinned by
# package-lock.json; no install script runs (vnu-jar's would fetch a Java).
node_modules/.installed: package.json package-lock.json
	@if command -v npm >/dev/null; then npm ci --ignore-scripts --no-audit --no-fund && touch $@; \
	else echo "npm not found: the browser tests' axe-core and HTML checks cannot run"; fi

test: $(VENV)/.installed-test compiled-messages node_modules/.installed ## Set up and run the whole test suite
	$(MANAGE) check
	$(MANAGE) makemigrations --check --dry-run
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/pytest

lint: $(VENV)/.installed-test ## Check code style
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(VENV)/.installed-test ## Fix code style
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Named languages, not --all: locale/vendor/ is not a language (see vendor-translations).
translations: $(VENV)/.installed ## Extract our interface strings into locale/ and compile them
	$(MANAGE) makemessages -l sq -l sr_Latn --no-location --ignore '$(VENV)' --ignore node_modules
	$(MANAGE) compilemessages --ignore '$(VENV)'

vendor-translations: $(VENV)/.installed-test ## After upgrading Wagtail or wagtail-localize: merge their new strings into locale/vendor/
	$(MANAGE) update_vendor_catalogues
	$(MANAGE) translation_counts

translation-counts: $(VENV)/.installed-test ## Count the translated strings of every catalogue
	$(MANAGE) translation_counts

# A rehearsal of production on this machine: the production settings over plain
# HTTP, against PostgreSQL (create the database first: createdb kcsf). Every
# variable of .env.example may be set to override these.
serve: export DJANGO_SETTINGS_MODULE = cms.settings.production
serve: export DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/kcsf
serve: export SECRET_KEY ?= rehearsal-only-key-never-use-it-on-a-real-server
serve: export ALLOWED_HOSTS ?= 127.0.0.1,localhost
serve: export ALLOW_PLAIN_HTTP ?= true
serve: $(VENV)/.installed compiled-messages ## Rehearse production: gunicorn and the production settings on PostgreSQL, http://127.0.0.1:8000
	$(MANAGE) collectstatic --no-input -v0
	$(MANAGE) migrate --no-input
	$(MANAGE) load_demo_content
	$(BIN)/gunicorn -c gunicorn.conf.py

backup: ## Back up PostgreSQL (DATABASE_URL) and the media folder into backups/
	deploy/backup.sh

restore: ## Restore a backup into DATABASE_URL: make restore FILE=backups/kcsf-….tar.gz
	deploy/restore.sh "$(FILE)"

load: $(VENV)/.installed-test ## Load and fault test: 50 clients for 60 s per phase, Redis and PostgreSQL stopped
	$(BIN)/python -m tests.load.run_load --seconds 60

# wrk is Debian's load generator; installing it needs root.
bench: $(VENV)/.installed-test compiled-messages ## Benchmark at demo size and N=10,000 sessions (about 20 minutes); BENCH_ARGS="--scale 0" for demo only
	@command -v wrk >/dev/null || apt-get install -y --no-install-recommends wrk || \
		(apt-get update && apt-get install -y --no-install-recommends wrk)
	$(BIN)/python -m bench.run $(BENCH_ARGS)

clean: ## Remove the virtualenv, database and uploaded media
	rm -rf $(VENV) node_modules db.sqlite3 media test-media staticfiles
