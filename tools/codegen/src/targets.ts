import type { Generator } from "./generator.js";
import { ffiRegistryGenerator } from "./generators/ffi-registry/generator.js";
import { maximAttachmentGenerator } from "./generators/maxim-attachment.js";
import { maximOperationsGenerator } from "./generators/maxim-operations.js";
import { maximValidatorsGenerator } from "./generators/maxim-validators.js";
import { openApiGenerator } from "./generators/openapi-types.js";
import { protobufCodecsGenerator } from "./generators/protobuf-codecs/generator.js";
import { yunhuEndpointsGenerator } from "./generators/yunhu-endpoints.js";

/** Every generated output of the repository. Each package's `src/gen` is owned entirely by codegen. */
export const ownedDirs = [
  "packages/openim-types/src/gen",
  "packages/rest-client/src/gen",
  "packages/yunhu-client/src/gen",
] as const;

export const generators: readonly Generator[] = [
  protobufCodecsGenerator({
    name: "openim codecs",
    specDir: "proto/openim",
    outDir: "packages/openim-types/src/gen",
  }),
  ffiRegistryGenerator({
    name: "openim ffi registry",
    specDir: "proto/openim",
    mapping: "proto/openim/ffi-mapping.yaml",
    outFile: "packages/openim-types/src/gen/ffi-registry.ts",
    readme: "packages/openim-types/README.md",
  }),
  protobufCodecsGenerator({
    name: "yunhu codecs",
    specDir: "proto/yunhu",
    // http.proto only declares the path option; its messages are not part of the API.
    paths: ["proto/yunhu/v1/msg.proto"],
    outDir: "packages/yunhu-client/src/gen",
  }),
  openApiGenerator({
    name: "maxim server types",
    spec: "openapi/maxim/server.yaml",
    typesFile: "packages/rest-client/src/gen/maxim-server.ts",
    int64AsNumberOrBigint: true,
  }),
  maximOperationsGenerator({
    name: "maxim operation table",
    spec: "openapi/maxim/server.yaml",
    outFile: "packages/rest-client/src/gen/maxim-operations.ts",
    namespaceDir: "packages/rest-client/src/gen/operations",
    namesFile: "packages/rest-client/src/gen/maxim-method-names.ts",
    readme: "packages/rest-client/README.md",
  }),
  maximValidatorsGenerator({
    name: "maxim validators",
    spec: "openapi/maxim/server.yaml",
    outDir: "packages/rest-client/src/gen/validators",
    primitives: "../../validation/primitives.js",
    operations: "../operations",
  }),
  maximAttachmentGenerator({
    name: "maxim attachment validator",
    spec: "openapi/maxim/message.yaml",
    component: "AttachmentInfo",
    outFile: "packages/rest-client/src/gen/maxim-attachment.ts",
    primitives: "../validation/primitives.js",
  }),
  yunhuEndpointsGenerator({
    name: "yunhu endpoint table",
    specDir: "proto/yunhu",
    pathOption: "yunhu.v1.http_path",
    outFile: "packages/yunhu-client/src/gen/endpoints.ts",
  }),
  openApiGenerator({
    name: "yunhu json types",
    spec: "openapi/yunhu/msg-json.yaml",
    typesFile: "packages/yunhu-client/src/gen/msg-json.ts",
  }),
];
