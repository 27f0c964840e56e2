import { ErrorCode } from "../gen/error.js";
import { LoginStatus } from "../gen/init.js";
import type { Handlers } from "./call-context.js";
import { FakeCoreFault, invalidArgument, required } from "./fake-fault.js";

/** What Version answers. */
export const fakeCoreVersion = "chatwire-fake-core/1";

/** InitSDK, Login, Logout and the app's state: the functions that manage a core's session. */
export const sessionHandlers: Handlers = {
  InitSDK: ({ config }, { session }) => {
    if (!config) throw invalidArgument("config is required");
    session.config = config;
    return { suc: true };
  },

  Login: ({ userID, token }, { server, session, connection }) => {
    required(userID, "userID");
    required(token, "token");
    if (session.userID !== undefined) {
      throw new FakeCoreFault(
        ErrorCode.SdkLoginRepeat,
        `${session.userID} is already logged in on this core`,
      );
    }
    if (session.expectedUserID !== undefined && userID !== session.expectedUserID) {
      throw new FakeCoreFault(ErrorCode.SdkUserIDNotFound, `this core is for ${session.expectedUserID}`);
    }
    const expected = server.tokens?.get(userID);
    if (server.tokens !== undefined && expected !== token) {
      // Never repeat the token: it is a credential.
      throw new FakeCoreFault(ErrorCode.TokenInvalid, `the token of ${userID} is not valid`);
    }
    server.ensureUser(userID);
    connection.push("EventOnConnecting", {});
    session.userID = userID;
    connection.push("EventOnConnectSuccess", {});
    connection.push("EventOnSyncServerStart", { reinstalled: false });
    connection.push("EventOnSyncServerFinish", { reinstalled: false });
    return {};
  },

  Logout: (_request, { session }) => {
    if (session.userID === undefined) throw new FakeCoreFault(ErrorCode.SdkNotLogin, "nobody is logged in");
    session.userID = undefined;
    return {};
  },

  SetAppBackgroundStatus: ({ isBackground }, { session }) => {
    session.background = isBackground;
    return {};
  },

  NetworkStatusChanged: () => ({}),

  GetLoginStatus: (_request, { session }) => ({
    status: session.userID === undefined ? LoginStatus.Default : LoginStatus.Logged,
  }),

  Version: () => ({ version: fakeCoreVersion }),
};
