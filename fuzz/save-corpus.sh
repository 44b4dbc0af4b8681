#!/usr/bin/env bash
# Saves a campaign's findings as the replay corpus the tests run (fuzz/README.md): afl-cmin keeps the
# queue entries that add coverage, the smallest of them are kept up to MAX_FILES files and MAX_KB
# in total, and every minimized crash and hang is added (named crash-*/hang-*). AFL's "id:…,op:…"
# names become "id-…" (no colons, so the files check out anywhere). The target's id-* files are
# replaced; crash-*/hang-* files (the regression cases) stay: tests/CcMail.Tests/FuzzReplay/Corpus/<export|db8|address>/ or
# tests/Comparer.Tests/FuzzReplay/Corpus/<mime|manifest>/. Usage: fuzz/save-corpus.sh TARGET [MAX_FILES] [MAX_KB]
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:-}
max_files=${2:-150}
max_kb=${3:-1024}
case "$target" in
  export|db8|address) dest=tests/CcMail.Tests/FuzzReplay/Corpus/$target ;;
  mime|manifest) dest=tests/Comparer.Tests/FuzzReplay/Corpus/$target ;;
  *) echo "save-corpus.sh: TARGET must be export, db8, address, mime or manifest, not '$target'" >&2; exit 2 ;;
esac
out=artifacts/fuzz/$target
bin=artifacts/fuzz/bin-$target
[ -d "$out/default/queue" ] || { echo "save-corpus.sh: no campaign in $out; run fuzz/run.sh $target MINUTES first" >&2; exit 2; }
export AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_NO_AFFINITY=1
rm -rf "$out/cmin"
afl-cmin -i "$out/default/queue" -o "$out/cmin" -t 2000 -m none -- "$(command -v dotnet)" "$bin/MailMig.Fidelity.Fuzz.dll" "$target" >"$out/cmin.log" 2>&1 \
  || { echo "save-corpus.sh: afl-cmin failed; see $out/cmin.log" >&2; exit 1; }
mkdir -p "$dest"
rm -f "$dest"/id-*
total=0
count=0
while IFS= read -r file; do
  size=$(stat -c %s "$file")
  [ "$count" -lt "$max_files" ] && [ $((total + size)) -le $((max_kb * 1024)) ] || break
  cp "$file" "$dest/$(basename "$file" | cut -d, -f1 | tr : -)"
  total=$((total + size)); count=$((count + 1))
done < <(find "$out/cmin" -type f -printf '%s %p\n' | sort -n | cut -d' ' -f2-)
for finding in "$out"/minimized/*; do
  [ -f "$finding" ] && cp "$finding" "$dest/$(basename "$finding")"
done
echo "save-corpus.sh: $target: $(ls "$dest" | wc -l) files, $(cat "$dest"/* | wc -c) bytes in $dest (of $(ls "$out/cmin" | wc -l) after afl-cmin)"
