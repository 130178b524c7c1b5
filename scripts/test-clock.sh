#!/usr/bin/env bash
# The suite at shifted clocks in Vietnam's time zone (issue 13): on 1 January 2027 at 00:30 in
# Hà Nội (still 31 December in UTC) and at 31 December 2026 23:30 UTC (already 06:30 on 1 January
# in Hà Nội): a day, month and year boundary between UTC and local time.
#   npm run test:clock            unit tests (vitest), as CI runs them
#   npm run test:clock -- --e2e   the Playwright suite (the browser's own clock is fixed by
#                                 e2e/fixtures.ts; this shows the host clock does not matter)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v faketime >/dev/null || { echo "faketime is missing: apt-get install faketime" >&2; exit 1; }
if [ "${1:-}" = "--e2e" ]; then cmd=(npx playwright test); else cmd=(npx vitest run); fi
for utc in '2026-12-31 17:30:00' '2026-12-31 23:30:00'; do
  local_time=$(TZ=Asia/Ho_Chi_Minh date -d "$utc UTC" '+%Y-%m-%d %H:%M:%S')
  echo "== ${cmd[*]} at $utc UTC = $local_time in Hà Nội (TZ=Asia/Ho_Chi_Minh)"
  TZ=Asia/Ho_Chi_Minh faketime -f "@$local_time" "${cmd[@]}"
done
