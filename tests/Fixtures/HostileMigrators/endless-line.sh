#!/bin/sh
# Hostile candidate: prints BYTES bytes without a single newline on stdout or stderr, then exits 0
# (usage: endless-line.sh SOURCE OUT BYTES stdout|stderr).
mkdir -p "$2"
if [ "${4:-stdout}" = stderr ]; then
  head -c "${3:-1073741824}" /dev/zero | tr '\0' x >&2
else
  head -c "${3:-1073741824}" /dev/zero | tr '\0' x
fi
exit 0
