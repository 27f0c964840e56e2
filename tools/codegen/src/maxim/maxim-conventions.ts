/**
 * What the import adds to the vendor's facts: a short namespace per tag (the client groups its
 * methods by it) and the retry exceptions the HTTP method does not tell.
 */

/** The vendor's tags, each with the namespace it becomes and our one-line description. */
export const maximTags: Readonly<Record<string, { name: string; description: string }>> = {
  "Message processing": {
    name: "message",
    description: "Send, recall and page through messages; conversations and unread counts.",
  },
  "Group interface": {
    name: "group",
    description:
      "Groups: creation, members, admins, applications, invitations, settings, announcements, shared files.",
  },
  "User action": {
    name: "user",
    description: "Users: registration, profile, settings, devices, push preferences.",
  },
  "Friend management interface": {
    name: "roster",
    description: "Friends: requests, the friend list, blocking, lookups.",
  },
  "File manipulation interface": {
    name: "file",
    description: "Upload addresses and downloads for avatars and chat files.",
  },
  "Push interface": {
    name: "push",
    description: "Device push notifications, certificates and delivery reports.",
  },
  "token interface": {
    name: "token",
    description: "User tokens, by user ID, login name or username with a password.",
  },
};

/**
 * Retry safety follows the HTTP method (GET, PUT and DELETE may be repeated, POST may not) except
 * where these say otherwise. `x-idempotent` overrides the method; `x-idempotency-key` names the
 * body field that makes a repeat harmless when it is set.
 */
export const retryOverrides: Readonly<Record<string, { idempotent?: boolean; idempotencyKey?: string }>> = {
  // Reads that change state: a read receipt, a freshly signed invitation code.
  "GET /message/ack": { idempotent: false },
  "GET /group/qrcode/sign": { idempotent: false },
  // POSTs that only read.
  "POST /group/application_list": { idempotent: true },
  "POST /group/info/batch": { idempotent: true },
  "POST /group/members/display_name": { idempotent: true },
  "POST /push/task/detail": { idempotent: true },
  "POST /roster/list": { idempotent: true },
  "POST /token/id": { idempotent: true },
  "POST /token/login": { idempotent: true },
  "POST /token/user": { idempotent: true },
  // Sends are deduplicated by the server only when the caller sets a transaction ID.
  "POST /message/send": { idempotent: false, idempotencyKey: "transaction_id" },
  "PUT /message/send": { idempotent: false, idempotencyKey: "transaction_id" },
  "POST /message/notify": { idempotent: false, idempotencyKey: "transaction_id" },
  "PUT /message/notify": { idempotent: false, idempotencyKey: "transaction_id" },
};
