#!/usr/bin/env bash
# The peer codecs the benchmarks measure against (protobufjs static code, protobuf-es code) are
# generated from proto/ into git-ignored bench/src/*/peers/, never committed. A stamp holds the hash
# of everything the output depends on, so a bench or typecheck regenerates only when that changed.
#   bash bench/scripts/peers.sh           regenerate when stale
#   bash bench/scripts/peers.sh --check   exit 1 when missing or stale, write nothing
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
stamp=bench/src/.peers-stamp

inputs_hash() {
  {
    cat proto/openim/*.proto proto/openim/ffi-mapping.yaml proto/yunhu/v1/*.proto
    cat bench/src/openim/generate-peers.sh bench/src/openim/buf.gen.yaml bench/src/yunhu-codec/generate-peers.sh
    node -p 'require("./bench/node_modules/protobufjs-cli/package.json").version'
    node -p 'require("./bench/node_modules/@bufbuild/protoc-gen-es/package.json").version'
    node -p 'require("./node_modules/@bufbuild/buf/package.json").version'
  } | sha256sum | cut -d' ' -f1
}

want="$(inputs_hash)"
have="$(cat "$stamp" 2>/dev/null || true)"
if [ "$want" = "$have" ]; then exit 0; fi
if [ "${1:-}" = "--check" ]; then
  echo "bench peers are ${have:+stale}${have:-missing}: run bash bench/scripts/peers.sh" >&2
  exit 1
fi
rm -f "$stamp"
bash bench/src/openim/generate-peers.sh
bash bench/src/yunhu-codec/generate-peers.sh
echo "$want" >"$stamp"
