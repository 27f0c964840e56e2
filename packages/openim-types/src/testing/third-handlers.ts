import { EventOnUploadLogsProgressData } from "../gen/event.js";
import type { Handlers } from "./call-context.js";
import { invalidArgument, required } from "./fake-fault.js";

/** Push tokens, the app badge, log lines and uploads (which report progress, as the core does). */
export const thirdHandlers: Handlers = {
  UpdateFcmToken: ({ fcmToken }, { server, userID }) => {
    server.fcmTokens.set(userID, required(fcmToken, "fcmToken"));
    return {};
  },

  SetAppBadge: ({ appUnreadCount }, { session }) => {
    if (appUnreadCount < 0) throw invalidArgument("appUnreadCount must not be negative");
    session.appBadge = appUnreadCount;
    return {};
  },

  UploadLogs: ({ line }, context) => {
    if (line < 0) throw invalidArgument("line must not be negative");
    // The core labels these EventOnUploadFileProgress, but the bytes are upload-logs progress.
    for (const progress of [50, 100]) {
      const data = EventOnUploadLogsProgressData.encode({ progress, total: 100 }).finish();
      context.progressBytes("EventOnUploadFileProgress", data);
    }
    return {};
  },

  UploadFile: (_request, context) => {
    context.progress("EventOnUploadFileProgress", { progress: 50 });
    context.progress("EventOnUploadFileProgress", { progress: 100 });
    return new Uint8Array(0);
  },

  Log: ({ msg }) => {
    required(msg, "msg");
    return {};
  },
};
