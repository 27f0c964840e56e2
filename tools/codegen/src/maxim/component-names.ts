import { MaximImportError } from "./maxim-import-error.js";

/**
 * The vendor's definition names are Java generics written with guillemets
 * (`Response«List«GroupUserRelationResponse»»`) and a few plain-language titles with spaces
 * (`Group member format`). OpenAPI 3.1 component names allow neither, so each becomes a name
 * built by rule: the generic wrappers map to suffixes, the titles come from this table.
 */
export const titleNames: Readonly<Record<string, string>> = {
  // The bare wrapper carries an untyped object, like `Response«object»`.
  Response: "ObjectEnvelope",
  "Basic user information": "UserBasicInfo",
  "Conversation info": "ConversationRef",
  "Group member format": "GroupMember",
  "Group profile and user settings": "GroupProfile",
  "Returned result of getting group announcement": "GroupAnnouncement",
  // The envelopes of the same announcement use a second title for it.
  "Returned content of getting group announcement": "GroupAnnouncement",
  "SessionMessage list": "SessionMessagePage",
  "User and device": "Xid",
};

/** Java generic wrappers and the suffix each becomes: `Response«X»` → `XEnvelope`. */
export const wrapperSuffixes: Readonly<Record<string, string>> = {
  Response: "Envelope",
  PagingResponse: "PageEnvelope",
  ListResponse: "CursorEnvelope",
  ListRequest: "ListRequest",
  List: "List",
};

/** Java types that appear as generic arguments. */
const javaTypes: Readonly<Record<string, string>> = {
  long: "Int64",
  boolean: "Boolean",
  string: "String",
  object: "Object",
};

const validName = /^[A-Za-z][A-Za-z0-9]*$/;

/** The component name for a vendor definition name; unknown shapes stop the import. */
export function componentName(vendorName: string): string {
  const name = renameType(vendorName.trim(), vendorName);
  if (!validName.test(name)) {
    throw new MaximImportError("definition-name", `no rule turns ${JSON.stringify(vendorName)} into a name`);
  }
  return name;
}

function renameType(text: string, original: string): string {
  const open = text.indexOf("«");
  if (open < 0) {
    const trimmed = text.trim();
    return titleNames[trimmed] ?? javaTypes[trimmed] ?? plainName(trimmed, original);
  }
  if (!text.endsWith("»")) {
    throw new MaximImportError("definition-name", `unbalanced guillemets in ${JSON.stringify(original)}`);
  }
  const wrapper = text.slice(0, open).trim();
  const suffix = wrapperSuffixes[wrapper];
  if (suffix === undefined) {
    throw new MaximImportError(
      "definition-name",
      `unknown generic ${wrapper} in ${JSON.stringify(original)}`,
    );
  }
  return renameType(text.slice(open + 1, -1), original) + suffix;
}

function plainName(text: string, original: string): string {
  if (/\s/.test(text)) {
    throw new MaximImportError(
      "definition-name",
      `${JSON.stringify(original)} has a title with spaces that the name table does not list`,
    );
  }
  return text;
}
