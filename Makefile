# The two commands of the README: `make run` and `make test`. Everything else is a helper for them.
SHELL := /bin/bash
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# A hung Qt test ignores Ctrl-C and pytest-timeout: coreutils timeout turns a hang into a failure. TERM first,
# so pytest can still report, then KILL; the static checks before it take well under a minute.
TEST_TIMEOUT ?= 780
# pytest-xdist workers (each runs its own sandbox): one per core, at most this many.
TEST_WORKERS ?= 4

.PHONY: run test lint typecheck imports pytest sandbox tour bench setup clean lock

$(STAMP): pyproject.toml packaging/constraints.txt packaging/bootstrap.sh
	@./packaging/bootstrap.sh

setup: $(STAMP)

run: $(STAMP)
	@$(VENV)/bin/workbay $(ARGS)

sandbox: $(STAMP)
	@$(VENV)/bin/workbay sandbox $(ARGS)

# The README's screenshots: the real window, offscreen, through the whole flow against a fresh sandbox.
tour: $(STAMP)
	@QT_QPA_PLATFORM=offscreen $(VENV)/bin/workbay tour --out docs/screenshots $(ARGS)

lint: $(STAMP)
	@echo "== ruff"
	@$(VENV)/bin/ruff check app tests benchmarks
	@$(VENV)/bin/ruff format --check app tests benchmarks

typecheck: $(STAMP)
	@echo "== mypy --strict app benchmarks"
	@$(VENV)/bin/mypy app benchmarks

imports: $(STAMP)
	@echo "== import-linter (layers)"
	@$(VENV)/bin/lint-imports --no-cache

pytest: $(STAMP)
	@echo "== pytest"
	@QT_QPA_PLATFORM=offscreen timeout --kill-after=30 $(TEST_TIMEOUT) $(PY) -m pytest -q -n auto --maxprocesses=$(TEST_WORKERS) $(PYTEST_ARGS)

test: lint typecheck imports pytest

# The performance harness: prints one table per benchmark (not part of `make test`: figures, not verdicts).
bench: $(STAMP)
	@$(PY) -m benchmarks

# Re-resolve the locked versions (run by hand, commit the result).
lock:
	@rm -rf /tmp/workbay-lock && python3 -m venv /tmp/workbay-lock
	@/tmp/workbay-lock/bin/pip install --quiet --upgrade pip && /tmp/workbay-lock/bin/pip install --quiet ".[dev]"
	@/tmp/workbay-lock/bin/pip freeze --exclude-editable | grep -v '^workbay' > packaging/constraints.txt

clean:
	rm -rf $(VENV) build *.egg-info
