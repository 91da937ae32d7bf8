# Two commands do everything on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
TORCH_VERSION := 2.13.0
BENCH_DOCS ?= 2000

.PHONY: setup run test bench lint format train clean stress screenshot fuzz

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	# torch first, pinned: this version installs the CPU build (no multi-GB CUDA download).
	$(BIN)/python -m pip install --quiet torch==$(TORCH_VERSION)
	$(BIN)/python -m pip install --quiet -e '.[dev,train,dask]'
	touch $(STAMP)

setup: $(STAMP)

run: setup
	$(BIN)/nlp-pipeline run seeds/ -o out/seeds.jsonl --progress
	$(BIN)/nlp-pipeline render out/seeds.jsonl -o out/seeds.html
	@echo "wrote out/seeds.jsonl and out/seeds.html (open it in a browser)"

test: setup
	$(BIN)/pytest -q

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: setup
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: setup
	$(BIN)/python benchmarks/run_all.py --docs $(BENCH_DOCS)

train: setup
	$(BIN)/nlp-pipeline train

clean:
	rm -rf out build .pytest_cache .hypothesis

# The seeds page and the corpus report as PNG files, from headless Chromium (installed from Debian when missing).
CHROMIUM ?= chromium
NLP ?= $(BIN)/nlp-pipeline
SHOT := $(CHROMIUM) --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1
screenshot: run
	command -v $(CHROMIUM) >/dev/null || (apt-get update -q && apt-get install -y -q chromium fonts-noto-core)
	$(NLP) render out/seeds.jsonl --id 004_1d7c129ce0994c4a -o out/seeds-004.html
	$(NLP) report out/seeds.jsonl -o out/report.html
	$(SHOT) --window-size=1000,1500 --screenshot=$(CURDIR)/out/seeds.png file://$(CURDIR)/out/seeds-004.html
	$(SHOT) --window-size=1100,2600 --screenshot=$(CURDIR)/out/report.png file://$(CURDIR)/out/report.html
	@echo "wrote out/seeds.png and out/report.png"

# The fuzz test of `run` with many more random inputs than `make test` tries (FUZZ_EXAMPLES=25 there).
FUZZ_EXAMPLES ?= 2000
fuzz: setup
	FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) $(BIN)/pytest -q tests/test_fuzz_run.py --hypothesis-show-statistics

stress: setup
	$(BIN)/python benchmarks/stress.py --articles 300 --workers 2
