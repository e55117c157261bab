#!/usr/bin/env bash
# Headless Neovim test of the caselint plugin (editors/nvim) against the real language server.
#
#   tests/nvim/run.sh                 # uses target/debug/caselint, building it if missing
#   CASELINT_BIN=/path/to/caselint tests/nvim/run.sh
#
# Fails (non-zero, with a message) when nvim or the binary is missing, on any failed check,
# and when Neovim does not finish in time. It never skips.
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

work=$(mktemp -d "${TMPDIR:-/tmp}/caselint-nvim.XXXXXX")
trap 'rm -rf "$work"' EXIT
cp "$here/fixtures/jo.audit.md" "$work/jo.audit.md"
cp "$here/fixtures/jo.audit.md" "$work/sam.audit.txt"
printf '# Notes\n\nThe social worker did not visit.\n' >"$work/README.md"
# A root marker, so that both audits share one root (and one client) however TMPDIR is laid out.
mkdir "$work/.git"

echo "tests/nvim: $(nvim --version | head -n 1), server $bin"
status=0
CASELINT_BIN="$bin" CASELINT_TEST_DIR="$work" HOME="$work" XDG_STATE_HOME="$work/state" \
  timeout --kill-after=5 60 \
  nvim --headless --clean \
  --cmd "set rtp+=$repo/editors/nvim" \
  -c "luafile $here/code_action_test.lua" </dev/null || status=$?

if [[ $status -eq 124 || $status -eq 137 ]]; then
  die "Neovim did not finish within 60 s"
fi
if [[ $status -ne 0 ]]; then
  die "Neovim exited with status $status"
fi

# The audit on disk must be untouched: the fix was applied to the buffer only.
cmp -s "$here/fixtures/jo.audit.md" "$work/jo.audit.md" || die "jo.audit.md was changed on disk"
