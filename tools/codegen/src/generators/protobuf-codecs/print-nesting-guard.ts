import type { DescMessage } from "@bufbuild/protobuf";
import type { Printable } from "@bufbuild/protoplugin";
import { typeName } from "./names.js";
import { literal, type PrintContext } from "./print-context.js";

/**
 * Whether walking a message object can recurse: it has message-typed fields. Only then does a
 * method need the nesting guard; a message of scalars ends every walk.
 */
export function hasNestedMessages(message: DescMessage): boolean {
  return message.fields.some((field) => field.message !== undefined);
}

/**
 * A method body (which returns) inside `enterNested`/`leaveNested`, so that objects nested too
 * deep, or a cycle, fail with a ProtobufNestingError instead of overflowing the stack.
 */
export function nestingGuard(
  ctx: PrintContext,
  message: DescMessage,
  operation: "fromJSON" | "toJSON" | "fromPartial",
  body: Printable[],
): Printable[] {
  if (!hasNestedMessages(message)) return body;
  return [
    "    ",
    ctx.runtime("enterNested"),
    `(${literal(operation)}, ${literal(typeName(message))});\n`,
    "    try {\n",
    ...body,
    "\n    } finally {\n      ",
    ctx.runtime("leaveNested"),
    "();\n    }",
  ];
}
