import * as v from "valibot";

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

/**
 * Our own wording for an issue. Valibot's default messages quote the value received, which may be
 * a password or a token, so only the expectation is named, never the value.
 */
function describe(issue: v.BaseIssue<unknown>): string {
  if (issue.type === "strict_object" && issue.expected === "never") return "is not a field of this input";
  if (issue.input === undefined) return "is required";
  return `must be ${issue.expected ?? issue.type}`;
}

const config: v.Config<v.BaseIssue<unknown>> = { abortEarly: true, message: describe };

/** Checks `value`; returns undefined when it conforms, else one sentence naming the first problem. */
export function checkValue(schema: AnySchema, value: unknown, root: string): string | undefined {
  const result = v.safeParse(schema, value, config);
  if (result.success) return undefined;
  const [issue] = result.issues;
  return `${pathOf(root, issue)} ${issue.message}`;
}
