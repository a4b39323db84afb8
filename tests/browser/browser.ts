// Launches the system Chromium with playwright-core and records what each page does: console
// errors, page errors, failed requests, requests leaving 127.0.0.1, dialogs.
import { chromium, type Browser, type Page } from "playwright-core";
import { existsSync } from "node:fs";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium not found at ${CHROMIUM}: install it with "apt-get install -y chromium" (or set CHROMIUM_PATH).`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
  });
}

export interface PageLog {
  consoleErrors: string[];
  pageErrors: string[];
  failedRequests: string[];
  offMachine: string[];
  dialogs: string[];
}

/** A new page whose every request is checked: anything not on 127.0.0.1 is recorded and aborted. */
export async function openPage(browser: Browser, colorScheme: "light" | "dark" = "light"): Promise<{ page: Page; log: PageLog }> {
  const context = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const log: PageLog = { consoleErrors: [], pageErrors: [], failedRequests: [], offMachine: [], dialogs: [] };
  await page.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (
      (url.protocol === "http:" || url.protocol === "https:" || url.protocol === "ws:" || url.protocol === "wss:") &&
      url.hostname !== "127.0.0.1"
    ) {
      log.offMachine.push(url.href);
      return route.abort();
    }
    return route.continue();
  });
  page.on("console", (msg) => {
    if (msg.type() === "error") log.consoleErrors.push(msg.text());
  });
  page.on("pageerror", (err) => log.pageErrors.push(String(err)));
  page.on("requestfailed", (req) => {
    if (!log.offMachine.includes(req.url())) log.failedRequests.push(`${req.url()} ${req.failure()?.errorText ?? ""}`);
  });
  page.on("response", (res) => {
    if (res.status() >= 400) log.failedRequests.push(`${res.url()} HTTP ${res.status()}`);
  });
  page.on("dialog", (dialog) => {
    log.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return { page, log };
}

/**
 * Waits until Framework has rendered the page's cells (nothing pending, no observablehq--loading)
 * and the browser has painted the result (two animation frames: charts laid out, hash followed).
 */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState("networkidle");
  await page.waitForFunction(() => !document.querySelector(".observablehq--loading"), undefined, { timeout: 15000 });
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
}
