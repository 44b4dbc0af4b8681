#!/bin/sh
# Hostile candidate: writes beside its output ({out}/../x) and to an absolute path, then exits 0
# (usage: write-outside.sh SOURCE OUT ABSOLUTE-PATH).
mkdir -p "$2"
echo escaped > "$2/../x"
echo escaped > "$3"
exit 0
