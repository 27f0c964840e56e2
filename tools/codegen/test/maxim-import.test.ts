import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { componentName } from "../src/maxim/component-names.js";
import { findSwaggerDefects } from "../src/maxim/find-swagger-defects.js";
import { importMaxim, maximServerSpec } from "../src/maxim/import-maxim.js";
import {
  isObject,
  type JsonObject,
  type JsonValue,
  operationsOf,
  visitObjects,
} from "../src/maxim/json-node.js";
import { swaggerFixups } from "../src/maxim/swagger-fixups.js";
import { repoRoot } from "./copy-repo.js";

const vendorPath = join(repoRoot, "../shared/reference/maxim/api-docs.json");
const vendorText = readFileSync(vendorPath, "utf8");
const vendor = (): JsonObject => JSON.parse(vendorText) as JsonObject;
const imported = importMaxim(vendorText);
const schemas = (imported.document.components as JsonObject).schemas as JsonObject;

const fixup = (name: string) => {
  const found = swaggerFixups.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no fix ${name}`);
  return found;
};
const importWith = (edit: (swagger: JsonObject) => void) => {
  const swagger = vendor();
  edit(swagger);
  return () => importMaxim(JSON.stringify(swagger));
};
const definitions = (swagger: JsonObject) => swagger.definitions as JsonObject;
const operation = (swagger: JsonObject, method: string, path: string) =>
  ((swagger.paths as JsonObject)[path] as JsonObject)[method] as JsonObject;

describe("chatwire-codegen import maxim", () => {
  it("reproduces the committed server.yaml byte for byte", () => {
    expect(imported.yaml).toBe(readFileSync(join(repoRoot, maximServerSpec), "utf8"));
  });

  it("keeps every operation: 184 operationIds, methods and paths as the vendor wrote them", () => {
    const ids = (document: JsonObject) =>
      [...operationsOf(document)]
        .map(({ method, path, operation: op }) => `${method} ${path} ${op.operationId}`)
        .sort();
    expect(ids(imported.document)).toEqual(ids(vendor()));
    expect(ids(imported.document)).toHaveLength(184);
  });

  it("keeps int64 as int64 wherever the vendor declared it", () => {
    const swagger = vendor();
    for (const [vendorName, definition] of Object.entries(definitions(swagger))) {
      const properties = (definition as JsonObject).properties as JsonObject | undefined;
      if (componentName(vendorName).endsWith("Envelope")) continue; // moved into the shared envelopes
      for (const [field, schema] of Object.entries(properties ?? {})) {
        const target = ((schemas[componentName(vendorName)] as JsonObject).properties as JsonObject)[
          field
        ] as JsonObject;
        const format = (s: JsonObject) => s.format ?? (s.items as JsonObject | undefined)?.format;
        expect(format(target), `${vendorName}.${field}`).toBe(format(schema as JsonObject));
      }
    }
    for (const { method, path, operation: op } of operationsOf(swagger)) {
      const shaped = operation(imported.document, method, path);
      for (const parameter of op.parameters as JsonObject[]) {
        if (parameter.in !== "query") continue;
        const twin = (shaped.parameters as JsonObject[]).find((p) => p.name === parameter.name) as JsonObject;
        expect((twin.schema as JsonObject).format, `${path} ${String(parameter.name)}`).toBe(
          parameter.format,
        );
      }
    }
  });

  it("carries no vendor prose: none of its sentences (descriptions, summaries) appear", () => {
    const prose = new Set<string>();
    visitObjects(vendor(), (node) => {
      for (const key of ["description", "summary"]) {
        const text = node[key];
        // Short labels ("Download avatar") are names, which the summaries derive from operationIds.
        if (typeof text === "string" && text.trim().split(/\s+/).length >= 4) prose.add(text);
      }
    });
    expect(prose.size).toBeGreaterThan(200);
    const copied = [...prose].filter((text) => imported.yaml.includes(text));
    expect(copied).toEqual([]);
  });

  it("turns the three envelope shapes into shared components", () => {
    const wrapper = (name: string) => (schemas[name] as JsonObject).allOf as JsonObject[];
    expect(wrapper("BooleanEnvelope")[0]).toEqual({ $ref: "#/components/schemas/Envelope" });
    expect(wrapper("GroupApplicationListPageEnvelope")[0]).toEqual({
      $ref: "#/components/schemas/PageEnvelope",
    });
    expect(wrapper("DeviceDtoCursorEnvelope")[0]).toEqual({ $ref: "#/components/schemas/CursorEnvelope" });
    expect(wrapper("Int64CursorEnvelope")[1]).toEqual({
      type: "object",
      properties: { data: { type: "array", items: { type: "integer", format: "int64" } } },
    });
    const envelopes = Object.keys(schemas).filter((name) => name.endsWith("Envelope"));
    expect(envelopes.length).toBe(35 + 4 + 3 - 1 + 3); // Response and Response«object» merge; 3 shared
  });

  it("marks the retry exceptions with x- extensions", () => {
    const doc = imported.document;
    expect(operation(doc, "get", "/message/ack")["x-idempotent"]).toBe(false);
    expect(operation(doc, "get", "/group/qrcode/sign")["x-idempotent"]).toBe(false);
    expect(operation(doc, "post", "/token/user")["x-idempotent"]).toBe(true);
    expect(operation(doc, "put", "/message/send")["x-idempotency-key"]).toBe("transaction_id");
    expect(operation(doc, "post", "/group/create")["x-idempotent"]).toBeUndefined();
  });
});

describe("declared fixes, each against its defect", () => {
  it("dangling-refs: the five misspelt $refs point at their unused definitions", () => {
    const swagger = vendor();
    expect(findSwaggerDefects(swagger).filter((d) => d.includes("names nothing"))).toHaveLength(10);
    expect(fixup("dangling-refs").apply(swagger)).toBe(10);
    expect(findSwaggerDefects(swagger).filter((d) => d.includes("names nothing"))).toEqual([]);
    const memberList = operation(imported.document, "get", "/group/member_list");
    expect(JSON.stringify(memberList.responses)).toContain("GroupMemberListPageEnvelope");
    const announcement = operation(imported.document, "get", "/group/announcement");
    expect(JSON.stringify(announcement.responses)).toContain(
      '"#/components/schemas/GroupAnnouncementEnvelope"',
    );
  });

  it("pipe-joined-enums: one joined string becomes the list of values (and its pattern goes)", () => {
    const setting = (schemas.Setting as JsonObject).properties as JsonObject;
    expect(setting.distribution_strategy).toEqual({
      type: "string",
      enum: ["combined", "mxpush_only", "ospush_only"],
    });
    expect(((setting.ospush_sequence as JsonObject).items as JsonObject).enum).toEqual([
      "ups",
      "fcm",
      "huawei",
      "xiaomi",
      "oppo",
      "vivo",
      "meizu",
    ]);
  });

  it("definition-names: generics and titles become valid names; an unlisted title stops the import", () => {
    expect(componentName("Response«List«GroupUserRelationResponse»»")).toBe(
      "GroupUserRelationResponseListEnvelope",
    );
    expect(componentName("PagingResponse«List« Group member format»»")).toBe("GroupMemberListPageEnvelope");
    expect(componentName("ListResponse«long»")).toBe("Int64CursorEnvelope");
    expect(componentName("ListRequest«BatchAvatarRequest»")).toBe("BatchAvatarRequestListRequest");
    expect(Object.keys(schemas).every((name) => /^[A-Za-z0-9]+$/.test(name))).toBe(true);
    const run = importWith((swagger) => {
      definitions(swagger)["Unknown title here"] = { type: "object" };
    });
    expect(run).toThrow(/definition-name: "Unknown title here" has a title with spaces/);
    expect(() => componentName("Optional«X»")).toThrow(/unknown generic Optional/);
  });

  it("raw-downloads and wildcard-media-type: answers get real media types", () => {
    const download = operation(imported.document, "get", "/file/download/chat");
    expect(
      Object.keys(((download.responses as JsonObject)["200"] as JsonObject).content as JsonObject),
    ).toEqual(["application/octet-stream"]);
    expect(imported.yaml).not.toContain("*/*");
    expect(imported.fixes.get("wildcard-media-type")).toBe(182);
  });

  it("text-bodies: the four bare-string bodies are plain text", () => {
    for (const [method, path] of [
      ["post", "/user/private"],
      ["put", "/user/private"],
      ["post", "/user/public"],
      ["put", "/user/public"],
    ] as const) {
      const body = operation(imported.document, method, path).requestBody as JsonObject;
      expect(body.content).toEqual({ "text/plain": { schema: { type: "string" } } });
    }
  });

  it("credential-headers and act-as-headers: security schemes and shared parameters", () => {
    expect(imported.document.security).toEqual([{ appId: [], accessToken: [] }, { appId: [] }]);
    expect(imported.yaml).not.toMatch(/name: (app_id|access-token)\n\s+in: header\n\s+required/);
    const send = operation(imported.document, "post", "/message/send");
    expect(send.parameters).toEqual([
      { $ref: "#/components/parameters/GroupIdHeader" },
      { $ref: "#/components/parameters/UserIdHeader" },
    ]);
    // A roster call whose user_id is a query parameter keeps it there, and takes no user_id header.
    const accept = operation(imported.document, "post", "/roster/accept");
    expect(JSON.stringify(accept.parameters)).not.toContain("UserIdHeader");
    expect(accept.parameters).toContainEqual({
      name: "user_id",
      in: "query",
      required: true,
      schema: { type: "integer", format: "int64" },
    });
    const run = importWith((swagger) => {
      const params = operation(swagger, "get", "/message/unread").parameters as JsonObject[];
      (params.find((p) => p.name === "app_id") as JsonObject).required = false;
    });
    expect(run).toThrow(/credential-header: GET \/message\/unread: app_id changed shape/);
  });

  it("placeholder-responses: only the 200 answer and a shared 4XX remain", () => {
    for (const { operation: op } of operationsOf(imported.document)) {
      expect(Object.keys(op.responses as JsonObject)).toEqual(["200", "4XX"]);
    }
  });

  it("enums-in-prose: a stored message's ctype and status list their values", () => {
    const message = (schemas.SessionMessage as JsonObject).properties as JsonObject;
    expect((message.ctype as JsonObject).enum).toEqual([
      "TEXT",
      "IMAGE",
      "AUDIO",
      "VIDEO",
      "FILE",
      "LOCATION",
      "COMMAND",
      "FORWARD",
    ]);
    expect((message.status as JsonObject).enum).toEqual(["UNREAD", "DELIVERED", "READ"]);
    expect(imported.fixes.get("enums-in-prose")).toBe(2);
  });

  it('push-audience: "all" or an object of lists', () => {
    const audience = ((schemas.PushNotifyRequest as JsonObject).properties as JsonObject)
      .audience as JsonObject;
    expect((audience.anyOf as JsonObject[])[0]).toEqual({ type: "string", enum: ["all"] });
  });
});

describe("an unknown defect stops the import, naming it", () => {
  const cases: [string, (swagger: JsonObject) => void, RegExp][] = [
    [
      "a new dangling $ref",
      (swagger) => {
        const ok = (operation(swagger, "get", "/message/unread").responses as JsonObject)[
          "200"
        ] as JsonObject;
        ok.schema = { $ref: "#/definitions/Response«Nothing»" };
      },
      /unknown-defect: no fix handles:\n.*\$ref #\/definitions\/NothingEnvelope names nothing/,
    ],
    [
      "a header no rule knows",
      (swagger) => {
        (operation(swagger, "get", "/message/unread").parameters as JsonObject[]).push({
          name: "x-trace",
          in: "header",
          required: false,
          type: "string",
        });
      },
      /GET \/message\/unread: parameter x-trace in header is not handled/,
    ],
    [
      "a form field",
      (swagger) => {
        (operation(swagger, "post", "/message/recall").parameters as JsonObject[]).push({
          name: "file",
          in: "formData",
          type: "file",
        });
      },
      /POST \/message\/recall: parameter file in formData is not handled/,
    ],
    [
      "a media type",
      (swagger) => {
        operation(swagger, "get", "/message/unread").produces = ["application/xml"];
      },
      /GET \/message\/unread: answers application\/xml/,
    ],
    [
      "an answer that is not an envelope",
      (swagger) => {
        ((operation(swagger, "get", "/message/unread").responses as JsonObject)["200"] as JsonObject).schema =
          {
            $ref: "#/definitions/UnreadDto",
          };
      },
      /GET \/message\/unread: the 200 answer #\/definitions\/UnreadDto is not an envelope/,
    ],
    [
      "an unknown tag",
      (swagger) => {
        operation(swagger, "get", "/message/unread").tags = ["Moderation"];
      },
      /tag: GET \/message\/unread: unknown tag "Moderation"/,
    ],
    [
      "an envelope of another shape",
      (swagger) => {
        const envelope = definitions(swagger)["Response«boolean»"] as JsonObject;
        (envelope.properties as JsonObject).extra = { type: "string" };
      },
      /envelope: BooleanEnvelope has fields of no known envelope/,
    ],
    [
      "a schema keyword the import does not handle",
      (swagger) => {
        ((definitions(swagger).UnreadDto as JsonObject).properties as JsonObject).num = {
          type: "integer",
          multipleOf: 2,
        } as JsonValue;
      },
      /schema: UnreadDto.num: keyword multipleOf is not handled/,
    ],
  ];
  for (const [what, edit, message] of cases) {
    it(what, () => {
      expect(importWith(edit)).toThrow(message);
    });
  }
});

describe("the message chapter", () => {
  const messageSpec = parse(readFileSync(join(repoRoot, "openapi/maxim/message.yaml"), "utf8")) as JsonObject;

  /** The facts both documents state about a schema: type, format, items, fields, required. */
  function shape(document: JsonObject, schema: JsonValue | undefined, depth = 0): JsonValue {
    if (!isObject(schema) || depth > 6) return null;
    if (typeof schema.$ref === "string") {
      const name = schema.$ref.split("/").at(-1) as string;
      return shape(document, ((document.components as JsonObject).schemas as JsonObject)[name], depth + 1);
    }
    if (Array.isArray(schema.allOf)) {
      const merged: JsonObject = { type: "object", properties: {}, required: [] };
      for (const part of schema.allOf) {
        const partShape = shape(document, part, depth + 1) as JsonObject;
        Object.assign(merged.properties as JsonObject, partShape.properties);
        (merged.required as JsonValue[]).push(...((partShape.required as JsonValue[]) ?? []));
      }
      return merged;
    }
    const type = Array.isArray(schema.type) ? schema.type.filter((t) => t !== "null")[0] : schema.type;
    const result: JsonObject = { type: type ?? null, format: schema.format ?? null };
    if (schema.items) result.items = shape(document, schema.items, depth + 1);
    if (isObject(schema.properties)) {
      result.properties = Object.fromEntries(
        Object.entries(schema.properties).map(([name, value]) => [name, shape(document, value, depth + 1)]),
      );
      result.required = [...((schema.required as string[]) ?? [])].sort();
    }
    if (schema.contentSchema) result.format = null; // message.yaml documents the JSON inside a string
    return result;
  }

  function parameters(document: JsonObject, op: JsonObject): JsonValue {
    const shared = (document.components as JsonObject).parameters as JsonObject;
    return (op.parameters as JsonObject[])
      .map((p) =>
        typeof p.$ref === "string" ? (shared[p.$ref.split("/").at(-1) as string] as JsonObject) : p,
      )
      .map((p) => ({
        name: p.name,
        in: p.in,
        required: p.required === true,
        schema: shape(document, p.schema),
      }))
      .sort((a, b) => String(a.name).localeCompare(String(b.name)));
  }

  const answer = (document: JsonObject, op: JsonObject) => {
    let response = (op.responses as JsonObject)["200"] as JsonObject;
    if (typeof response.$ref === "string") {
      response = ((document.components as JsonObject).responses as JsonObject)[
        response.$ref.split("/").at(-1) as string
      ] as JsonObject;
    }
    const schema = ((response.content as JsonObject)["application/json"] as JsonObject).schema;
    return ((shape(document, schema) as JsonObject).properties as JsonObject).data ?? null;
  };
  const body = (document: JsonObject, op: JsonObject) => {
    let requestBody = op.requestBody as JsonObject | undefined;
    if (!requestBody) return null;
    if (typeof requestBody.$ref === "string") {
      requestBody = ((document.components as JsonObject).requestBodies as JsonObject)[
        requestBody.$ref.split("/").at(-1) as string
      ] as JsonObject;
    }
    return shape(document, ((requestBody.content as JsonObject)["application/json"] as JsonObject).schema);
  };

  const chapter = [...operationsOf(messageSpec)];
  it("has the same ten operations in both documents", () => {
    const inServer = [...operationsOf(imported.document)]
      .filter(({ operation: op }) => (op.tags as string[])[0] === "message")
      .map(({ method, path }) => `${method} ${path}`)
      .sort();
    expect(chapter.map(({ method, path }) => `${method} ${path}`).sort()).toEqual(inServer);
    expect(inServer).toHaveLength(10);
  });

  for (const { method, path, operation: op } of chapter) {
    it(`${method.toUpperCase()} ${path}: same parameters, body and answer, field for field`, () => {
      const twin = operation(imported.document, method, path);
      expect(parameters(imported.document, twin)).toEqual(parameters(messageSpec, op));
      expect(body(imported.document, twin)).toEqual(body(messageSpec, op));
      expect(answer(imported.document, twin)).toEqual(answer(messageSpec, op));
    });
  }
});
