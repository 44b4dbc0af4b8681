#!/usr/bin/env bash
# The HTML report of a run with a difference, rendered in headless Chromium: the rendered DOM (not
# the file) must name the differing message and field. Installs Debian's chromium when missing.
set -euo pipefail
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
snapshot=$(find "$work/corpora/$case/verified" -name '*.verified.txt' | LC_ALL=C sort | head -1)
# One changed byte in the subject line of one approved snapshot.
sed -i '0,/^subject: "/s/^subject: "/subject: "#/' "$snapshot"
name=${snapshot#"$work/corpora/$case/verified/"}
name=${name%.verified.txt}

set +e
dotnet run --project src/Cli --no-build -- run --corpora "$work/corpora" --report "$work/report" >"$work/run.log" 2>&1
rc=$?
set -e
[ "$rc" -eq 1 ] || { echo "expected the run to fail with exit 1, got $rc"; cat "$work/run.log"; exit 1; }

dom="$work/dom.html"
chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
  --no-first-run --disable-sync --user-data-dir="$work/chromium" --dump-dom "file://$work/report/$case/report.html" >"$dom" 2>"$work/chromium.log"
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
