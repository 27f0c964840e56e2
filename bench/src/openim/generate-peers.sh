#!/usr/bin/env bash
# Regenerates the peer codecs the openim bench measures against, from the same proto/openim files:
# protobufjs static code (pbjs/pbts) and protobuf-es code (protoc-gen-es through buf).
#   bash bench/src/openim/generate-peers.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
cd "$root"
peers=bench/src/openim/peers
rm -rf "$peers/protobufjs" "$peers/es"
mkdir -p "$peers/protobufjs"
bench/node_modules/.bin/pbjs -t static-module -w es6 --no-verify --no-delimited --no-service \
  -p proto/openim -o "$peers/protobufjs/openim.js" proto/openim/{common,shared,message,event,ffi}.proto
# protobufjs/minimal is CommonJS: Node's ESM loader exposes it as the default export only.
sed -i 's|^import \* as \$protobuf from "protobufjs/minimal";|import $protobuf from "protobufjs/minimal.js";|' \
  "$peers/protobufjs/openim.js"
bench/node_modules/.bin/pbts -o "$peers/protobufjs/openim.d.ts" "$peers/protobufjs/openim.js"
node_modules/.bin/buf generate proto/openim --template bench/src/openim/buf.gen.yaml
echo "peer code written to $peers"
