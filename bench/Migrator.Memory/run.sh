#!/usr/bin/env bash
# Peak memory of `migrate` over exports of empty `Message: 1` blocks (issue 9): a benchmark, not a test.
# Usage: bench/Migrator.Memory/run.sh [sizes in MB, default "20 1024"]
# Generates each export in a temp folder (after checking free disk), migrates it with the Release build
# under /usr/bin/time -v, and prints the peak RSS, wall time, totals and report size. Aim: < 300 MB peak.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
sizes="${*:-20 1024}"
work="$(mktemp -d "${TMPDIR:-/tmp}/mailmig-bench-memory.XXXXXX")"
trap 'rm -rf "$work"' EXIT

dotnet build "$repo/src/Cli" -c Release -o "$work/cli" >/dev/null
for mb in $sizes; do
  need_kb=$(( mb * 1024 * 2 + 1024 * 1024 ))
  free_kb=$(df -Pk "$work" | awk 'NR==2 {print $4}')
  if (( free_kb < need_kb )); then
    echo "skip ${mb} MB: ${free_kb} KB free, ${need_kb} KB needed" >&2
    continue
  fi

  export_file="$work/empty-blocks-${mb}mb.txt"
  # `yes` ends on SIGPIPE when `head` has enough: not an error here.
  { printf 'Mailbox: Smith, Grover\r\n\r\n'; yes $'Message: 1\r' | head -c $(( mb * 1024 * 1024 )) || true; } > "$export_file"
  rm -rf "$work/out"
  set +e
  /usr/bin/time -v dotnet "$work/cli/MailMig.Fidelity.Cli.dll" migrate --source "$export_file" --out "$work/out" --time-zone UTC \
    > "$work/stdout.txt" 2> "$work/time.txt"
  code=$?
  set -e
  rss=$(awk -F: '/Maximum resident set size/ {gsub(/ /, "", $2); print $2}' "$work/time.txt")
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/time.txt")
  report=$(stat -c %s "$work/out/migration-report.json")
  totals=$(tr -d ' \n' < "$work/out/migration-report.json" | grep -o '"totals":{[^}]*}' || true)
  printf '%6s MB export: exit %s, peak RSS %s MB, wall %s, report %s bytes, %s\n' "$mb" "$code" "$(( rss / 1024 ))" "$wall" "$report" "$totals"
  rm -f "$export_file"
done
