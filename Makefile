# Two commands a new user needs: `make demo` and `make test`. Both install first.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
SEED   := seeds/000_68994aef2ec81e38.txt

.PHONY: demo test install install-test lint eval bench clean screenshot

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install --quiet -e .

install-test: $(BIN)/python
	$(BIN)/pip install --quiet -e ".[test]"

demo: install
	$(BIN)/quizgen make $(SEED) --format apkg,html,json
	$(BIN)/quizgen facts $(SEED)

test: install-test
	$(BIN)/ruff check .
	$(BIN)/python -m pytest

lint: install-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# docs/worksheet.png, shown in the README (needs Debian's chromium and poppler-utils)
screenshot: install
	bash docs/make_screenshot.sh

eval: install-test
	$(BIN)/python benchmarks/evaluate.py ../shared/devset

bench: install-test
	$(BIN)/python benchmarks/speed.py

clean:
	rm -rf $(VENV) build dist *.egg-info decks/*.apkg decks/*.html decks/*.json
