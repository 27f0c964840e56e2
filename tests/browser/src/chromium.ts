// Finds and launches the system Chromium (Debian's `chromium` package): a test tool's own browser
// download is not used. CHROMIUM_PATH overrides where it is looked for.
import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

/** Where the Chromium binary is expected. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Flags for a headless run in a container: no sandbox (root), no GPU, no traffic of its own. */
export const chromiumFlags = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
];

/**
 * Why the browser suite cannot run here, or undefined when it can. Outside CI a missing Chromium
 * skips the suite with this message; under CI=true it fails, so CI never passes without it.
 */
export function chromiumMissing(): string | undefined {
  if (existsSync(chromiumPath)) return undefined;
  return `${chromiumPath} not found: install Debian's chromium package (or set CHROMIUM_PATH) to run the browser suite`;
}

/** Launches headless Chromium; the caller closes it. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumFlags });
}
