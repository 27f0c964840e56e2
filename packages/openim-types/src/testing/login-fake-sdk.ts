import { createOpenImSdk, type OpenImSdk, type OpenImSdkOptions } from "../sdk/create-openim-sdk.js";
import { createFakeOpenImCore, type FakeOpenImCore, type FakeOpenImCoreOptions } from "./fake-core.js";

/** Options of `loginFakeOpenImSdk`. */
export interface LoginFakeOpenImSdkOptions
  extends FakeOpenImCoreOptions,
    Omit<OpenImSdkOptions, "transport"> {
  /** The user to log in as. */
  readonly userID: string;
  /** Default `fake-token-<userID>`; give the server's token when it checks them. */
  readonly token?: string;
}

/**
 * A fake core and a client over it, with InitSDK and Login done: the usual start of a test.
 * Close both when done (`sdk.close()`, `core.close()`).
 */
export async function loginFakeOpenImSdk(
  options: LoginFakeOpenImSdkOptions,
): Promise<{ core: FakeOpenImCore; sdk: OpenImSdk }> {
  const { userID, token, server, delivery, ...sdkOptions } = options;
  const core = createFakeOpenImCore({ server, delivery, userID });
  const sdk = createOpenImSdk({ ...sdkOptions, transport: core });
  await sdk.initSDK({ config: { dataDir: "/fake-openim-core" } });
  await sdk.login({ userID, token: token ?? `fake-token-${userID}` });
  return { core, sdk };
}
