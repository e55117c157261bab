#!/usr/bin/env bash
# The full soak of the language server (tests/soak.rs; CI runs a short version):
# 5,000 rapid edits with hover, code actions, outline and completion between them, then the
# server's diagnostics against `caselint check --format json`; RSS after 20 and 200
# 10,000-word audits opened and closed, and over 20,000 edits. Prints the figures.
#
#   scripts/soak.sh [EDITS] [AUDITS] [MEMORY_EDITS]
#
# Memory is measured twice: as the server runs by default (figures only: glibc keeps freed
# heap pages, so RSS creeps over thousands of edits), and with glibc told to give free heap
# back (MALLOC_TRIM_THRESHOLD_), where any growth left would be a leak: that run holds RSS
# to 10 % of its level after the first 20 audits, and its highest RSS over the last fifth of
# the edits to 10 % of its highest between 30 % and 50 % of them.
set -euo pipefail
cd "$(dirname "$0")/.."
export CASELINT_SOAK_EDITS=${1:-5000}
export CASELINT_SOAK_AUDITS=${2:-200}
export CASELINT_SOAK_MEMORY_EDITS=${3:-20000}
filter() { grep -oE 'soak:.*|test result.*|panicked.*|RSS grew.*' || true; }
cargo build --release --locked --tests >/dev/null 2>&1 || cargo build --release --locked --tests
echo "== default allocator settings (figures only)"
CASELINT_SOAK_REPORT_ONLY=1 cargo test --release --locked --test soak -- --nocapture --test-threads 1 2>&1 | filter
echo "== glibc returning free heap (MALLOC_TRIM_THRESHOLD_=65536): a leak would still grow"
MALLOC_TRIM_THRESHOLD_=65536 cargo test --release --locked --test soak memory -- --nocapture 2>&1 | filter
