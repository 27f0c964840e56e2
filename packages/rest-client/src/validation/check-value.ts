import * as v from "valibot";
import { conforms } from "./conforms.js";

type AnySchema = v.GenericSchema;

/** Where an issue happened, as `input.targets[0]` or `answer.messages[2].msg_id`. */
function pathOf(root: string, issue: v.BaseIssue<unknown>): string {
  let text = root;
  for (const item of issue.path ?? []) {
    const key = (item as { key?: unknown }).key;
    text += typeof key === "number" ? `[${key}]` : `.${String(key)}`;
  }
  return text;
}

const typeNames: Readonly<Record<string, string>> = {
  Object: "an object",
  Array: "an array",
  string: "a string",
  number: "a number",
  boolean: "a boolean",
  bigint: "a bigint",
};

/**
 * Our own wording for an issue. Valibot's default messages quote the value received, which may be
 * a password or a token, so only the expectation is named, never the value.
 */
function describe(issue: v.BaseIssue<unknown>): string {
  const requirement = (issue as { requirement?: unknown }).requirement;
  switch (issue.type) {
    case "strict_object":
      if (issue.expected === "never") return "is not a field of this input";
      break;
    case "integer":
    case "safe_integer":
      return "must be an integer";
    case "finite":
      return "must be a finite number";
    case "min_value":
      return `must be >= ${String(requirement)}`;
    case "max_value":
      return `must be <= ${String(requirement)}`;
    case "min_length":
      return `must have at least ${String(requirement)} characters or items`;
    case "max_length":
      return `must have at most ${String(requirement)} characters or items`;
    case "regex":
      return `must match ${String(requirement)}`;
    case "picklist":
      return `must be one of ${issue.expected}`;
  }
  if (issue.input === undefined) return "is required";
  return `must be ${typeNames[issue.expected ?? ""] ?? issue.expected ?? issue.type}`;
}

const firstProblem: v.Config<v.BaseIssue<unknown>> = { abortEarly: true, message: describe };
const everyProblem: v.Config<v.BaseIssue<unknown>> = { message: describe };

function sentence(root: string, issue: v.BaseIssue<unknown>): string {
  // A union (int64: number or bigint) names the branch whose type matched, when one did.
  const specific = issue.issues?.find((inner) => inner.kind === "validation") ?? issue;
  return `${pathOf(root, issue)} ${specific.message}`;
}

/**
 * Checks `value`; returns undefined when it conforms, else a sentence naming the first problem
 * (or, with `every`, all of them joined by "; ").
 */
export function checkValue(
  schema: AnySchema,
  value: unknown,
  root: string,
  every = false,
): string | undefined {
  if (conforms(schema, value)) return undefined;
  const result = v.safeParse(schema, value, every ? everyProblem : firstProblem);
  if (result.success) return undefined;
  return every
    ? result.issues.map((issue) => sentence(root, issue)).join("; ")
    : sentence(root, result.issues[0]);
}
