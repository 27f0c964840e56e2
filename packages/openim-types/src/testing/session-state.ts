import type { IMConfig } from "../gen/init.js";

/**
 * What one core knows about its own session: whether InitSDK ran, who is logged in, and the
 * app's state. The real core refuses everything before InitSDK (`SdkNotInit`) and most calls
 * before Login (`SdkNotLogin`).
 */
export interface SessionState {
  /** The only user this core may log in as, when the core was created for one. */
  readonly expectedUserID: string | undefined;
  config: IMConfig | undefined;
  userID: string | undefined;
  background: boolean;
  appBadge: number;
}

/** Functions the fake answers after InitSDK and before Login; every other one needs a login. */
export const beforeLoginFunctions: ReadonlySet<string> = new Set([
  "InitSDK",
  "Login",
  "Logout",
  "GetLoginStatus",
  "Version",
  "SetAppBackgroundStatus",
  "NetworkStatusChanged",
  "Log",
]);
