# Kennisbank Jongeren en werk. Alles wat je nodig hebt op een verse machine:
#   make serve   site bekijken op http://127.0.0.1:8000 (herlaadt bij elke wijziging)
#   make test    alle tests, ook in een echte browser
#   make build   de site bouwen in site/
#                (met een andere bouwmotor: make build MOTOR=properdocs of MOTOR=zensical; ook make serve)
#   make bench   snelheid en grootte meten (zie README); alleen delen: make bench ALLEEN="motoren 10000"
#   make lint    ruff, ESLint, yamllint, actionlint en REUSE (ook onderdeel van make test)
#   make update  vastgepinde versies bijwerken (requirements/*.txt, package-lock.json)
#   make bronnen BRONNEN=<map>  citaten en eigen woorden controleren tegen de volledige bronteksten
#   make links   alle externe links controleren (schrijft data/linkstatus.yaml)
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
export NO_MKDOCS_2_WARNING := 1
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: serve build test lint bench valideer browser clean venv venv-bouw update bronnen links

# Two pinned sets with hashes: what the site needs to build (the Pages workflow installs only
# that) and everything for developing and testing on top of it.
BOUW := requirements/bouw.txt
ONTWIKKELING := requirements/ontwikkeling.txt
PIP_INSTALL := $(PY) -m pip install --quiet --disable-pip-version-check --require-hashes

$(PY):
	$(PYTHON) -m venv $(VENV)

$(VENV)/.bouw: $(BOUW) | $(PY)
	$(PIP_INSTALL) -r $(BOUW)
	touch $@

$(VENV)/.klaar: $(ONTWIKKELING) $(VENV)/.bouw
	$(PIP_INSTALL) -r $(ONTWIKKELING)
	touch $@

venv-bouw: $(VENV)/.bouw
venv: $(VENV)/.klaar

valideer: $(VENV)/.bouw
	$(PY) scripts/valideer.py

# The preview is rebuilt in full after every change; in memory (/dev/shm) where the machine
# has it with 1 GB free (containers often give it 64 MB), because deleting and writing hundreds
# of small files on disk took a third of the rebuild.
SERVE_TMP := $(shell [ -w /dev/shm ] && [ "$$(df -Pk /dev/shm | awk 'NR==2 {print $$4}')" -ge 1000000 ] \
  && echo /dev/shm || echo $${TMPDIR:-/tmp})

# The build engine (scripts/bouw_met.py): mkdocs (MkDocs + Material, the default), properdocs (the
# maintained fork of MkDocs 1.x) or zensical (Material's successor). The other two are in the
# development set only.
MOTOR ?= mkdocs
MOTOR_VENV := $(if $(filter mkdocs,$(MOTOR)),$(VENV)/.bouw,$(VENV)/.klaar)

serve: $(MOTOR_VENV)
	TMPDIR=$(SERVE_TMP) $(PY) scripts/bouw_met.py $(MOTOR) --serve 127.0.0.1:8000

build: $(MOTOR_VENV)
	$(PY) scripts/bouw_met.py $(MOTOR)

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

lint: $(VENV)/.klaar node_modules/.klaar
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	npx --no-install eslint docs/javascripts
	$(VENV)/bin/yamllint --strict -c .yamllint.yaml voorbeelden werkvormen verbetertool data .github
	$(VENV)/bin/actionlint
	$(VENV)/bin/reuse lint --quiet || $(VENV)/bin/reuse lint

test: lint browser
	$(PY) -m pytest

# Refresh every pin: Python (with hashes) and npm. Review the diff and run make test.
update: $(VENV)/.klaar
	cd requirements && ../$(PY) -m piptools compile --quiet --upgrade --generate-hashes --allow-unsafe \
	  --strip-extras --no-emit-index-url --no-emit-find-links -o bouw.txt bouw.in
	cd requirements && ../$(PY) -m piptools compile --quiet --upgrade --generate-hashes --allow-unsafe \
	  --strip-extras --no-emit-index-url --no-emit-find-links -o ontwikkeling.txt ontwikkeling.in
	npm update --save-exact --no-audit --no-fund
	rm -f $(VENV)/.bouw $(VENV)/.klaar node_modules/.klaar

# For maintainers who have the full source texts (not part of the repository): checks every
# quotation against its source and lists passages copied word for word (the own-words rule).
bronnen: $(VENV)/.bouw
	@test -n "$(BRONNEN)" || { echo "Gebruik: make bronnen BRONNEN=<map met de bronteksten (.txt)>"; exit 2; }
	$(PY) scripts/bronnen.py "$(BRONNEN)"

# ALLEEN: only these parts (bouw zoeken lighthouse serve motoren 10000 optimalisaties), see scripts/bench_bouw.py
bench: $(VENV)/.klaar browser node_modules/.klaar
	$(PY) scripts/bench_bouw.py $(if $(ALLEEN),--alleen $(ALLEEN))

clean:
	rm -rf site .pytest_cache node_modules/.klaar
