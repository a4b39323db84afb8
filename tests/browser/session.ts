// A built site served on 127.0.0.1 and a Chromium to read it with: what every browser suite opens
// first, and a visit that opens a page and waits until Framework has rendered it.
import type { Browser, Page } from "playwright-core";
import { launch, openPage, settle, type PageLog } from "./browser.js";
import { serveStatic } from "./server.js";

export interface SiteSession {
  url: string;
  browser: Browser;
  /** Opens `path` in a new page of the given colour scheme, rendered. */
  visit(path: string, colorScheme?: "light" | "dark"): Promise<{ page: Page; log: PageLog }>;
  close(): Promise<void>;
}

export async function openSite(root: string): Promise<SiteSession> {
  const server = await serveStatic(root);
  const browser = await launch();
  return {
    url: server.url,
    browser,
    async visit(path, colorScheme = "light") {
      const { page, log } = await openPage(browser, colorScheme);
      await page.goto(server.url + path);
      await settle(page);
      return { page, log };
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
