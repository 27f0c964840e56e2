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
# pbjs gets a copy of msg.proto without the http_path option and its import: the import pulls in
# google/protobuf/descriptor.proto, whose types would otherwise be emitted beside the messages.
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/v1"
grep -v -e '^import "v1/http.proto";$' -e 'option (yunhu\.v1\.http_path)' proto/yunhu/v1/msg.proto \
  >"$work/v1/msg.proto"
bench/node_modules/.bin/pbjs -t static-module -w es6 --no-verify --no-delimited --no-service \
  -p "$work" -o "$peers/protobufjs/yunhu.js" "$work/v1/msg.proto"
# protobufjs/minimal is CommonJS: Node's ESM loader exposes it as the default export only.
sed -i 's|^import \* as \$protobuf from "protobufjs/minimal";|import $protobuf from "protobufjs/minimal.js";|' \
  "$peers/protobufjs/yunhu.js"
bench/node_modules/.bin/pbts -o "$peers/protobufjs/yunhu.d.ts" "$peers/protobufjs/yunhu.js"
echo "peer code written to $peers"
