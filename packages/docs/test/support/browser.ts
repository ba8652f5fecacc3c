import { existsSync } from "node:fs";
import sparticuzChromium from "@sparticuz/chromium";
import { chromium, type Browser } from "playwright-core";

/** Debian's headless Chromium, or the full browser, where the machine has one. */
const DEBIAN_CHROMIUM = ["/usr/lib/chromium/chromium-headless-shell", "/usr/bin/chromium"];

/** The browser the test drove, and where it came from (for the log). */
export interface LaunchedBrowser {
  browser: Browser;
  executablePath: string;
}

/**
 * Launches headless Chromium: Debian's where it is installed, else the one that the
 * `@sparticuz/chromium` npm package ships in its tarball (unpacked to the temp folder on first
 * use), so a machine with only Node and npm runs the browser test too.
 */
export async function launchChromium(): Promise<LaunchedBrowser> {
  const debian = DEBIAN_CHROMIUM.find((candidate) => existsSync(candidate));
  if (debian) return { browser: await chromium.launch({ executablePath: debian, args: ["--no-sandbox"] }), executablePath: debian };
  const executablePath = await sparticuzChromium.executablePath();
  return { browser: await chromium.launch({ executablePath, args: sparticuzChromium.args, headless: true }), executablePath };
}
