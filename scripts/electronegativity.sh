#!/usr/bin/env bash
# Electronegativity (Doyensec) scan of the Electron main process and preload, plus the renderer's
# index.html (so its CSP <meta> is seen; the app:// handler also sends the CSP as a header, which a
# static scanner cannot see).
#
# Usage: scripts/electronegativity.sh [output.csv]
# Prints every finding; exits 1 when a HIGH or CRITICAL finding appears (each accepted finding is
# explained in docs/data-safety.md, "Electronegativity findings").
# Offline note: the tool tries to fetch translations and Electron's release list first and waits
# ~20 s for each to fail; that is expected here and does not change the findings.
set -euo pipefail
cd "$(dirname "$0")/.."

out="${1:-${TMPDIR:-/tmp}/electronegativity-$$.csv}"
scan="$(mktemp -d)"
trap 'rm -rf "$scan"' EXIT
cp -r src-main "$scan/src-main"
cp src-renderer/index.html "$scan/index.html"

electron_version="$(node -p "require('./node_modules/electron/package.json').version")"
log="$scan/electronegativity.log"
if ! npx --no-install electronegativity -i "$scan" -o "$out" -e "$electron_version" >"$log" 2>&1; then
  cat "$log" >&2
  echo "electronegativity: the scanner itself failed" >&2
  exit 2
fi
[ -s "$out" ] || { cat "$log" >&2; echo "electronegativity: no report written" >&2; exit 2; }

# Make paths relative to the repository.
sed -i "s#$scan/##g" "$out"

echo "Electronegativity ${electron_version} findings (${out}):"
tail -n +2 "$out" | awk -F'","|,"|",' '{ printf "  %-28s %-9s %-9s %s\n", $1, $2, $3, $4 }' | sed 's/"//g'
findings="$(($(wc -l <"$out") - 1))"
high="$(tail -n +2 "$out" | grep -cE '"(HIGH|CRITICAL)"' || true)"
echo "electronegativity: ${findings} findings, ${high} high or critical"
if [ "$high" -gt 0 ]; then
  echo "electronegativity: HIGH/CRITICAL findings — fix them or explain them in docs/data-safety.md" >&2
  exit 1
fi
