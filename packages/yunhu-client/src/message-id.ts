/**
 * A fresh message ID in the form Yunhu uses (32 lowercase hex digits). Chosen by the client, it
 * lets the server recognise a re-sent message instead of posting it twice.
 */
export function newMessageId(): string {
  return globalThis.crypto.randomUUID().replaceAll("-", "");
}
