export { type BrowserPage, openBrowserPage } from "./browser-page.js";
export { bundlePage } from "./bundle-page.js";
export { chromiumFlags, chromiumMissing, chromiumPath, launchChromium } from "./chromium.js";
export { type CorsFront, startCorsFront } from "./cors-front.js";
