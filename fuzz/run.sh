#!/usr/bin/env bash
# Runs one AFL++ campaign against one reader (fuzz/README.md): builds fuzz/Targets, instruments our
# assemblies (and MimeKit for the mime target) with the pinned SharpFuzz.CommandLine tool, fuzzes
# from fuzz/seeds/TARGET with fuzz/dict/TARGET.dict for MINUTES minutes or 1,000,000 executions,
# whichever comes first, then minimizes every crash and hang with afl-tmin and prints the stats.
# Output: artifacts/fuzz/TARGET/ (afl's out dir: default/queue, crashes, hangs, fuzzer_stats;
# minimized/ holds the minimized findings). Usage: fuzz/run.sh export|db8|address|mime|manifest MINUTES
# (FUZZ_SECONDS, when set, replaces MINUTES for a short smoke run: .ci/checks/fuzz-smoke.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
target=${1:-}
minutes=${2:-}
case "$target" in export|db8|address|mime|manifest) ;; *)
  echo "run.sh: TARGET must be export, db8, address, mime or manifest, not '$target'" >&2; exit 2 ;;
esac
[[ "$minutes" =~ ^[0-9]+$ ]] && [ "$minutes" -gt 0 ] || { echo "run.sh: MINUTES must be a positive whole number, not '$minutes'" >&2; exit 2; }
command -v afl-fuzz >/dev/null || { echo "run.sh: afl-fuzz is missing; run .ci/install-deps.sh" >&2; exit 2; }

out=$root/artifacts/fuzz/$target
bin=$root/artifacts/fuzz/bin-$target
[ -d fuzz/seeds/$target ] || fuzz/make-seeds.sh
rm -rf "$out" "$bin"
mkdir -p "$out"
dotnet tool restore >/dev/null
dotnet build fuzz/Targets -c Release -o "$bin" -v q -nologo >/dev/null
dlls=(MailMig.Fidelity.CcMail.dll MailMig.Fidelity.Comparer.dll)
[ "$target" = mime ] && dlls+=(MimeKit.dll)
for dll in "${dlls[@]}"; do dotnet sharpfuzz "$bin/$dll" >/dev/null; done

export AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_NO_UI=1 AFL_NO_AFFINITY=1 \
  AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SHUFFLE_QUEUE=0 DOTNET_TieredPGO=0
seconds=${FUZZ_SECONDS:-$((minutes * 60))}
run=("$(command -v dotnet)" "$bin/MailMig.Fidelity.Fuzz.dll" "$target")
echo "run.sh: afl-fuzz -i fuzz/seeds/$target -o $out -x fuzz/dict/$target.dict -t 2000 -m none -V $seconds -E 1000000 -- ${run[*]}"
afl-fuzz -i "fuzz/seeds/$target" -o "$out" -x "fuzz/dict/$target.dict" -t 2000 -m none \
  -V "$seconds" -E 1000000 -- "${run[@]}" >"$out/afl.log" 2>&1 || { tail -n 30 "$out/afl.log" >&2; exit 1; }

mkdir -p "$out/minimized"
for finding in "$out"/default/crashes/id:* "$out"/default/hangs/id:*; do
  [ -f "$finding" ] || continue
  kind=$(basename "$(dirname "$finding")")
  afl-tmin -i "$finding" -o "$out/minimized/$kind-$(basename "$finding" | cut -d, -f1 | tr : -)" -t 2000 -m none -- "${run[@]}" >/dev/null 2>&1 || true
done
stats=$out/default/fuzzer_stats
echo "run.sh: $target: $(grep -E '^(run_time|execs_done|execs_per_sec|corpus_count|saved_crashes|saved_hangs) ' "$stats" | tr -s ' ' | tr '\n' ' ')"
