# Explainer: the two quick-start commands are `make serve` and `make test`.
# Every target installs what it needs, so a fresh clone works as it is.

export NO_MKDOCS_2_WARNING := 1

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
HOST   ?= 127.0.0.1:8000
# Pinned versions of every dependency (see update-lock).
LOCK   := constraints.txt

# Root installs system packages directly; anyone else goes through sudo.
SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: serve site site-mkdocs site-properdocs site-zensical serve-zensical manual manual-serve test test-fast lint chromium bench clean update-lock
.PHONY: eval eval-dev eval-heldout eval-traps eval-corpus eval-blind-spent fit-candidates fit-kinds fit-risk

$(STAMP): pyproject.toml $(LOCK)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c $(LOCK) -e '.[test]'
	touch $@

## serve: serve the sample story's site on http://$(HOST)/ (rebuilds on edits to seeds/)
serve: $(STAMP)
	$(BIN)/mkdocs serve --dev-addr $(HOST)

## site: build the static site into site/ (strict: any warning fails)
site: site-mkdocs

## site-mkdocs: MkDocs 1.6 with the plugin → site/
site-mkdocs: $(STAMP)
	$(BIN)/mkdocs build --strict

## site-properdocs: ProperDocs (the maintained MkDocs 1.x) with the plugin → site/
site-properdocs: $(STAMP)
	$(BIN)/properdocs build --strict -f mkdocs.yml

## site-zensical: Zensical from the generated project build/zensical/ → build/zensical/site/
site-zensical: $(STAMP)
	$(BIN)/explainer generate --out build/zensical --project mkdocs.yml
	cd build/zensical && ../../$(BIN)/zensical build --strict -f mkdocs.yml

## serve-zensical: regenerate on every edit (explainer generate --watch) beside zensical serve
serve-zensical: $(STAMP)
	$(BIN)/explainer generate --out build/zensical --project mkdocs.yml
	$(BIN)/explainer generate --out build/zensical --project mkdocs.yml --watch & \
	  watcher=$$!; trap 'kill $$watcher' EXIT INT TERM; \
	  cd build/zensical && ../../$(BIN)/zensical serve -f mkdocs.yml --dev-addr $(HOST)

## manual: build the manual (writing sources, how it works, ...) into manual/site/ (strict)
manual: $(STAMP)
	$(BIN)/mkdocs build --strict -f manual/mkdocs.yml

## manual-serve: serve the manual on http://127.0.0.1:8001/
manual-serve: $(STAMP)
	$(BIN)/mkdocs serve -f manual/mkdocs.yml --dev-addr 127.0.0.1:8001

## chromium: Debian's Chromium for the browser tests
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "installing Debian's chromium for the browser tests"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium fonts-dejavu-core >/dev/null; }

## lint: ruff and mypy
lint: $(STAMP)
	$(BIN)/ruff check generator tests bench
	$(BIN)/ruff format --check generator tests bench
	$(BIN)/mypy generator

## test: everything (lint, unit, golden, site build, browser)
test: $(STAMP) chromium lint
	$(BIN)/python -m pytest

## test-fast: skip the slow site builds and the browser
test-fast: $(STAMP)
	$(BIN)/python -m pytest -m "not slow and not browser"

## bench: the performance benchmark (see manual/docs/performance.md)
bench: $(STAMP) chromium
	$(BIN)/python bench/run.py

## update-lock: pin the newest versions pyproject.toml allows, then check the goldens still match
update-lock:
	rm -rf .venv-lock
	$(PYTHON) -m venv .venv-lock
	.venv-lock/bin/python -m pip install --quiet --upgrade pip
	.venv-lock/bin/python -m pip install --quiet -e '.[test]'
	{ sed -n '/^#/p' $(LOCK); .venv-lock/bin/python -m pip freeze --exclude-editable; } > $(LOCK).new
	rm -rf .venv-lock
	mv $(LOCK).new $(LOCK)
	$(MAKE) $(STAMP)
	$(BIN)/python -m pytest tests/test_sample_site.py tests/test_mkdocs_build.py tests/test_serve_reuse.py \
	  || { echo "the goldens differ with the new versions (diff above); to go back:" \
	            "git checkout $(LOCK) && make test-fast"; exit 1; }
	@echo "constraints.txt updated and the goldens still match: review 'git diff $(LOCK)' and commit it"

