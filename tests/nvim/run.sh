#!/usr/bin/env bash
# Headless Neovim tests of the caselint plugin (editors/nvim) against the real language server.
#
#   tests/nvim/run.sh                 # uses target/debug/caselint, building it if missing
#   CASELINT_BIN=/path/to/caselint tests/nvim/run.sh
#
# Uses the first `nvim` on PATH. Fails (non-zero, with a message) when nvim or the binary is
# missing, on any failed check, and when Neovim does not finish in time. It never skips.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
here="$repo/tests/nvim"

die() {
  echo "tests/nvim: FAIL: $*" >&2
  exit 1
}

command -v nvim >/dev/null 2>&1 ||
  die "nvim is not installed (on Debian: apt-get update && apt-get install -y neovim)"

if [[ -n "${CASELINT_BIN:-}" ]]; then
  bin=$(cd "$(dirname "$CASELINT_BIN")" && pwd)/$(basename "$CASELINT_BIN")
else
  bin="$repo/target/debug/caselint"
  if [[ ! -x "$bin" ]]; then
    echo "tests/nvim: $bin is missing; running cargo build" >&2
    (cd "$repo" && cargo build --quiet) || die "cargo build failed"
  fi
fi
[[ -x "$bin" ]] || die "caselint binary not found or not executable: $bin"

echo "tests/nvim: $(nvim --version | head -n 1), server $bin"

passed=0
failed=0
work_dirs=()
trap 'rm -rf "${work_dirs[@]}"' EXIT

# run_case NAME SCRIPT: runs SCRIPT in a fresh headless Neovim over fresh copies of the fixtures.
run_case() {
  local name=$1 script=$2 work status=0
  work=$(mktemp -d "${TMPDIR:-/tmp}/caselint-nvim.XXXXXX")
  work_dirs+=("$work")
  cp "$here/fixtures/jo.audit.md" "$work/jo.audit.md"
  cp "$here/fixtures/jo.audit.md" "$work/sam.audit.txt"
  printf '# Notes\n\nThe social worker did not visit.\n' >"$work/README.md"
  # A root marker, so that both audits share one root (and one client) wherever TMPDIR is.
  mkdir "$work/.git"

  CASELINT_BIN="$bin" CASELINT_TEST_DIR="$work" HOME="$work" XDG_STATE_HOME="$work/state" \
    timeout --kill-after=5 60 \
    nvim --headless --clean \
    --cmd "set rtp+=$repo/editors/nvim" \
    -c "luafile $here/$script" </dev/null || status=$?

  if [[ $status -eq 124 || $status -eq 137 ]]; then
    echo "tests/nvim: FAIL: $name: Neovim did not finish within 60 s" >&2
    status=1
  elif [[ $status -eq 0 ]] && ! cmp -s "$here/fixtures/jo.audit.md" "$work/jo.audit.md"; then
    # Fixes are applied to the buffer only; the audit on disk must be untouched.
    echo "tests/nvim: FAIL: $name: jo.audit.md was changed on disk" >&2
    status=1
  fi
  if [[ $status -eq 0 ]]; then
    echo "tests/nvim: ok: $name"
    passed=$((passed + 1))
  else
    echo "tests/nvim: FAILED: $name (exit status $status)" >&2
    failed=$((failed + 1))
  fi
}

run_case "setup(), diagnostics and a code action" code_action_test.lua
run_case "setup() without settings" defaults_test.lua
run_case "lsp/caselint.lua for vim.lsp.enable and nvim-lspconfig" lspconfig_test.lua

echo "nvim: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
