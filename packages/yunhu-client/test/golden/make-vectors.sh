#!/usr/bin/env bash
# Encodes every *.txtpb in this directory into the matching *.bin with protoc, Google's protobuf
# implementation, so the tests can compare the generated codecs against an independent encoder.
# The message type comes from the "# proto-message:" line of each file. Run after editing a
# .txtpb or proto/yunhu/v1/msg.proto; the tests themselves only read the committed outputs.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
proto_root=$(cd "$here/../../../../proto/yunhu" && pwd)
for input in "$here"/*.txtpb; do
  type=$(sed -n 's/^# proto-message: *//p' "$input" | head -n 1)
  if [[ -z "$type" ]]; then
    echo "$input: missing '# proto-message: <type>' line" >&2
    exit 1
  fi
  protoc --encode="$type" -I "$proto_root" v1/msg.proto <"$input" >"${input%.txtpb}.bin"
  echo "$(basename "$input") -> $(basename "${input%.txtpb}.bin") ($type)"
done
