#!/usr/bin/env bash
# The HTML report of a run with a difference, rendered in headless Chromium: the rendered DOM (not
# the file) must name the differing message and field. Installs Debian's chromium when missing.
set -euo pipefail
# A failing step names itself instead of ending the check without a word.
trap 'echo "html-report: failed at line $LINENO: $BASH_COMMAND (exit $?)"' ERR
cd "$(dirname "$0")/../.."
if ! command -v chromium >/dev/null 2>&1; then
  echo "installing chromium (Debian package)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq chromium >/dev/null
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
case=q197114-attmail
mkdir -p "$work/corpora"
cp -r "corpora/$case" "$work/corpora/"
# Read the whole sorted list: "sort | head -1" under pipefail fails at random when head exits
# before sort has written everything (sort dies of SIGPIPE).
mapfile -t snapshots < <(find "$work/corpora/$case/verified" -name '*.verified.txt' | LC_ALL=C sort)
[ "${#snapshots[@]}" -gt 0 ] || { echo "html-report: no approved snapshot in corpora/$case"; exit 1; }
snapshot=${snapshots[0]}
# One changed byte in the subject line of one approved snapshot.
sed -i '0,/^subject: "/s/^subject: "/subject: "#/' "$snapshot"
name=${snapshot#"$work/corpora/$case/verified/"}
name=${name%.verified.txt}

rc=0
dotnet run --project src/Cli --no-build -- run --corpora "$work/corpora" --report "$work/report" >"$work/run.log" 2>&1 || rc=$?
[ "$rc" -eq 1 ] || { echo "expected the run to fail with exit 1, got $rc"; cat "$work/run.log"; exit 1; }

dom="$work/dom.html"
# Chromium gets a home of its own (a CI user's HOME may be read-only) and a time limit; a failed
# start is retried once and its log shown, so a failure says why.
render() {
  HOME="$work/home" timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-dev-shm-usage \
    --disable-background-networking --disable-component-update --disable-breakpad --no-first-run \
    --disable-sync --user-data-dir="$work/chromium-$1" --dump-dom "file://$work/report/$case/report.html" \
    >"$dom" 2>"$work/chromium.log"
}
mkdir -p "$work/home"
if ! render 1 && ! render 2; then
  echo "html-report: chromium could not render the report; the end of its log:"
  tail -n 20 "$work/chromium.log"
  exit 1
fi
command -v python3 >/dev/null 2>&1 || { echo "html-report: python3 is needed to read the rendered DOM"; exit 1; }
python3 - "$dom" "$name" <<'PY'
import sys, html
from html.parser import HTMLParser
dom_path, snapshot = sys.argv[1], sys.argv[2]
found = []
class P(HTMLParser):
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "article" and a.get("data-snapshot") == snapshot:
            found.append(a.get("data-fields", ""))
P().feed(open(dom_path, encoding="utf-8").read())
if not found or "subject" not in found[0].split(","):
    print(f"html-report: the rendered DOM does not show message {snapshot!r} with differing field 'subject' (found {found})")
    sys.exit(1)
print(f"html-report: the rendered DOM shows message {snapshot!r} with differing field(s) {found[0]}")
PY
