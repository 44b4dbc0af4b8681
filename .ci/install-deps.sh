#!/usr/bin/env bash
# Installs the system programs the tests need, when missing (Debian/Ubuntu): bubblewrap (bwrap, the
# gate's sandbox), libxml2-utils (xmllint, the JUnit schema check), dovecot-imapd (dovecot, the
# throwaway IMAP server of scripts/imap-test-server.sh) and afl++ (afl-fuzz, the fuzz campaigns'
# smoke run, fuzz/README.md). Idempotent and quiet: does nothing when all are there, else one
# apt-get update and one apt-get install. Tests needing a program skip with "missing dependency: …"
# without it.
set -euo pipefail
declare -A package_of=([bwrap]=bubblewrap [xmllint]=libxml2-utils [dovecot]=dovecot-imapd [afl-fuzz]=afl++)
missing=()
for program in "${!package_of[@]}"; do
  command -v "$program" >/dev/null 2>&1 || missing+=("${package_of[$program]}")
done
[ "${#missing[@]}" -eq 0 ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-deps: missing ${missing[*]} and no apt-get here; install them by hand" >&2
  exit 1
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq >/dev/null
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-deps: installed ${missing[*]}"
