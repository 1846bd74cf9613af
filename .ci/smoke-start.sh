#!/usr/bin/env bash
# `npm start` against the PostgreSQL server in DATABASE_URL: the first start migrates and loads the
# demo data, the home page and the five topic fields are served, a second start applies nothing.
set -euo pipefail
: "${DATABASE_URL:?DATABASE_URL must point at a PostgreSQL server}"
cd "$(dirname "$0")/.."
db="wiw_smoke_$$"
admin_url="$DATABASE_URL"
psql -q "$admin_url" -c "CREATE DATABASE $db"
url="$(node -e 'const u = new URL(process.argv[1]); u.pathname = "/" + process.argv[2]; console.log(u.toString())' "$admin_url" "$db")"
port="$(node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })')"
log="$(mktemp)"
pid=""
cleanup() {
  [ -n "$pid" ] && kill -- "-$pid" 2>/dev/null || true
  psql -q "$admin_url" -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null || true
  rm -f "$log"
}
trap cleanup EXIT

start() {
  # The README's command, in its own process group so that stopping it stops the server too.
  DATABASE_URL="$url" PORT="$port" HOST=127.0.0.1 setsid npm start >"$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 90); do
    curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null && return 0
    kill -0 "$pid" 2>/dev/null || { cat "$log"; echo "server exited"; exit 1; }
    sleep 2
  done
  cat "$log"; echo "server did not become ready"; exit 1
}
stop() { kill -- "-$pid"; wait "$pid" 2>/dev/null || true; pid=""; }

start
curl -sf -H 'accept: text/html' "http://127.0.0.1:$port/" | grep -q '<html lang="de">'
fields="$(curl -sf "http://127.0.0.1:$port/graphql" -H 'content-type: application/json' \
  -d '{"query":"{ topicFields { key title progress projects { title } } }"}')"
count="$(node -e 'console.log(JSON.parse(process.argv[1]).data.topicFields.length)' "$fields")"
[ "$count" = 5 ] || { echo "expected 5 topic fields, got: $fields"; exit 1; }
migrations="$(psql -tA "$url" -c 'SELECT count(*) FROM _prisma_migrations WHERE finished_at IS NOT NULL')"
[ "$migrations" -ge 1 ] || { echo "no migrations recorded"; exit 1; }
stop
start
grep -q 'Database schema is up to date.' "$log" || { cat "$log"; echo "second start applied migrations again"; exit 1; }
stop
echo "smoke: npm start served 5 topic fields on PostgreSQL; $migrations migration(s) recorded; second start applied nothing"
