import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import {
  byNamespace,
  renderCoverage,
  renderMethodNames,
  renderNamespaceRows,
  renderOperationTable,
} from "../src/generators/maxim-operations.js";
import { renderValidators } from "../src/generators/maxim-validators.js";
import type { JsonObject } from "../src/maxim/json-node.js";
import { methodNameFromPath, readMaximOperations } from "../src/maxim/operation-model.js";
import { repoRoot } from "./copy-repo.js";

const spec = "openapi/maxim/server.yaml";
const load = () => parse(readFileSync(join(repoRoot, spec), "utf8")) as JsonObject;
const committed = (path: string) =>
  readFileSync(join(repoRoot, "packages/rest-client/src/gen", path), "utf8");
const paths = (document: JsonObject) => document.paths as Record<string, JsonObject>;

describe("the MaxIM operation table", () => {
  it("reproduces the committed table and validators, the same on every run", () => {
    const document = load();
    const operations = readMaximOperations(document);
    expect(operations).toHaveLength(184);
    expect(renderOperationTable(operations, spec, "./operations")).toBe(committed("maxim-operations.ts"));
    expect(renderOperationTable(readMaximOperations(load()), spec, "./operations")).toBe(
      renderOperationTable(operations, spec, "./operations"),
    );
    expect(renderMethodNames(operations, spec)).toBe(committed("maxim-method-names.ts"));
    for (const [namespace, group] of byNamespace(operations)) {
      expect(renderNamespaceRows(namespace, group, spec), namespace).toBe(
        committed(`operations/${namespace}.ts`),
      );
    }
    const schemas = (document.components as JsonObject).schemas as JsonObject;
    const validators = renderValidators(
      operations,
      schemas,
      spec,
      "../../validation/primitives.js",
      "../operations",
    );
    for (const [file, content] of validators) expect(content, file).toBe(committed(`validators/${file}`));
  });

  it("splits the table by namespace and lists what a client needs before any call", () => {
    const operations = readMaximOperations(load());
    const groups = byNamespace(operations);
    expect([...groups.keys()]).toEqual(["file", "group", "message", "push", "roster", "token", "user"]);
    expect([...groups.values()].flat()).toEqual(operations);
    const table = renderOperationTable(operations, spec, "./operations");
    expect(table).toContain('import { groupOperations } from "./operations/group.js";');
    expect(table).toContain("  ...groupOperations,\n");
    expect(table).not.toContain('"/group/create"');
    const rows = renderNamespaceRows("token", groups.get("token") ?? [], spec);
    expect(rows).toContain("export const tokenOperations = {");
    expect(rows).toContain('    path: "/token/user",');
    const names = renderMethodNames(operations, spec);
    expect(names).toContain(
      '  token: { "id": "POST /token/id", "login": "POST /token/login", "user": "POST /token/user" },',
    );
    expect(names).not.toContain("input");
    expect(names.match(/^ {2}"\w+\.\w+",$/gm)).toEqual(
      operations.filter((op) => op.paging).map((op) => `  "${op.namespace}.${op.name}",`),
    );
  });

  it("names methods after the path, with the method as suffix on a shared path", () => {
    expect(methodNameFromPath("settings/allow_member_invitation")).toBe("settingsAllowMemberInvitation");
    expect(methodNameFromPath("register/v2")).toBe("registerV2");
    expect(() => methodNameFromPath("")).toThrow(/cannot derive a method name/);
    const calls = new Map(
      readMaximOperations(load()).map((op) => [`${op.method} ${op.path}`, `${op.namespace}.${op.name}`]),
    );
    expect(calls.get("GET /user/profile")).toBe("user.profile");
    expect(calls.get("POST /user/profile")).toBe("user.profilePost");
    expect(calls.get("PUT /user/profile")).toBe("user.profilePut");
    expect(calls.get("POST /group/kick")).toBe("group.kick");
    expect(calls.get("DELETE /group/kick")).toBe("group.kickDelete");
  });

  it("refuses two operations that would become the same function", () => {
    const document = load();
    // "/group/info_avatar" reads as infoAvatar, like "/group/info/avatar".
    paths(document)["/group/info_avatar"] = {
      post: paths(document)["/group/info/avatar"]?.post as JsonObject,
    };
    expect(() => readMaximOperations(document)).toThrow(/both become group\.infoAvatar/);
  });

  it("refuses a tag that is not the path's namespace, and a reserved namespace", () => {
    const document = load();
    ((paths(document)["/group/info"] as JsonObject).get as JsonObject).tags = ["user"];
    expect(() => readMaximOperations(document)).toThrow(/does not start with its namespace user/);
    const reserved = load();
    ((paths(reserved)["/group/info"] as JsonObject).get as JsonObject).tags = ["api"];
    expect(() => readMaximOperations(reserved)).toThrow(/cannot be a client namespace/);
  });

  it("reads retry safety from the method and the x- extensions", () => {
    const document = load();
    const get = (paths(document)["/group/info"] as JsonObject).get as JsonObject;
    get["x-idempotent"] = false;
    const row = readMaximOperations(document).find((op) => op.path === "/group/info");
    expect(row?.retry).toBe(false);
  });

  it("writes a coverage table for the README: one row per operation", () => {
    const coverage = renderCoverage(readMaximOperations(load()), spec);
    expect(coverage).toContain("184/184 operations");
    expect(coverage.match(/^\| `/gm)).toHaveLength(184);
    expect(coverage).toContain(
      "| `message.send` | POST `/message/send` | json | envelope | with `transaction_id` |",
    );
  });
});
