# Kennisbank Jongeren en werk. Alles wat je nodig hebt op een verse machine:
#   make serve   site bekijken op http://127.0.0.1:8000 (herlaadt bij elke wijziging)
#   make test    alle tests, ook in een echte browser
#   make build   de site bouwen in site/
#   make bench   snelheid en grootte meten (zie README)
#   make links   alle externe links controleren (schrijft data/linkstatus.yaml)
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
export NO_MKDOCS_2_WARNING := 1
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: serve build test bench valideer browser clean links

$(VENV)/.klaar: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

venv: $(VENV)/.klaar

valideer: $(VENV)/.klaar
	$(PY) scripts/valideer.py

# The preview is rebuilt in full after every change; in memory (/dev/shm) where the machine
# has it with 1 GB free (containers often give it 64 MB), because deleting and writing hundreds
# of small files on disk took a third of the rebuild.
SERVE_TMP := $(shell [ -w /dev/shm ] && [ "$$(df -Pk /dev/shm | awk 'NR==2 {print $$4}')" -ge 1000000 ] \
  && echo /dev/shm || echo $${TMPDIR:-/tmp})

serve: $(VENV)/.klaar
	TMPDIR=$(SERVE_TMP) $(VENV)/bin/mkdocs serve --dev-addr 127.0.0.1:8000 --livereload

build: $(VENV)/.klaar
	$(VENV)/bin/mkdocs build --strict

# Every external link in the content, checked politely; the outcome goes to data/linkstatus.yaml,
# which the build uses to mark dead links. Needs the internet; the weekly workflow runs it.
links: $(VENV)/.klaar
	$(PY) scripts/links.py controleren

# Debian's Chromium for the browser tests; installed once when missing.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "Chromium ontbreekt; installeren met apt-get..."; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium fonts-dejavu-core shellcheck >/dev/null; }

# Lighthouse (npm) for the quality tests, pinned in package-lock.json.
node_modules/.klaar: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

test: $(VENV)/.klaar browser node_modules/.klaar
	$(PY) -m pytest

bench: $(VENV)/.klaar browser node_modules/.klaar
	$(PY) scripts/bench_bouw.py

clean:
	rm -rf site .pytest_cache node_modules/.klaar
