#!/bin/sh
# Lint 1:1 notes in any CI. Copy into your notes repository; it needs `oneonone` on the PATH.
#   BASE=origin/main ./lint-notes.sh      only the notes this branch changes, in their series
#   ./lint-notes.sh                       every note
# Extra arguments go to `oneonone lint` (e.g. --format junit, --fail-on warning).
# Exit status: 0 clean, 1 findings that fail, 2 a usage or configuration error.
set -eu
if [ -n "${BASE:-}" ]; then
  exec oneonone lint --since "$BASE" "$@"
fi
exec oneonone lint "$@"
