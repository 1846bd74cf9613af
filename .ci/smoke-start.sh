#!/usr/bin/env bash
# The README's `npm start`, as a new user would run it:
#  1. without DATABASE_URL on a fresh embedded database: ready within 60 s, German home page,
#     five topic fields;
#  2. on the PostgreSQL server in DATABASE_URL: migrates and loads demo data, `_prisma_migrations`
#     lists the migrations, and a second start applies nothing.
set -euo pipefail
: "${DATABASE_URL:?DATABASE_URL must point at a PostgreSQL server}"
cd "$(dirname "$0")/.."
admin_url="$DATABASE_URL"
db="wiw_smoke_$$"
scratch="$(mktemp -d)"
log="$scratch/server.log"
port="$(node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })')"
pid=""
cleanup() {
  [ -n "$pid" ] && kill -- "-$pid" 2>/dev/null || true
  psql -q "$admin_url" -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$scratch"
}
trap cleanup EXIT

# start ENV... : `npm start` in its own process group (so stopping it stops the server too);
# sets ready_after to the seconds it took until /health/ready answered.
ready_after=0
start() {
  env "$@" PORT="$port" HOST=127.0.0.1 setsid npm start >"$log" 2>&1 &
  pid=$!
  local begin=$SECONDS
  for _ in $(seq 1 120); do
    if curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null; then ready_after=$((SECONDS - begin)); return 0; fi
    kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; echo "server exited" >&2; exit 1; }
    sleep 1
  done
  cat "$log" >&2; echo "server did not become ready" >&2; exit 1
}
stop() { kill -- "-$pid"; wait "$pid" 2>/dev/null || true; pid=""; }

check_portal() {
  curl -sf -H 'accept: text/html' "http://127.0.0.1:$port/" | grep -q '<html lang="de">'
  local fields count
  fields="$(curl -sf "http://127.0.0.1:$port/graphql" -H 'content-type: application/json' \
    -d '{"query":"{ topicFields { key title progress projects { title } } }"}')"
  count="$(node -e 'console.log(JSON.parse(process.argv[1]).data.topicFields.length)' "$fields")"
  [ "$count" = 5 ] || { echo "expected 5 topic fields, got: $fields" >&2; exit 1; }
}

start -u DATABASE_URL PGLITE_DATA_DIR="$scratch/pglite"
check_portal
stop
[ "$ready_after" -le 60 ] || { echo "embedded start took ${ready_after}s (more than 60 s)" >&2; exit 1; }
echo "smoke: npm start on a fresh embedded database was ready in ${ready_after}s with 5 topic fields"

psql -q "$admin_url" -c "CREATE DATABASE $db"
url="$(node -e 'const u = new URL(process.argv[1]); u.pathname = "/" + process.argv[2]; console.log(u.toString())' "$admin_url" "$db")"
start DATABASE_URL="$url"
check_portal
migrations="$(psql -tA "$url" -c 'SELECT count(*) FROM _prisma_migrations WHERE finished_at IS NOT NULL')"
[ "$migrations" -ge 1 ] || { echo "no migrations recorded" >&2; exit 1; }
stop
start DATABASE_URL="$url"
grep -q 'Database schema is up to date.' "$log" || { cat "$log" >&2; echo "second start applied migrations again" >&2; exit 1; }
stop
echo "smoke: npm start on PostgreSQL recorded $migrations migration(s); a second start applied nothing"
