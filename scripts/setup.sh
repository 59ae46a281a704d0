#!/usr/bin/env bash
# Create .venv in the repository root and install the project.
#   bash scripts/setup.sh          core + every extra + test tools (what the tests need)
#   bash scripts/setup.sh core     core only: ingest, ask and serve with the default embedder
#   bash scripts/setup.sh bench    core + one extra (local-llm, llm-api, postgres, bench, test)
# Safe to run again: pip skips what is already installed.
set -euo pipefail
cd "$(dirname "$0")/.."
EXTRA=${1:-test}
PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
# The CPU build of torch first; any other version pulls a multi-GB CUDA build.
.venv/bin/python -m pip install --quiet "torch==2.13.0"
if [ "$EXTRA" = "core" ]; then
  .venv/bin/python -m pip install --quiet -e .
else
  .venv/bin/python -m pip install --quiet -e ".[$EXTRA]"
fi
