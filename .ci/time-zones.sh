#!/usr/bin/env bash
# The server's own time zone must never matter. The time-sensitive suites run again with the
# Node.js process and a throwaway PostgreSQL server (initdb takes its default `timezone` from TZ)
# in Europe/Berlin — the portal's own zone, where a missing conversion goes unnoticed — and in
# America/New_York, which changes its clocks on other days. The full suite ran in UTC before.
# About two minutes (103-136 s measured on shared cores): the dashboard's day views (SQL) run in Berlin only; the rest in both zones.
set -euo pipefail
cd "$(dirname "$0")/.."

SUITES=(src/workbench src/common test/instants test/workbench-dst test/workbench-formats test/calendar)
WEB_TESTS=(src/lib/format.test.ts src/features/workbench/slot-weeks.test.ts src/features/workbench/time-format.test.ts src/features/workbench-advisor/berlin-format.test.ts src/features/coordination/audit-filters.test.ts src/features/dashboard/filters.test.ts)

for zone in Europe/Berlin America/New_York; do
  echo "--- TZ=$zone"
  extra=()
  [[ $zone == Europe/Berlin ]] && extra=(test/dashboard-kpis)
  TZ=$zone npm test -w @wiw/domain
  TZ=$zone npm test -w @wiw/web -- "${WEB_TESTS[@]}"
  TZ=$zone env -u DATABASE_URL node packages/db/bin/with-postgres.mjs -- npm test -w @wiw/api -- "${SUITES[@]}" "${extra[@]}"
done
