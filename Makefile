# Two commands from a fresh clone: `make run` and `make test`. Each sets up what is missing.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
CONSTRAINTS := requirements/constraints.txt
PIP := $(BIN)/python -m pip install --disable-pip-version-check -q -c $(CONSTRAINTS)
TS := $(wildcard translations/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: package smoke run test lint typecheck contracts pytest bench translations update-translations lock screenshot clean

run: $(VENV)/.app $(QM)
	$(BIN)/kedendesk

test: $(VENV)/.test $(QM) lint typecheck contracts pytest

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.app: $(VENV)/bin/python pyproject.toml $(CONSTRAINTS)
	$(PIP) -e .
	touch $@

$(VENV)/.test: $(VENV)/bin/python pyproject.toml $(CONSTRAINTS)
	$(PIP) -e '.[test]'
	touch $@ $(VENV)/.app

$(VENV)/.package: $(VENV)/.test
	$(PIP) -e '.[test,package]'
	touch $@

# The one-folder bundle of this platform (dist/kedendesk), its size and Qt libraries checked,
# the Linux archive, and the release workflow checked against GitHub's schema.
package: $(VENV)/.package $(QM)
	$(BIN)/check-jsonschema --builtin-schema vendor.github-workflows .github/workflows/*.yml
	$(BIN)/python packaging/build.py
	$(BIN)/python packaging/finish.py

# The bundle on a fresh user folder, offscreen: signs and sends the demo, sees the release.
smoke: package
	$(BIN)/python packaging/smoke.py

lint: $(VENV)/.test
	$(BIN)/ruff format --check src tests bench docs packaging
	$(BIN)/ruff check src tests bench docs packaging

typecheck: $(VENV)/.test
	$(BIN)/mypy src/kedendesk

contracts: $(VENV)/.test
	$(BIN)/lint-imports

pytest: $(VENV)/.test $(QM)
	$(BIN)/pytest

bench: $(VENV)/.test $(QM)
	$(BIN)/python -m bench

# .qm files are built from the committed .ts sources, never committed.
translations/%.qm: translations/%.ts $(VENV)/.app
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# Refresh the .ts sources from the code (then translate new strings in Qt Linguist).
update-translations: $(VENV)/.app
	$(BIN)/pyside6-lupdate -no-obsolete -locations none $$(git ls-files 'src/kedendesk/ui/*.py') \
		-ts $(TS)

# Re-pin the exact dependency set after changing pyproject.toml.
lock:
	rm -rf /tmp/kedendesk-lock && $(PYTHON) -m venv /tmp/kedendesk-lock
	/tmp/kedendesk-lock/bin/python -m pip install -q -e '.[test]'
	/tmp/kedendesk-lock/bin/python -m pip freeze --exclude-editable | sort > $(CONSTRAINTS)

# A real window under Xvfb (needs: apt-get install xvfb xauth libxcb-icccm4 libxcb-keysyms1).
screenshot: $(VENV)/.app $(QM)
	QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1440x900x24" \
		$(BIN)/python docs/make_screenshots.py docs/screenshots

clean:
	rm -rf $(VENV) translations/*.qm
