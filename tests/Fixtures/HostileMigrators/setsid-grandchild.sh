#!/bin/sh
# Hostile candidate: double-forks a grandchild into its own session (setsid) with its streams closed,
# so it outlives the candidate, escapes its process group and holds no pipe
# (usage: setsid-grandchild.sh SOURCE OUT SECONDS; SECONDS also marks the grandchild's command line).
mkdir -p "$2"
setsid sh -c 'sleep "$1" </dev/null >/dev/null 2>&1 &' sh "${3:-60}" </dev/null >/dev/null 2>&1
sleep 0.3
exit 0
