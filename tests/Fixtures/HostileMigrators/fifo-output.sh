#!/bin/sh
# Hostile candidate: leaves a FIFO (named like a message) in its output, which blocks whoever opens it
# for reading (usage: fifo-output.sh SOURCE OUT).
mkdir -p "$2"
mkfifo "$2/stuck.eml"
exit 0
