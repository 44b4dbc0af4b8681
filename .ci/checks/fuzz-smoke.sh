#!/usr/bin/env bash
# Fuzzing smoke run (fuzz/README.md): the whole campaign pipeline — build fuzz/Targets, instrument
# with the pinned SharpFuzz tool, afl-fuzz (installed by .ci/install-deps.sh) — runs the address
# target for 20 seconds; it must execute inputs and find no crash and no hang. The real campaigns
# run by hand, outside CI; their corpora replay in dotnet test.
set -euo pipefail
trap 'echo "fuzz-smoke: failed at line $LINENO: $BASH_COMMAND (exit $?)"' ERR
cd "$(dirname "$0")/../.."
FUZZ_SECONDS=20 bash fuzz/run.sh address 1
stats=artifacts/fuzz/address/default/fuzzer_stats
value() { grep -E "^$1 " "$stats" | sed -E 's/.*: *//'; }
execs=$(value execs_done); crashes=$(value saved_crashes); hangs=$(value saved_hangs)
echo "fuzz-smoke: address: $execs executions, $crashes crashes, $hangs hangs"
[ "$execs" -gt 0 ] || { echo "fuzz-smoke: afl-fuzz executed nothing"; exit 1; }
[ "$crashes" -eq 0 ] && [ "$hangs" -eq 0 ] || { echo "fuzz-smoke: findings in artifacts/fuzz/address/default/{crashes,hangs}"; exit 1; }
