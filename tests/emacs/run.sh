#!/usr/bin/env bash
# Emacs (eglot) against the real caselint language server: open an audit, see T001, apply
# its reflective rewrite as a code action. Fails, never skips, when emacs, eglot or the
# binary is missing.
#
#   tests/emacs/run.sh                 # uses target/debug/caselint, building it if missing
#   CASELINT_BIN=/path/to/caselint tests/emacs/run.sh
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
die() {
  echo "tests/emacs: FAIL: $*" >&2
  exit 1
}

command -v emacs >/dev/null 2>&1 ||
  die "emacs is not installed (on Debian: apt-get install -y emacs-nox elpa-eglot)"
emacs --batch -q --eval '(require (quote eglot))' >/dev/null 2>&1 ||
  die "eglot is not available to emacs (on Debian: apt-get install -y elpa-eglot)"

if [[ -n "${CASELINT_BIN:-}" ]]; then
  bin=$(cd "$(dirname "$CASELINT_BIN")" && pwd)/$(basename "$CASELINT_BIN")
else
  bin="$repo/target/debug/caselint"
  [[ -x "$bin" ]] || (cd "$repo" && cargo build --quiet) || die "cargo build failed"
fi
[[ -x "$bin" ]] || die "caselint binary not found: $bin"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat >"$work/jo.audit.md" <<'AUDIT'
---
child: Jo
audit-date: 2026-11-20
---

## Planning

Judgement: Requires improvement

### Evidence
The social worker did not visit Jo at home.
AUDIT

echo "tests/emacs: $(emacs --version | head -n 1), server $bin"
CASELINT_BIN="$bin" AUDIT_FILE="$work/jo.audit.md" HOME="$work" \
  timeout 120 emacs --batch -q -l "$repo/tests/emacs/eglot_test.el" ||
  die "the eglot test failed (see above)"
