import * as v from "valibot";
import { InvalidSourceMessageError } from "../conversion/adapter-errors.js";
import type { ChatButton } from "../model/chat-message.js";

/**
 * Yunhu `buttons` is a JSON string: rows of `{ text, actionType, url?, value? }`, where
 * `actionType` 1 opens `url`, 2 copies `value` and 3 reports `value` back to the bot.
 */
const buttonSchema = v.looseObject({
  text: v.string(),
  actionType: v.picklist([1, 2, 3]),
  url: v.optional(v.string()),
  value: v.optional(v.string()),
});
const rowsSchema = v.array(v.union([v.array(buttonSchema), buttonSchema]));

const actionNames = { 1: "link", 2: "copy", 3: "report" } as const;
const actionTypes = { link: 1, copy: 2, report: 3 } as const;

export function parseYunhuButtons(text: string): ChatButton[][] | undefined {
  if (text.trim() === "") return undefined;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InvalidSourceMessageError("yunhu", "content.buttons", "is not valid JSON", { cause: error });
  }
  const result = v.safeParse(rowsSchema, json);
  if (!result.success) {
    throw new InvalidSourceMessageError(
      "yunhu",
      "content.buttons",
      `is invalid: ${result.issues[0].message}`,
    );
  }
  const items = result.output;
  if (items.length === 0) return undefined;
  // A flat list of buttons is a single row.
  const rows = items.every((item) => !Array.isArray(item))
    ? [items as v.InferOutput<typeof buttonSchema>[]]
    : items.map((item) => (Array.isArray(item) ? item : [item]));
  return rows.map((row) =>
    row.map((button) => {
      const converted: ChatButton = { text: button.text, action: actionNames[button.actionType] };
      if (button.url !== undefined) converted.url = button.url;
      if (button.value !== undefined) converted.value = button.value;
      return converted;
    }),
  );
}

export function formatYunhuButtons(rows: readonly ChatButton[][] | undefined): string {
  if (!rows?.length) return "";
  return JSON.stringify(
    rows.map((row) =>
      row.map((button) => ({
        text: button.text,
        actionType: actionTypes[button.action],
        ...(button.url !== undefined ? { url: button.url } : {}),
        ...(button.value !== undefined ? { value: button.value } : {}),
      })),
    ),
  );
}
