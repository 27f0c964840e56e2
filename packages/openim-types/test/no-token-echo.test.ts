// Tokens travel in FFI payloads (InitSDK, Login, ...). No error this package raises or answers may
// repeat payload contents, so a token can never leak into logs through an error message.
import { describe, expect, it } from "vitest";
import type { FuncRequestEventName } from "../src/gen/event.js";
import { FfiRequest } from "../src/gen/ffi.js";
import { IMMessage } from "../src/gen/shared.js";
import { decodeFfiRequest, decodeFfiResult, encodeFfiRequest } from "../src/index.js";
import { createFakeOpenImCore } from "../src/testing/index.js";

const token = "tok-3f9a1c7e-SECRET-b0d4";
const tokenBytes = new TextEncoder().encode(token);
/** A length-delimited field 1 holding the token, followed by `tail`. */
const withToken = (...tail: number[]) => new Uint8Array([0x0a, tokenBytes.length, ...tokenBytes, ...tail]);

/** Every text an error exposes: its message, its string form and its causes'. */
function errorTexts(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    const texts: string[] = [];
    for (let e: unknown = error; e instanceof Error; e = e.cause)
      texts.push(e.message, String(e), e.stack ?? "");
    return texts;
  }
  throw new Error("expected an error");
}

function expectNoToken(texts: string[]) {
  expect(texts.length).toBeGreaterThan(0);
  for (const text of texts) expect(text).not.toContain(token);
}

describe("errors never repeat a token", () => {
  it("payload decode errors, directly and through the envelope", () => {
    // a string field holding the token, then invalid UTF-8 in the next string field
    expectNoToken(errorTexts(() => IMMessage.decode(withToken(0x12, 2, 0xc3, 0x28))));
    // the token's field, then a truncated one
    expectNoToken(errorTexts(() => IMMessage.decode(withToken(0x12, 40))));
    const request = FfiRequest.encode({
      operationID: token,
      handleID: 1,
      funcName: 2028 as FuncRequestEventName,
      data: withToken(0x12, 40),
    }).finish();
    expectNoToken(errorTexts(() => decodeFfiRequest(request)));
  });

  it("int64 errors from JSON and from encode", () => {
    expectNoToken(errorTexts(() => IMMessage.fromJSON({ seq: token })));
    expectNoToken(
      errorTexts(() => IMMessage.encode({ ...IMMessage.create(), seq: token as unknown as number })),
    );
  });

  it("envelope encode errors", () => {
    expectNoToken(errorTexts(() => encodeFfiRequest("UploadFile", { token } as never)));
    const forwarded = { ...IMMessage.create(), clientMsgID: token, seq: token as unknown as number };
    expectNoToken(errorTexts(() => encodeFfiRequest("CreateForwardMessage", { message: forwarded })));
  });

  it("the fake core's error answers", async () => {
    const core = createFakeOpenImCore({ userID: "alice" });
    const login = await core.call(
      encodeFfiRequest("Login", { userID: "alice", token }, { operationID: token }),
    );
    const malformed = FfiRequest.encode({
      operationID: token,
      handleID: 2,
      funcName: 6 as FuncRequestEventName,
      data: withToken(0x12, 40),
    }).finish();
    for (const answer of [login, await core.call(malformed)]) {
      const result = decodeFfiResult(answer);
      expect(result.ok).toBe(false);
      expect(result.errMsg).not.toContain(token);
      expect(new TextDecoder().decode(answer)).not.toContain(token);
    }
    core.close();
  });
});
