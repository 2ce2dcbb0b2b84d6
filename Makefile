# The two commands a newcomer needs:
#   make serve   start the service on the default model (built from the bundled corpus if missing)
#   make test    run every test
# Both create .venv and install the project into it on first use.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: serve test install bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

serve: $(STAMP)
	$(BIN)/triage serve

test: $(STAMP)
	bash scripts/ensure-browser.sh
	$(BIN)/python -m pytest -n 2 --dist loadfile

bench: $(STAMP)
	$(BIN)/python bench/train_and_score.py
	$(BIN)/python bench/service_latency.py
	$(BIN)/python bench/compare.py
	$(BIN)/python bench/scale.py --sizes 100000

clean:
	rm -rf $(VENV) var build *.egg-info
