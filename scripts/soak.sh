#!/usr/bin/env bash
# The full soak of the language server (tests/soak.rs; CI runs a short version):
# 5,000 rapid edits with hover, code actions, outline and completion between them, then the
# server's diagnostics against `caselint check --format json`; RSS after 20 and 200
# 10,000-word audits opened and closed, and after 20,000 edits. Prints the figures.
#
#   scripts/soak.sh [EDITS] [AUDITS] [MEMORY_EDITS]
set -euo pipefail
cd "$(dirname "$0")/.."
export CASELINT_SOAK_EDITS=${1:-5000}
export CASELINT_SOAK_AUDITS=${2:-200}
export CASELINT_SOAK_MEMORY_EDITS=${3:-20000}
cargo test --release --locked --test soak -- --nocapture --test-threads 1 2>&1 |
  grep -E '^(soak:|test |test result)|panicked|RSS grew'
