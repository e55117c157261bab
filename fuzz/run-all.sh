#!/usr/bin/env bash
# Run every fuzz target for MINUTES each (default 10), niced, from its seeds, and print
# executions, exec/s, coverage and crashes per target. Needs a nightly toolchain (libFuzzer
# instrumentation); cargo-fuzz is not needed.
#
#   fuzz/run-all.sh [MINUTES] [TARGET…]
#
# With FUZZ_PARALLEL=1 the targets run side by side (each still niced, so the machine stays
# usable); the summary lines are printed when all have finished.
set -euo pipefail
cd "$(dirname "$0")"
minutes=${1:-10}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(parse_lint rewrites config store_edits docx)
export RUSTFLAGS="-Cpasses=sancov-module -Cllvm-args=-sanitizer-coverage-level=4 \
-Cllvm-args=-sanitizer-coverage-inline-8bit-counters -Cllvm-args=-sanitizer-coverage-pc-table \
-Cllvm-args=-sanitizer-coverage-trace-compares --cfg fuzzing -Cdebug-assertions -Coverflow-checks"
# An explicit --target keeps the instrumentation off build scripts and proc macros.
host=$(rustc +nightly -vV | sed -n 's/^host: //p')
cargo +nightly build --release --bins --target "$host" --target-dir target-fuzz >/dev/null
bin="target-fuzz/$host/release"
run_one() {
  local target=$1
  local corpus="corpus/$target"
  mkdir -p "$corpus" "artifacts/$target"
  local log="artifacts/$target/last-run.log"
  nice -n 19 "$bin/$target" "$corpus" "seeds/$target" \
    -max_total_time=$((minutes * 60)) -rss_limit_mb=4096 -max_len=65536 \
    -artifact_prefix="artifacts/$target/" -print_final_stats=1 \
    $(case $target in parse_lint|rewrites) echo -dict=dict/audit.dict ;; config) echo -dict=dict/config.dict ;; esac) >"$log" 2>&1 || true
}
report() {
  local target=$1
  local log="artifacts/$target/last-run.log"
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
  speed=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*' || echo 0)
  crashes=$(find "artifacts/$target" -name 'crash-*' -o -name 'oom-*' -o -name 'timeout-*' | wc -l)
  echo "$target: $execs executions, $speed exec/s, coverage $cov edges, $crashes crash/oom/timeout files"
}
if [ "${FUZZ_PARALLEL:-0}" = 1 ]; then
  for target in "${targets[@]}"; do run_one "$target" & done
  wait
else
  for target in "${targets[@]}"; do run_one "$target"; done
fi
for target in "${targets[@]}"; do report "$target"; done
