# Two commands on a fresh machine:  `make run` (install, build the index, start the app) and
# `make test` (install, run the test suite). Everything lives in .venv; torch is installed first,
# pinned, because any other torch request pulls a multi-GB CUDA build.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run install index serve test test-fast bench eval clean

run: install index serve

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet torch==2.13.0
	$(BIN)/python -m pip install --quiet -e '.[test]'
	$(BIN)/rag prepare-model
	touch $(STAMP)

index: install
	$(BIN)/rag index

serve: install
	$(BIN)/rag serve

test: install
	$(BIN)/python -m pytest -q

test-fast: install
	$(BIN)/python -m pytest -q -m "not slow and not browser"

bench: install
	$(BIN)/python bench/bench_index.py
	$(BIN)/python bench/bench_ask.py

eval: install
	$(BIN)/rag eval --dataset dev

clean:
	rm -rf .rag runs
