PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
SHARED ?= ../shared

.PHONY: demo test fuzz eval bench clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(BIN)/newsline: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e .
	touch $@

.venv/.test-installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $@

demo: $(BIN)/newsline
	$(BIN)/newsline build --example ukraine-drones -o timeline.html

test: .venv/.test-installed
	$(BIN)/python -m pytest -q --nbmake tests notebooks

fuzz: .venv/.test-installed
	$(BIN)/python -m pytest -q -m fuzz tests/test_fuzz.py

eval: .venv/.test-installed
	$(BIN)/python benchmarks/timex_eval.py --shared $(SHARED)
	$(BIN)/python benchmarks/timex_eval.py --shared $(SHARED) --news

bench: .venv/.test-installed
	$(BIN)/python benchmarks/throughput.py
	$(BIN)/python benchmarks/end_to_end.py

clean:
	rm -rf $(VENV) build *.egg-info timeline.html