## eval-dev: extraction measured on the real-news development labels (add V=-v for every miss)
EVAL := $(BIN)/python -m generator.extract.evaluate
eval-dev: $(STAMP)
	$(EVAL) tests/extraction/real/dev $(V)

## eval-heldout: the real-news held-out labels: score once, for a closing note; never tune on it
eval-heldout: $(STAMP)
	$(EVAL) tests/extraction/real/heldout $(V)

## eval-traps: the trap sentences (tests/extraction/traps): confident misattributions must be 0
eval-traps: $(STAMP)
	$(EVAL) tests/extraction/traps $(V)

## eval-corpus: the texts written for the project (tests/extraction/corpus + heldout)
eval-corpus: $(STAMP)
	$(EVAL) tests/extraction/corpus tests/extraction/heldout $(V)

## eval-blind-NAME: a blind set of tests/extraction/blind/ (dev, heldout, fresh … fresh6; see its README: which were tuned on, which scored once)
eval-blind-%: $(STAMP)
	$(EVAL) tests/extraction/blind/$* $(V)

## eval-blind-spent: the blind sets scored once and then tuned on, together (1,436 articles)
SPENT := heldout fresh $(foreach n,2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 28 29 30 32 34 35 37 38 39 40 41 42 43 45 46 47 49 50 51 52 53 54 55 58 60 61 62 63 64 65 68 71 36 48 56 57 66 67 72 73 74 75 76 77 78 79 84 85 86 87 88 90 91 97 98 100 101 102 103 104 109 110 80 82 113 114 116 117 118 124 125 126 128 129 131 132 134 135 122 138 139 120 141 142 143 144 145 146 152 155 157 158 164 167 168 169 170 150 162 176 180 181 183 193 201 202 203 208 209 210 211 218 219 222 232 233 191 198 204 213 171 225 240 243 248 249 251 256 258 259 261 263 149 229 252 266 268 269 281 286 296 300 301 312 316 317 318 324 327 329 331 343,fresh$(n))
eval-blind-spent: $(STAMP)
	$(EVAL) $(addprefix tests/extraction/blind/,$(SPENT)) $(V)

## fit-candidates: refit the ranking of an unclear quote's candidates on the blind sets read
## when the model was made (heldout, fresh, fresh2-fresh263; the newest 64 scored as a held-out
## split when fitted on the older ones: FIT_SPLIT=1). Fitting this and fit-kinds on all 551 read
## sets moved nothing on an unseen measure (tests/extraction/README.md, twenty-second round).
READ := heldout fresh $(foreach n,$(shell seq 2 263),fresh$(n))
FIT := $(BIN)/python -m generator.extract.fit_candidates
fit-candidates: $(STAMP)
	$(if $(FIT_SPLIT),$(FIT) --fit $(addprefix tests/extraction/blind/,$(filter-out $(foreach n,$(shell seq 200 263),fresh$(n)),$(READ))) --test $(foreach n,$(shell seq 200 263),tests/extraction/blind/fresh$(n)),$(FIT) --fit $(addprefix tests/extraction/blind/,$(READ)) --write)

## fit-kinds: refit the model of whether a name reads as an organisation's on the same sets
## (scored on the newest 64 when fitted on the older ones: FIT_SPLIT=1)
FIT_KINDS := $(BIN)/python -m generator.extract.fit_kinds
fit-kinds: $(STAMP)
	$(if $(FIT_SPLIT),$(FIT_KINDS) --fit $(addprefix tests/extraction/blind/,$(filter-out $(foreach n,$(shell seq 200 263),fresh$(n)),$(READ))) --test $(foreach n,$(shell seq 200 263),tests/extraction/blind/fresh$(n)),$(FIT_KINDS) --fit $(addprefix tests/extraction/blind/,$(READ)) --write)

## fit-risk: refit the risk model of shown attributions (the review's "most likely wrong") on
## what each blind measure's first-look commit showed (tests/extraction/blind/MEASURES);
## FIT_SPLIT=N fits on all but the newest N measures and reports on those
fit-risk: $(STAMP)
	$(BIN)/python -m generator.extract.fit_risk $(if $(FIT_SPLIT),--hold-out $(FIT_SPLIT),--write)

## eval: dev, traps, the written corpus and the blind dev set (never a held-out set)
eval: eval-dev eval-traps eval-corpus eval-blind-dev

clean:
	rm -rf site manual/site build/zensical .explainer-cache .pytest_cache .mypy_cache .ruff_cache .venv-lock
