#!/bin/sh
# Hostile candidate: makes an empty output, then exits 0 while a background child still holds stdout
# and stderr open (usage: child-holds-stdout.sh SOURCE OUT [SECONDS]).
mkdir -p "$2"
sleep "${3:-60}" &
exit 0
