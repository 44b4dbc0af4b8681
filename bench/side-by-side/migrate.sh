#!/usr/bin/env bash
# Side by side, in one run on one generated bulk post office: `generate` (against an older CLI's, with BEFORE),
# the MimeKit write floors (MigrateFloors: one mbox, an eml tree) and `migrate --target mbox|eml|exchange55`, each against its floor
# (exchange55 against the mbox floor: one stream of files per mailbox, as mbox): throughput, ratio, peak RSS.
# A benchmark, not a test; docs/migrator.md "Performance" has the numbers and what the floors leave out.
#
# Usage: bench/side-by-side/migrate.sh [messages, default 100000]
#   CLI=<dir>    measure an already built Release CLI in <dir> (e.g. an older commit's, for "before")
#   REPEAT=<n>   run every measurement n times, interleaved, and keep the fastest (default 1)
#   KEEP=1       keep the work folder (default: deleted)
#   PO=<dir>     measure this already generated post office (`generate --profile bulk --seed 1 --messages N`)
#   PARALLELISM=<n> pass --parallelism n to migrate (when the CLI has it)
#   STAGES="..." what to measure, of: generate mbox eml exchange55 (default all four)
#   BEFORE=<dir> also measure `generate` with the Release CLI in <dir> (e.g. main's), interleaved with ours:
#                before and after from one run (issue 15)
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
messages="${1:-100000}"
repeat="${REPEAT:-1}"
work="$(mktemp -d "${TMPDIR:-/tmp}/mailmig-side-by-side.XXXXXX")"
[[ "${KEEP:-0}" == 1 ]] || trap 'rm -rf "$work"' EXIT

# Free disk first: the store (~1 KB a message), one output at a time (an eml tree ~4 KB a message in 4 KB
# blocks, one inode each), and 1 GB to spare.
need_kb=$(( messages * 6 + 1024 * 1024 ))
free_kb=$(df -Pk "$work" | awk 'NR==2 {print $4}')
free_inodes=$(df -Pi "$work" | awk 'NR==2 {print $4}')
if (( free_kb < need_kb )) || { [[ "$free_inodes" =~ ^[0-9]+$ ]] && (( free_inodes < messages * 2 )); }; then
  echo "not enough room in $work: ${free_kb} KB and ${free_inodes} inodes free, ${need_kb} KB and $(( messages * 2 )) inodes needed" >&2
  exit 2
fi

cli="${CLI:-$work/cli}"
if [[ -z "${CLI:-}" ]]; then
  dotnet build "$repo/src/Cli" -c Release -o "$cli" >/dev/null
fi
stages=" ${STAGES:-generate mbox eml exchange55} "
has() { [[ "$stages" == *" $1 "* ]]; }
po="${PO:-$work/gen/po}"
if has mbox || has eml || has exchange55; then
  dotnet build "$repo/bench/side-by-side/MigrateFloors" -c Release -o "$work/floors" >/dev/null
  if [[ -z "${PO:-}" ]]; then
    dotnet "$cli/MailMig.Fidelity.Cli.dll" generate --profile bulk --messages "$messages" --seed 1 --format db8 --out "$work/gen" >/dev/null
  fi
fi
extra=()
[[ -n "${PARALLELISM:-}" ]] && extra=(--parallelism "$PARALLELISM")
# generate: the bulk profile in both formats (db8 and export), as `generate --profile bulk` writes it.
gen_args=(generate --profile bulk --messages "$messages" --seed 1 --out "$work/out")

declare -A best_wall best_rss best_cpu
# measure <name> <command...>: runs it under /usr/bin/time -v into a fresh output folder, keeps the fastest run.
measure() {
  local name="$1"; shift
  rm -rf "$work/out"
  local code=0
  /usr/bin/time -v "$@" > "$work/stdout.txt" 2> "$work/time.txt" || code=$?
  if (( code > 1 )); then
    echo "$name failed with exit $code:" >&2; tail -5 "$work/stdout.txt" "$work/time.txt" >&2; exit 1
  fi
  local wall rss cpu
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2, p, ":"); s=0; for (i=1; i<=n; i++) s=s*60+p[i]; print s}' "$work/time.txt")
  rss=$(awk -F': ' '/Maximum resident set size/ {print int($2/1024)}' "$work/time.txt")
  cpu=$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {printf "%.1f+%.1f", u, s}' "$work/time.txt")
  if [[ -z "${best_wall[$name]:-}" ]] || awk -v a="$wall" -v b="${best_wall[$name]}" 'BEGIN {exit !(a < b)}'; then
    best_wall[$name]=$wall; best_rss[$name]=$rss; best_cpu[$name]=$cpu
  fi
  rm -rf "$work/out"
}

for ((r = 1; r <= repeat; r++)); do
  if has generate; then
    [[ -n "${BEFORE:-}" ]] && measure "generate before" dotnet "$BEFORE/MailMig.Fidelity.Cli.dll" "${gen_args[@]}"
    measure "generate" dotnet "$cli/MailMig.Fidelity.Cli.dll" "${gen_args[@]}"
  fi
  if has mbox; then
    measure "floor mbox" dotnet "$work/floors/MailMig.Fidelity.MigrateFloors.dll" mbox "$po" "$work/out"
    measure "migrate mbox" dotnet "$cli/MailMig.Fidelity.Cli.dll" migrate --source "$po" --out "$work/out" --target mbox "${extra[@]}"
  fi
  if has eml; then
    measure "floor eml" dotnet "$work/floors/MailMig.Fidelity.MigrateFloors.dll" eml "$po" "$work/out"
    measure "migrate eml" dotnet "$cli/MailMig.Fidelity.Cli.dll" migrate --source "$po" --out "$work/out" --target eml "${extra[@]}"
  fi
  if has exchange55; then
    has mbox || measure "floor mbox" dotnet "$work/floors/MailMig.Fidelity.MigrateFloors.dll" mbox "$po" "$work/out"
    measure "migrate exchange55" dotnet "$cli/MailMig.Fidelity.Cli.dll" migrate --source "$po" --out "$work/out" --target exchange55 "${extra[@]}"
  fi
done

echo "$messages bulk messages, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), best of $repeat, script at $(git -C "$repo" rev-parse --short HEAD), cli ${CLI:-built from it}"
printf '%-20s %9s %10s %7s %13s %9s\n' "run" "wall s" "msg/s" "ratio" "cpu user+sys" "peak MB"
row() {
  local name="$1" floor="$2"
  awk -v n="$messages" -v name="$name" -v w="${best_wall[$name]}" -v fw="${best_wall[$floor]}" -v cpu="${best_cpu[$name]}" -v rss="${best_rss[$name]}" \
    'BEGIN {printf "%-20s %9.2f %10.0f %6.2fx %13s %9d\n", name, w, n / w, fw / w, cpu, rss}'
}
# generate has no floor: its ratio is to the BEFORE CLI's generate when there is one.
if has generate; then
  [[ -n "${BEFORE:-}" ]] && row "generate before" "generate before"
  if [[ -n "${BEFORE:-}" ]]; then row "generate" "generate before"; else row "generate" "generate"; fi
fi
if has mbox; then row "floor mbox" "floor mbox"; row "migrate mbox" "floor mbox"; fi
if has eml; then row "floor eml" "floor eml"; row "migrate eml" "floor eml"; fi
has exchange55 && row "migrate exchange55" "floor mbox"
true
