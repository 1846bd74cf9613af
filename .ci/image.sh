#!/usr/bin/env bash
# CI: builds the production image from docker/Dockerfile and tests it as an operator runs it
# (docker/test/image-smoke.ts: two replicas on an empty PostgreSQL behind Caddy with TLS, SMTP,
# the first administrator, SIGTERM, backup and restore). Needs DATABASE_URL (a PostgreSQL server on
# loopback), root (to start Docker's engine when it is not running), debootstrap and caddy.
#
# The official base image (NODE_IMAGE, default node:24-bookworm-slim) is used when it is present or
# can be pulled; otherwise docker/node-base-image.sh assembles an equivalent from Debian's packages
# and this machine's Node.js. Containers use host networking: all traffic stays on 127.0.0.1.
#
#   bash .ci/image.sh [build|test]     (default: both; `test` needs DATABASE_URL)
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-all}"
image="${IMAGE:-wiw/portal:ci}"
base="${NODE_IMAGE:-node:24-bookworm-slim}"

dockerd_pid=""
cleanup() {
  rm -f docker/build-ca/ca.crt
  if [ -n "$dockerd_pid" ]; then kill "$dockerd_pid" 2>/dev/null || true; wait "$dockerd_pid" 2>/dev/null || true; fi
}
trap cleanup EXIT

if ! docker info >/dev/null 2>&1; then
  echo "image: starting Docker's engine (no bridge, no iptables: host networking only)"
  dockerd --iptables=false --bridge=none >/tmp/wiw-dockerd.log 2>&1 &
  dockerd_pid=$!
  for _ in $(seq 1 60); do docker info >/dev/null 2>&1 && break; sleep 1; done
  docker info >/dev/null 2>&1 || { cat /tmp/wiw-dockerd.log >&2; exit 1; }
fi

if [ "$mode" != test ]; then
if ! docker image inspect "$base" >/dev/null 2>&1 && ! timeout 60 docker pull -q "$base" >/dev/null 2>&1; then
  echo "image: $base cannot be pulled here; assembling an equivalent base image"
  base="wiw/node-base:bookworm"
  docker image inspect "$base" >/dev/null 2>&1 || bash docker/node-base-image.sh "$base"
fi

# Build-time trust for a TLS-inspecting proxy between this machine and the npm registry (never in
# the runtime image: see docker/build-ca/README.md).
ca="${NODE_EXTRA_CA_CERTS:-/etc/ssl/certs/ca-certificates.crt}"
[ -f "$ca" ] && cp "$ca" docker/build-ca/ca.crt

begin=$SECONDS
docker build --network host --build-arg NODE_IMAGE="$base" -f docker/Dockerfile -t "$image" . >/tmp/wiw-image-build.log 2>&1 \
  || { tail -60 /tmp/wiw-image-build.log >&2; exit 1; }
size="$(docker image inspect -f '{{.Size}}' "$image" | awk '{printf "%d MB", $1/1e6}')"
modules="$(docker run --rm --network none --entrypoint du "$image" -sm /app/node_modules | cut -f1)"
echo "image: built $image on $base in $((SECONDS - begin)) s: $size, node_modules $modules MB"
fi

[ "$mode" = build ] && exit 0
: "${DATABASE_URL:?DATABASE_URL must point at a PostgreSQL server}"

npx tsc -p docker/test/tsconfig.json
IMAGE="$image" SWC_NODE_PROJECT=docker/test/tsconfig.json node -r @swc-node/register docker/test/image-smoke.ts
