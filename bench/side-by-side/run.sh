#!/usr/bin/env bash
# Side-by-side benchmark (issue 10; issue 15 extends it to the other stages): one run generates a
# bulk post office, migrates it to eml with the Release build, and measures stages of ours against
# the floor: bench/ParseFloor, the plainest MimeKit loop over the same eml tree (one thread).
#
# Usage: bench/side-by-side/run.sh [messages, default 100000]
# Environment:
#   STAGES     stages to measure, in order (default "floor compare"); known: floor, compare, and migrate:
#              bench/side-by-side/migrate.sh on this run's post office with this run's CLI (generate, the
#              MimeKit write floors, migrate mbox/eml/exchange55), so every stage of issue 15 comes from one run
#   BENCH_WORK keep the work folder here and reuse its generated and migrated tree when it holds the
#              same number of messages from the same seed (default: a temp folder, removed at the end)
#   CLI_REPO   the repository whose CLI is measured (default this one; e.g. an export of main for "before")
# Each stage runs under /usr/bin/time -v; the script prints msg/s, peak RSS and the ratio to the floor.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
cli_repo="${CLI_REPO:-$repo}"
messages="${1:-100000}"
stages="${STAGES:-floor compare}"
if [[ -n "${BENCH_WORK:-}" ]]; then
  work="$BENCH_WORK"; mkdir -p "$work"
else
  work="$(mktemp -d "${TMPDIR:-/tmp}/mailmig-side-by-side.XXXXXX")"
  trap 'rm -rf "$work"' EXIT
fi

# Post office, export, eml tree and verified snapshots: ~16 KB of disk per message (4 KB blocks), plus 1 GB.
need_kb=$(( messages * 16 + 1024 * 1024 ))
free_kb=$(df -Pk "$work" | awk 'NR==2 {print $4}')
if (( free_kb < need_kb )); then
  echo "not enough disk in $work: ${free_kb} KB free, ${need_kb} KB needed for $messages messages" >&2
  exit 2
fi

echo "== $messages messages, stages: $stages, work: $work, $(nproc) cores, load: $(cut -d' ' -f1-3 /proc/loadavg)"
dotnet build "$cli_repo/src/Cli" -c Release -o "$work/cli" -v quiet -nologo >/dev/null
dotnet build "$repo/bench/ParseFloor" -c Release -o "$work/floor" -v quiet -nologo >/dev/null
cli=(dotnet "$work/cli/MailMig.Fidelity.Cli.dll")

# Runs one stage under /usr/bin/time -v: timed <name> <command...>; sets wall_s and rss_mb.
timed() {
  local name="$1"; shift
  set +e
  /usr/bin/time -v "$@" > "$work/$name.out" 2> "$work/$name.time"
  local code=$?
  set -e
  wall_s=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s}' "$work/$name.time")
  rss_mb=$(( $(awk -F: '/Maximum resident set size/ {gsub(/ /, "", $2); print $2}' "$work/$name.time") / 1024 ))
  cpu_s=$(awk -F': ' '/(User|System) time/ {s += $2} END {print s}' "$work/$name.time")
  echo "$name: exit $code, wall ${wall_s} s, CPU ${cpu_s} s, peak RSS ${rss_mb} MB"
}

# Seed 1, the post office bench/side-by-side/migrate.sh generates, so its stages measure the same one (PO=).
prepared="$messages messages, seed 1"
if [[ "$(cat "$work/prepared" 2>/dev/null)" != "$prepared" ]]; then
  rm -rf "$work/gen" "$work/eml" "$work/verified" "$work/prepared"
  timed generate "${cli[@]}" generate --profile bulk --messages "$messages" --seed 1 --out "$work/gen"
  timed migrate "${cli[@]}" migrate --source "$work/gen/po" --out "$work/eml"
  timed accept "${cli[@]}" accept --actual "$work/eml" --verified "$work/verified"
  echo "$prepared" > "$work/prepared"
fi
count=$(find "$work/eml" -name '*.eml' | wc -l)
echo "eml tree: $count messages"

floor_rate=""
for stage in $stages; do
  case "$stage" in
    floor) timed floor dotnet "$work/floor/parse-floor.dll" "$work/eml" ;;
    compare) timed compare "${cli[@]}" compare --actual "$work/eml" --verified "$work/verified" --truth "$work/gen/manifest.jsonl"
             grep -E '^(Snapshots|Ground truth)' "$work/compare.out" || true ;;
    migrate) PO="$work/gen/po" CLI="$work/cli" STAGES="generate mbox eml exchange55" bash "$here/migrate.sh" "$messages" | tee -a "$work/results.txt"
             continue ;;
    *) echo "unknown stage '$stage' (known: floor, compare, migrate)" >&2; exit 2 ;;
  esac
  rate=$(awk -v n="$count" -v s="$wall_s" 'BEGIN {printf "%.0f", n / s}')
  # CPU per message is what a loaded, shared machine distorts least.
  cpu_us=$(awk -v n="$count" -v s="$cpu_s" 'BEGIN {printf "%.0f", s * 1000000 / n}')
  if [[ "$stage" == floor ]]; then
    floor_rate="$rate"
    printf '%-8s %8s msg/s  %5s CPU µs/msg  peak RSS %5s MB\n' "$stage" "$rate" "$cpu_us" "$rss_mb" | tee -a "$work/results.txt"
  else
    ratio=$([[ -n "$floor_rate" ]] && awk -v a="$rate" -v b="$floor_rate" 'BEGIN {printf "%.2fx floor", a / b}' || echo "no floor")
    printf '%-8s %8s msg/s  %5s CPU µs/msg  peak RSS %5s MB  %s\n' "$stage" "$rate" "$cpu_us" "$rss_mb" "$ratio" | tee -a "$work/results.txt"
  fi
done
