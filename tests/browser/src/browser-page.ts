// One bundled page open in headless Chromium, ready for `page.evaluate`.
import type { Browser, Page } from "playwright-core";
import { bundlePage } from "./bundle-page.js";
import { launchChromium } from "./chromium.js";
import { type PageServer, startPageServer } from "./page-server.js";

/** A page that has loaded its bundle, with what it runs on. */
export interface BrowserPage {
  readonly page: Page;
  /** Origin the page was served from. */
  readonly origin: string;
  /** Uncaught errors of the page, outside any evaluate call. */
  readonly pageErrors: readonly string[];
  close(): Promise<void>;
}

/**
 * Bundles `entry`, serves it, opens it in a fresh Chromium and waits until the bundle has set
 * `globalThis[readyGlobal]`.
 */
export async function openBrowserPage(entry: string, readyGlobal: string): Promise<BrowserPage> {
  const server: PageServer = await startPageServer(await bundlePage(entry));
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const page = await browser.newPage();
    const pageErrors: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(String(error)));
    await page.goto(server.url);
    await page.waitForFunction((name) => name in globalThis, readyGlobal, { timeout: 15_000 });
    const opened = browser;
    return {
      page,
      origin: server.origin,
      pageErrors,
      close: async () => {
        await opened.close();
        await server.close();
      },
    };
  } catch (error) {
    await browser?.close();
    await server.close();
    throw error;
  }
}
