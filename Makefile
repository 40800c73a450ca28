# Two commands matter: `make run` and `make test` (see README.md).
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
EXAMPLE := sessions/example.workshop

TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)
# The application icon's sizes (and .ico/.icns), rendered from the SVG: build output like the .qm files.
ICONS := resources/icons/workshop-256.png

PACKAGE_STAMP := $(VENV)/.installed-package

.PHONY: run test bench lint clean translations update-translations browser pdf-tools package icons

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# Compiled translations (.qm) are build output, made from the tracked .ts sources.
%.qm: %.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

$(ICONS): resources/icons/workshop.svg packaging/make_icons.py $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/make_icons.py > /dev/null

icons: $(ICONS)

# Refresh the .ts sources from every tr() / QT_TRANSLATE_NOOP in the code, and the msg() templates of the
# non-Qt layers (workshop.domain.messages), then translate the new entries.
update-translations: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete -tr-function-alias tr+=msg,tr+=term $$(find src/workshop -name '*.py' | sort) -ts resources/translations/workshop_sv.ts

run: $(STAMP) $(QM) $(ICONS)
	$(BIN)/workshop demo --force -o $(EXAMPLE)
	$(BIN)/workshop-gui $(EXAMPLE)

# What the tests drive from Debian (never a downloaded browser): installed with apt-get when missing and we
# are root (a fresh CI machine); otherwise the tests that need it say so. $(1): the check that it is there,
# $(2): the packages, $(3): what a machine without them gets.
define debian_packages
	@if ! { $(1); }; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "installing $(2)"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(2); \
	  else \
	    echo "$(2) missing and not root: $(3)"; \
	  fi; \
	fi
endef

# The room-voting browser test drives chromium through chromium-driver.
browser:
	$(call debian_packages,[ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ],chromium chromium-driver,tests/test_room_browser.py will fail saying so)

# The PDF tests also check each PDF with qpdf and poppler's pdffonts/pdftotext (fonts embedded, text extractable).
pdf-tools:
	$(call debian_packages,command -v qpdf >/dev/null && command -v pdffonts >/dev/null,qpdf poppler-utils,the PDF tests skip their qpdf and pdffonts checks)

# pytest exits 5 when it collects nothing; treat that as a failure we report clearly.
test: $(STAMP) $(QM) $(ICONS) browser pdf-tools
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest; rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "pytest collected no tests"; exit 1; fi; exit $$rc

bench: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run.py

lint: $(STAMP)
	$(BIN)/lint-imports

# The one-folder bundle (packaging/README.md): PyInstaller from the `package` extra, trimmed, checked by
# `dist/workshop/workshop --self-test`.
$(PACKAGE_STAMP): pyproject.toml $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,package]'
	touch $(PACKAGE_STAMP)

package: $(PACKAGE_STAMP) $(QM) $(ICONS)
	$(BIN)/pyinstaller packaging/workshop.spec --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller
	QT_QPA_PLATFORM=offscreen dist/workshop/workshop --self-test > build/self-test.log || (cat build/self-test.log; exit 1)
	@# One file to carry: on Linux the folder holds symbolic links, which a FAT32 stick cannot hold.
	tar -czf dist/workshop-$$(uname -s | tr A-Z a-z).tar.gz -C dist workshop
	@du -sh dist/workshop dist/workshop-*.tar.gz

clean:
	rm -rf $(VENV) build dist *.egg-info src/*.egg-info
