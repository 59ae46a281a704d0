#!/usr/bin/env bash
# The main job: install the core, index corpus/, then serve the web chat on http://127.0.0.1:7860/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh core
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 GRADIO_ANALYTICS_ENABLED=False
.venv/bin/zone-assistant ingest corpus
exec .venv/bin/zone-assistant serve "$@"
