// Opens the test page once per test file, or says why the suite is skipped.
import { fileURLToPath } from "node:url";
import type { pageApi } from "../../page/index.js";
import { type BrowserPage, chromiumMissing, openBrowserPage } from "../../src/index.js";

const missing = chromiumMissing();
if (missing !== undefined) {
  // Under CI the suite must run: a missing browser is a failure there, not a skip.
  if (process.env.CI === "true") throw new Error(missing);
  console.warn(`browser suite skipped: ${missing}`);
}

/** Why the suite is skipped here, or undefined when Chromium is present. */
export const skipReason = missing;

type PageApi = typeof pageApi;

/** Calls `name` in the page with `args` and returns what it resolved to. */
export type CallInPage = <K extends keyof PageApi>(
  name: K,
  ...args: Parameters<PageApi[K]>
) => Promise<Awaited<ReturnType<PageApi[K]>>>;

/** The page, and a typed way to call its functions. */
export interface TestPage extends BrowserPage {
  readonly call: CallInPage;
}

const entry = fileURLToPath(new URL("../../page/index.ts", import.meta.url));

/** Bundles page/index.ts and opens it in headless Chromium. */
export async function openTestPage(): Promise<TestPage> {
  const opened = await openBrowserPage(entry, "chatwireBrowser");
  const call: CallInPage = (name, ...args) =>
    opened.page.evaluate(
      ([fn, fnArgs]) => {
        type Api = Record<string, (...a: unknown[]) => unknown>;
        const api = (globalThis as unknown as { chatwireBrowser: Api }).chatwireBrowser;
        const target = api[fn];
        if (target === undefined) throw new Error(`the page has no ${fn}`);
        return target(...fnArgs);
      },
      [name, args] as [string, unknown[]],
    ) as never;
  return { ...opened, call };
}
