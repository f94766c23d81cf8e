# The README's two commands, `make run` and `make test`, work on a fresh machine:
# each creates .venv on first use and installs what it needs (again when pyproject changes).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip
# The compiled translations the app loads (git-ignored): rebuilt whenever a .ts changes.
QM := $(patsubst %.ts,%.qm,$(wildcard translations/*.ts))

.PHONY: run test lint unit bench screenshots clean dist ts new-language

run: $(VENV)/.installed-app $(QM)
	$(BIN)/footdrop

test: lint unit

unit: $(VENV)/.installed-test $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/lint-imports

# The app tried as a hostile world would (tests/reliability/probe_*.py): one line per probe.
.PHONY: reliability
reliability: $(VENV)/.installed-test $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python tests/reliability/run.py

bench: $(VENV)/.installed-test $(VENV)/.installed-build $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run.py

# The installed app: dist/footdrop/ (PyInstaller, build.spec), then in dist/ a .deb and a .tar.gz.
dist: $(VENV)/.installed-build $(QM)
	$(BIN)/pyinstaller --noconfirm --distpath dist --workpath build/pyinstaller build.spec
	PYTHON=$(BIN)/python packaging/build-deb.sh
	PYTHON=$(BIN)/python packaging/build-tarball.sh

# Refresh translations/*.ts from the code: new strings appear as unfinished; and each
# catalog_xx.json from the English exercises: a changed text is emptied (docs/translating.md).
LANGS := $(filter-out en,$(patsubst translations/footdrop_%.ts,%,$(wildcard translations/footdrop_*.ts)))
ts: $(VENV)/.installed-app
	$(BIN)/pyside6-lupdate -extensions py -locations none -no-obsolete footdrop_gui \
		-ts $(LANGS:%=translations/footdrop_%.ts)
	$(BIN)/pyside6-lupdate -extensions py -locations none -no-obsolete -pluralonly footdrop_gui \
		-source-language en -target-language en -ts translations/footdrop_en.ts
	for code in $(patsubst translations/catalog_%.json,%,$(wildcard translations/catalog_*.json)); do \
		$(BIN)/python -m footdrop_gui.translation_template $$code; done

# A new language to translate: `make new-language CODE=fr` writes its two files to fill in.
new-language: $(VENV)/.installed-app
	$(BIN)/pyside6-lupdate -extensions py -locations none -no-obsolete footdrop_gui \
		-target-language $(CODE) -ts translations/footdrop_$(CODE).ts
	$(BIN)/python -m footdrop_gui.translation_template $(CODE)

translations/%.qm: translations/%.ts | $(VENV)/.installed-app
	$(BIN)/pyside6-lrelease -silent $< -qm $@

screenshots: $(VENV)/.installed-app $(QM)
	docs/screenshots/capture.sh main
	xvfb-run -a -s '-screen 0 1280x800x24' $(BIN)/python docs/screenshots/shoot.py

$(BIN)/python:
	$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "Python 3.11 or newer is needed")'
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

$(VENV)/.installed-app: pyproject.toml | $(BIN)/python
	$(PIP) install --quiet -e .
	touch $@

$(VENV)/.installed-build: pyproject.toml | $(BIN)/python
	$(PIP) install --quiet -e '.[build]'
	touch $@ $(VENV)/.installed-app

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(PIP) install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed-app

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
