#!/usr/bin/env bash
# The main job: install, index corpus/, then serve the assistant.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/zone-assistant ingest corpus
exec .venv/bin/zone-assistant chat "$@"
