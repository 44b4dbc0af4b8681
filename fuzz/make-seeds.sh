#!/usr/bin/env bash
# Builds the seed corpora under fuzz/seeds/<target>/ from generated post offices: every case in
# corpora/ is generated again from its recipe (capped at 2 users and 6 messages so seeds stay small),
# its export files, packed DB8 post office and manifest become seeds, two of the post offices are
# migrated to eml and mbox for the MIME seeds, and the export files' address lines become the address
# seeds. The export fixtures of tests/CcMail.Tests are export seeds too. Deterministic; run by
# fuzz/run.sh when fuzz/seeds/ is missing. Usage: fuzz/make-seeds.sh [work dir]
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work=${1:-$root/artifacts/fuzz/seed-work}
seeds=$root/fuzz/seeds
cli=$work/cli
rm -rf "$work" "$seeds"
mkdir -p "$work" "$seeds"/{export,db8,address,mime,manifest}
dotnet build src/Cli -c Release -o "$cli" -v q -nologo >/dev/null
dotnet build fuzz/Targets -c Release -o "$work/fuzz" -v q -nologo >/dev/null
run_cli() { dotnet "$cli/MailMig.Fidelity.Cli.dll" "$@"; }

for case_json in corpora/*/case.json; do
  case=$(basename "$(dirname "$case_json")")
  recipe=$(jq -c .recipe "$case_json")
  faults=$(jq -r '.recipe.faults | join(",")' "$case_json")
  users=$(jq -r '[.recipe.users, 2] | min' "$case_json")
  messages=$(jq -r '[.recipe.messages, 6] | min' "$case_json")
  args=(generate --profile "$(jq -r .profile <<<"$recipe")" --seed "$(jq -r .seed <<<"$recipe")"
        --users "$users" --messages "$messages" --fault-rate "$(jq -r '.faultRate // 0' <<<"$recipe")" --out "$work/gen/$case")
  [ -n "$faults" ] && args+=(--faults "$faults")
  if ! run_cli "${args[@]}" >/dev/null 2>&1; then
    # Some faults need more messages: the recipe's own size, when it is small.
    [ "$(jq -r .messages <<<"$recipe")" -le 12 ] || { echo "make-seeds: $case needs more than 12 messages; skipped" >&2; continue; }
    args[6]=$(jq -r .users <<<"$recipe"); args[8]=$(jq -r .messages <<<"$recipe")
    run_cli "${args[@]}" >/dev/null 2>&1 || { echo "make-seeds: $case did not generate; skipped" >&2; continue; }
  fi
  dotnet "$work/fuzz/MailMig.Fidelity.Fuzz.dll" pack "$work/gen/$case/po" >"$seeds/db8/$case.db8"
  n=0
  for export in "$work/gen/$case"/export/*; do
    n=$((n + 1)); cp "$export" "$seeds/export/$case-$n.txt"
  done
  head -n 4 "$work/gen/$case/manifest.jsonl" >"$seeds/manifest/$case.jsonl"
done
cp tests/CcMail.Tests/Export/Fixtures/*.exp "$seeds/export/"

# MIME: eml files of one post office, mbox files of another (the small ones only).
run_cli migrate --source "$work/gen/fault-attmail-address/po" --out "$work/eml" >/dev/null 2>&1 || true
run_cli migrate --source "$work/gen/target-mbox/po" --target mbox --out "$work/mbox" >/dev/null 2>&1 || true
n=0
while IFS= read -r -d '' file; do n=$((n + 1)); cp "$file" "$seeds/mime/eml-$n.eml"; done \
  < <(find "$work/eml" -name '*.eml' -size -6k -print0 | sort -z | head -z -n 12)
n=0
while IFS= read -r -d '' file; do n=$((n + 1)); cp "$file" "$seeds/mime/mbox-$n.mbox"; done \
  < <(find "$work/mbox" -type f -not -name '*.json' -size -12k -print0 | sort -z | head -z -n 4)

# Addresses: the values of the address lines of every export seed, one per file.
n=0
cat "$seeds"/export/* | tr -d '\r' | grep -aE '^(From|To|Cc|Bcc|RRT): ' | sed -E 's/^[A-Za-z]+: //' | LC_ALL=C sort -u >"$work/addresses"
head -n 80 "$work/addresses" |
  while IFS= read -r address; do n=$((n + 1)); printf '%s' "$address" >"$seeds/address/address-$n.txt"; done

# AFL works best on small seeds: anything over 32 KB (the 160 KB header case) is left out.
find "$seeds" -type f -size +32k -delete
for target in export db8 address mime manifest; do
  echo "make-seeds: $target: $(ls "$seeds/$target" | wc -l) seeds, $(du -sk "$seeds/$target" | cut -f1) KB"
done
