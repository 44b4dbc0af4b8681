#!/usr/bin/env bash
# The README's tool install, from a local pack: `dotnet pack src/Cli` makes the mailmig-fidelity
# package, `dotnet tool install --tool-path` installs it, and the installed command answers --help
# and lists the corpus from a folder outside the repository (corpora found through --corpora).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet pack src/Cli -c Release -o "$work/pack" >"$work/pack.log" 2>&1 || { cat "$work/pack.log"; exit 1; }
ls "$work/pack"/mailmig-fidelity.*.nupkg >/dev/null || { echo "no mailmig-fidelity package in $work/pack:"; ls "$work/pack"; exit 1; }
dotnet tool install --tool-path "$work/tools" --add-source "$work/pack" mailmig-fidelity >"$work/install.log" 2>&1 || { cat "$work/install.log"; exit 1; }

tool="$work/tools/mailmig-fidelity"
cd "$work"
"$tool" --help | grep -q "run" || { echo "mailmig-fidelity --help does not list the run command"; exit 1; }
listed=$("$tool" run --list --corpora "$root/corpora" | wc -l)
expected=$(find "$root/corpora" -mindepth 2 -maxdepth 2 -name case.json | wc -l)
[ "$listed" -eq "$expected" ] || { echo "mailmig-fidelity run --list printed $listed cases, corpora/ holds $expected"; exit 1; }
(cd "$root/corpora" && "$tool" run --list | wc -l | grep -qx "$expected") || { echo "mailmig-fidelity run --list inside corpora/ does not find the corpus"; exit 1; }
echo "tool-install: mailmig-fidelity packed, installed with dotnet tool install, --help and run --list ($listed cases) work outside the repository"
