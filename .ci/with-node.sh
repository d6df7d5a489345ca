#!/bin/sh
# Runs a command with Node >= 22.12 first on PATH (see node-env.sh).
SOURCELIGHT_ROOT="$(cd "$(dirname "$0")/.." && pwd)"
export SOURCELIGHT_ROOT
. "$SOURCELIGHT_ROOT/.ci/node-env.sh" || exit 1
exec "$@"
