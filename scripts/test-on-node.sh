#!/usr/bin/env bash
# Runs the vitest suites of the given workspace packages (every published package when none are
# named) on Node.js MAJOR, against the packages as built: the binary from scripts/node-binary.sh
# goes first on PATH, so pnpm, vitest and every child process run on it. Type-level tests
# (*.test-d.ts) are left to the main run: they are tsc's verdict, the same on every Node.js.
# Not through turbo, whose cache does not know which Node.js ran a test.
#   bash scripts/test-on-node.sh 24
#   bash scripts/test-on-node.sh 22 @chatwire/errors @chatwire/http-core
set -euo pipefail
major="${1:?usage: test-on-node.sh MAJOR [package ...]}"
shift
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
bin="$(bash scripts/node-binary.sh "$major")"
export PATH="$bin:$PATH"
# node_modules were installed by another Node.js: native modules built for it (better-sqlite3)
# may not load here, and the tests that need them skip and say so instead of failing.
export CHATWIRE_FOREIGN_NODE=1
echo "node $(node --version) from $bin"
packages=("$@")
if [ ${#packages[@]} -eq 0 ]; then
  # shellcheck disable=SC2207 # package names have no spaces
  packages=($(node -e '
    const { readdirSync, readFileSync } = require("node:fs");
    for (const dir of readdirSync("packages")) {
      const manifest = JSON.parse(readFileSync(`packages/${dir}/package.json`, "utf8"));
      if (!manifest.private && manifest.scripts?.test) console.log(manifest.name);
    }'))
fi
filters=()
for package in "${packages[@]}"; do filters+=(--filter "$package"); done
# Two packages at a time: most of each run is loading modules, which overlaps well on two cores.
pnpm "${filters[@]}" --workspace-concurrency=2 run test --typecheck.enabled=false
