/**
 * The progress event each call's progress is decoded as. The core sends a call's progress with
 * that call's handle, before its result; the label it puts on them is not always the payload it
 * sends: `UploadLogs` progress arrives labelled `EventOnUploadFileProgress` but holds an
 * `EventOnUploadLogsProgressData` (int64 `progress` and `total`). So the call decides, not the
 * label. A call missing here gets its progress decoded by the label.
 */
export const callProgressEvents = {
  SendMessage: "EventOnSendMsgProgress",
  UploadFile: "EventOnUploadFileProgress",
  UploadLogs: "EventOnUploadLogsProgress",
} as const;

/** The type of `callProgressEvents`. */
export type CallProgressEvents = typeof callProgressEvents;
