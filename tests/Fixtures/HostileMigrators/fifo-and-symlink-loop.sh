#!/bin/sh
# Hostile candidate: leaves FIFOs where a message and the migration report belong (opening one for
# reading blocks), a symbolic link to itself and links to its own folder and its parent (a listing
# that follows links never ends), then exits 0 (usage: fifo-and-symlink-loop.sh SOURCE OUT).
mkdir -p "$2/Ann"
mkfifo "$2/Ann/000001.eml"
mkfifo "$2/migration-report.json"
ln -s loop "$2/loop"
ln -s . "$2/Ann/self"
ln -s .. "$2/up"
exit 0
