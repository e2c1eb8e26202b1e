# newsfacts: two commands do everything on a fresh clone -- `make demo` and `make test`.
# The environment lives in .venv and is rebuilt whenever the pins or the project metadata change.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PINS := constraints.txt

.PHONY: all demo test lint typecheck unit notebooks tutorials docs bench score clean distclean venv

all: test

$(STAMP): pyproject.toml $(PINS)
	rm -rf $(VENV)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip==26.3"
	$(BIN)/python -m pip install --quiet -c $(PINS) -e '.[dev]'
	touch $(STAMP)

venv: $(STAMP)

demo: $(STAMP)
	$(BIN)/newsfacts demo

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks docs/conf.py
	$(BIN)/ruff format --check src tests benchmarks docs/conf.py

typecheck: $(STAMP)
	$(BIN)/mypy --strict src tests

unit: $(STAMP)
	$(BIN)/pytest -q -p no:cacheprovider tests src/newsfacts --doctest-modules

notebooks: $(STAMP)
	$(BIN)/pytest -q -p no:cacheprovider --nbval --nbval-current-env tutorials

tutorials: $(STAMP)
	$(BIN)/python tutorials/build.py

docs: $(STAMP)
	rm -rf docs/_build
	$(BIN)/sphinx-build -q -W --keep-going -b html docs docs/_build/html

test: lint typecheck unit notebooks docs

score: $(STAMP)
	$(PYTHON) ../shared/eval/score.py ../shared/eval/worked-example/gold.json

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf docs/_build docs/tutorials .mypy_cache .ruff_cache .pytest_cache .hypothesis

distclean: clean
	rm -rf $(VENV) benchmarks/.envs
