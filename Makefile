# Pumpurs — every target sets up what it needs itself (a .venv at the repository root).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
DEMO_DB := demo-data/demo.db
# The demo school's database key is kept in the OS keyring; where there is none (a headless
# machine) Pumpurs uses its announced file fallback, protected by this passphrase.
export PUMPURS_KEY_PASSPHRASE ?= demo-passphrase
# The demo hub's key file is encrypted with this passphrase (pumpurs-hub-keys/2).
export PUMPURS_HUB_PASSPHRASE ?= demo-hub-passphrase

.PHONY: run test lint demo translations screenshots hub bench clean installer

$(STAMP): pyproject.toml installer/system-packages.sh
	@./installer/system-packages.sh
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install -q --upgrade pip
	@$(BIN)/python -m pip install -q -e '.[dev,hub]'
	@touch $(STAMP)

translations: $(STAMP)
	@$(BIN)/python installer/translations.py compile

$(DEMO_DB): | $(STAMP)
	@mkdir -p $(dir $(DEMO_DB))
	$(BIN)/pumpurs demo --db $(DEMO_DB)

demo: $(DEMO_DB)

run: translations $(DEMO_DB)
	$(BIN)/pumpurs --db $(DEMO_DB)

HUB_DB := demo-data/hub.db
HUB_PORT ?= 8750

$(HUB_DB): | $(STAMP)
	@mkdir -p $(dir $(HUB_DB))
	$(BIN)/pumpurs-hub init --db $(HUB_DB) --municipality "Dienvidkurzemes novads" \
		--url http://127.0.0.1:$(HUB_PORT)

# A local municipality hub for the demo school (enrol it from the app's Sync screen).
hub: $(HUB_DB)
	$(BIN)/pumpurs-hub serve --db $(HUB_DB) --host 127.0.0.1 --port $(HUB_PORT)

screenshots: translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m app.ui.screenshots --out screenshots

# Benchmarks with ratios against baselines measured in the same run (see BENCHMARKS.md).
bench: translations
	$(BIN)/python -m benchmarks

# The frozen school app (dist/pumpurs/, PyInstaller onedir; installer/build.py) and its
# Debian package (dist/pumpurs_<version>_amd64.deb; installer/deb.py).
INSTALLER_STAMP := $(VENV)/.installer-stamp
$(INSTALLER_STAMP): $(STAMP)
	@$(BIN)/python -m pip install -q -e '.[dev,hub,installer]'
	@touch $(INSTALLER_STAMP)

installer: $(INSTALLER_STAMP)
	$(BIN)/python installer/build.py
	@if command -v dpkg-deb >/dev/null 2>&1; then $(BIN)/python installer/deb.py; \
	  else echo "installer: no dpkg-deb here, so no .deb"; fi

lint: $(STAMP)
	$(BIN)/ruff check app tests benchmarks installer
	$(BIN)/mypy app

test: lint translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

clean:
	rm -rf $(VENV) demo-data .pytest_cache .mypy_cache .ruff_cache
