#!/usr/bin/env bash
# Regenerates the protobufjs static code the yunhu-codec bench measures against, from the same
# proto/yunhu/v1/msg.proto the client's codecs come from.
#   bash bench/src/yunhu-codec/generate-peers.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
cd "$root"
peers=bench/src/yunhu-codec/peers
rm -rf "$peers/protobufjs"
mkdir -p "$peers/protobufjs"
bench/node_modules/.bin/pbjs -t static-module -w es6 --no-verify --no-delimited --no-service \
  -p proto/yunhu -o "$peers/protobufjs/yunhu.js" proto/yunhu/v1/msg.proto
# protobufjs/minimal is CommonJS: Node's ESM loader exposes it as the default export only.
sed -i 's|^import \* as \$protobuf from "protobufjs/minimal";|import $protobuf from "protobufjs/minimal.js";|' \
  "$peers/protobufjs/yunhu.js"
bench/node_modules/.bin/pbts -o "$peers/protobufjs/yunhu.d.ts" "$peers/protobufjs/yunhu.js"
echo "peer code written to $peers"
