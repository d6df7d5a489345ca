# Source this (". .ci/node-env.sh") to get Node >= 22.12 first on PATH.
# When the system Node is older (Node 20 here is past end of life), Node 24 is
# installed from the npm registry's `node` package into .tools/ (git-ignored).
if [ -n "${BASH_VERSION:-}" ]; then
  _sl_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
else
  _sl_root="${SOURCELIGHT_ROOT:-$(pwd)}"
fi
_sl_ok() { node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?0:1)' 2>/dev/null; }
if ! _sl_ok; then
  export PATH="$_sl_root/.tools/node_modules/.bin:$PATH"
  if ! _sl_ok; then
    echo "sourcelight: system Node is $(node --version 2>/dev/null || echo missing); installing Node 24 into .tools/ ..." >&2
    npm install --prefix "$_sl_root/.tools" --no-audit --no-fund --loglevel=error node@24 >&2 || {
      echo "sourcelight: could not install Node 24; install Node >= 22.12 yourself." >&2
      return 1 2>/dev/null || exit 1
    }
  fi
fi
unset -f _sl_ok
