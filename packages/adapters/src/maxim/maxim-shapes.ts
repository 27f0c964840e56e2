/**
 * The MaxIM message shapes the converters read and write, in the API's own snake_case names.
 * int64 fields accept `number` or `bigint`, as @chatwire/rest-client returns and accepts them.
 */
export type Int64 = number | bigint;

/** The `ctype` names MaxIM stores messages with. */
export type MaximCType = "TEXT" | "IMAGE" | "AUDIO" | "VIDEO" | "FILE" | "LOCATION" | "COMMAND" | "FORWARD";

/** Numeric content type of a send: 0 TEXT … 7 FORWARD. */
export type MaximContentType = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7;

export interface MaximXid {
  device_sn?: number;
  uid?: Int64;
}

/** A stored message, as `GET /message/conversation` returns it. */
export interface MaximStoredMessage {
  attachment?: string;
  config?: string;
  content?: string;
  ctype?: MaximCType;
  ext?: string;
  from_xid?: MaximXid;
  msg_id?: Int64;
  status?: "UNREAD" | "DELIVERED" | "READ";
  timestamp?: Int64;
  to_xid?: MaximXid;
}

/** The body of `POST /message/send`. */
export interface MaximSendBody {
  attachment: string;
  config?: string;
  content: string;
  content_type: MaximContentType;
  ext?: string;
  from_user_id?: Int64;
  targets: Int64[];
  transaction_id?: Int64;
  type: 1 | 2;
}
