#!/usr/bin/env bash
# What CI runs for the editor integrations (issue 5). Run from anywhere:
#
#   scripts/ci-editors.sh
#
# Expects the caselint binary at target/debug/caselint (the lead's .ci/run builds it first;
# it is built here if missing) or at $CASELINT_BIN. Installs Neovim from Debian when it is
# absent. Fails on the first missing tool or failed suite; it never skips one.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"

die() {
  echo "ci-editors: FAIL: $*" >&2
  exit 1
}

require() {
  command -v "$1" >/dev/null 2>&1 || die "$1 is not installed; $2"
}

require node "the VS Code extension needs Node.js 20 or later"
require npm "the VS Code extension needs npm"
require python3 "it checks editors/helix/languages.toml (3.11 or later, for tomllib)"
node_major=$(node -p 'process.versions.node.split(".")[0]')
[[ $node_major -ge 20 ]] || die "Node.js 20 or later is needed, found $(node --version)"

if ! command -v nvim >/dev/null 2>&1; then
  echo "ci-editors: installing Neovim (apt-get)"
  require apt-get "install Neovim by hand"
  apt-get update -qq || die "apt-get update failed"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq neovim >/dev/null || die "apt-get install neovim failed"
fi
require nvim "apt-get install neovim did not provide it"

if ! command -v emacs >/dev/null 2>&1 || ! emacs --batch -q --eval '(require (quote eglot))' >/dev/null 2>&1; then
  echo "ci-editors: installing Emacs and eglot (apt-get)"
  require apt-get "install emacs-nox and elpa-eglot by hand"
  apt-get update -qq || die "apt-get update failed"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq emacs-nox elpa-eglot >/dev/null ||
    die "apt-get install emacs-nox elpa-eglot failed"
fi
require emacs "apt-get install emacs-nox did not provide it"

if [[ -z "${CASELINT_BIN:-}" ]]; then
  if [[ ! -x target/debug/caselint ]]; then
    require cargo "it is needed to build target/debug/caselint"
    echo "ci-editors: building target/debug/caselint"
    cargo build --quiet || die "cargo build failed"
  fi
  export CASELINT_BIN="$repo/target/debug/caselint"
fi
[[ -x "$CASELINT_BIN" ]] || die "caselint binary not found: $CASELINT_BIN"

echo "ci-editors: helix/languages.toml"
python3 - "$repo/editors/helix/languages.toml" <<'PY' || die "editors/helix/languages.toml is not what Helix needs"
import sys, tomllib
config = tomllib.load(open(sys.argv[1], "rb"))
server = config["language-server"]["caselint"]
assert server["command"] == "caselint" and server["args"] == ["server"], server
[language] = config["language"]
assert language["language-servers"] == ["caselint"], language
globs = sorted(entry["glob"] for entry in language["file-types"])
assert globs == ["*.audit", "*.audit.md", "*.audit.txt"], globs
print("ci-editors: helix/languages.toml: 1 passed, 0 failed")
PY

echo "ci-editors: VS Code extension (npm ci, build, test, package)"
(
  cd editors/vscode
  npm ci --no-audit --no-fund
  npm run build
  npm test
  rm -f caselint-*.vsix
  npx --no-install vsce package --no-dependencies --allow-missing-repository
  ls caselint-*.vsix >/dev/null
) || die "the VS Code extension failed (see above)"

echo "ci-editors: Neovim"
tests/nvim/run.sh || die "the Neovim tests failed (see above)"

echo "ci-editors: Emacs (eglot)"
tests/emacs/run.sh || die "the Emacs eglot test failed (see above)"

echo "ci-editors: all editor suites passed"
