#!/usr/bin/env bash
# Messages per second into and out of a real IMAP server (a throwaway Dovecot on loopback, started by
# scripts/imap-test-server.sh): `migrate --target imap://…` of a generated bulk post office, then
# `compare --actual imap://… --truth` reading every message back (which must grade Perfect).
# A benchmark, not a test; docs/formats/imap.md "Performance" has the numbers.
#
# Usage: bench/imap/throughput.sh [messages, default 10000]
#   CLI=<dir>        measure an already built Release CLI in <dir>
#   PARALLELISM=<n>  pass --parallelism n to migrate (default: the processor count)
#   KEEP=1           keep the work folder and leave the server running (default: both removed)
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
messages="${1:-10000}"
work="$(mktemp -d /tmp/mailmig-imap-bench.XXXXXX)"
chmod 755 "$work"
server="$work/server"
cleanup() { "$repo/scripts/imap-test-server.sh" stop "$server" || true; rm -rf "$work"; }
[[ "${KEEP:-0}" == 1 ]] || trap cleanup EXIT

cli="${CLI:-$work/cli}"
if [[ -z "${CLI:-}" ]]; then
  dotnet publish "$repo/src/Cli" -c Release -o "$cli" --nologo -v q >/dev/null
fi
run() { dotnet "$cli/MailMig.Fidelity.Cli.dll" "$@"; }

run generate --profile bulk --seed 1 --messages "$messages" --out "$work/gen" >/dev/null
url=$("$repo/scripts/imap-test-server.sh" start "$server")
shown=$(printf '%s' "$url" | sed -E 's#//([^:@/]*):[^@/]*@#//\1@#')
parallelism=()
[[ -n "${PARALLELISM:-}" ]] && parallelism=(--parallelism "$PARALLELISM")

seconds() { date +%s.%N; }
start=$(seconds)
run migrate --source "$work/gen/po" --target "$url" --out "$work/out" "${parallelism[@]}" >"$work/migrate.txt"
middle=$(seconds)
run compare --actual "$url" --truth "$work/gen/manifest.jsonl" --migration-report "$work/out/migration-report.json" >"$work/compare.txt" \
  || { echo "compare found differences:" >&2; grep -m5 -v '^[|+]' "$work/compare.txt" >&2; exit 1; }
end=$(seconds)

grep -q 'run grade Perfect' "$work/compare.txt" || { echo "compare did not grade the run Perfect" >&2; exit 1; }
awk -v n="$messages" -v s="$start" -v m="$middle" -v e="$end" -v url="$shown" 'BEGIN {
  printf "server: %s (Dovecot %s)\n", url, "'"$(dovecot --version | cut -d" " -f1)"'"
  printf "into the server (migrate):  %d messages in %.1f s = %.0f messages/s\n", n, m - s, n / (m - s)
  printf "out of it (compare --truth): %d messages in %.1f s = %.0f messages/s\n", n, e - m, n / (e - m)
}'
