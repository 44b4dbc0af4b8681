#!/bin/sh
# Hostile candidate: makes an empty output, then exits 0 while a background child still holds stdout
# and stderr open (usage: child-holds-stdout.sh SOURCE OUT [SECONDS]). It waits (up to 5 s) until
# the child runs `sleep` itself, so the harness always finds it under that name, however loaded the
# machine is.
mkdir -p "$2"
sleep "${3:-60}" &
child=$!
tries=0
while [ "$tries" -lt 500 ] && ! tr '\0' ' ' <"/proc/$child/cmdline" 2>/dev/null | grep -q '^sleep '; do
  sleep 0.01
  tries=$((tries + 1))
done
exit 0
