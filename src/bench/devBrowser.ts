// (d') with --dev-browser: how soon the open page shows an added article under `npm run dev`, on a
// generated corpus: scripts/dev.ts in its own process (its refresh, then Framework's preview
// rerunning the loaders whose data changed and reloading the page), the front page open in the
// system Chromium (playwright-core, as tests/browser/ drive it), then new articles written one at
// a time; for each, the wall time from the file landing to the page's count showing it, the
// refresh's own time as the dev process logs it, and the CPU time of the dev process and its
// children (Framework's preview, its loaders) meanwhile.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadavg } from "node:os";
import { chromium, type Browser, type Page } from "playwright-core";
import { PROJECT_ROOT } from "../extract/cache.js";
import { prepareWorkSite, workSiteEnv } from "../site/workSite.js";
import { generateCorpus, sentencePool } from "./corpus.js";
import { writeCorpus } from "./files.js";
import { formatTable, seconds } from "./timing.js";
import type { BenchSettings } from "./settings.js";
import { freePort } from "../site/freePort.js";
import { sumOverTree } from "./process.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const TICKS = 100; // clock ticks per second in /proc/<pid>/stat (USER_HZ on Linux)

export interface PageFollow {
  label: string;
  /** From the file landing to the open page showing the new count (wall). */
  shownMs: number;
  /** The refresh itself, as the dev process logs it (wall), and its CPU by step. */
  refreshMs: number;
  /** CPU time of the dev process and every process under it, from the landing to the page showing it. */
  cpuMs: number;
  /** The machine's load average (1 minute) when the page showed it: other work slows the wall times. */
  load: number;
}

export interface PageFollowRun {
  size: number;
  follows: PageFollow[];
}

/** CPU milliseconds (user + system) of process `pid` and all processes under it, from /proc. */
function treeCpuMs(pid: number): number {
  const ticks = sumOverTree(pid, (p) => {
    // the command name may hold spaces and parentheses: the fields start after the last ")"
    const fields = readFileSync(`/proc/${p}/stat`, "utf8").split(") ")[1].split(" ");
    return { parent: Number(fields[1]), value: Number(fields[11]) + Number(fields[12]) };
  });
  return (ticks * 1000) / TICKS;
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, seconds: number, output: () => string): Promise<T> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`bench: timed out waiting for ${what}; dev output:\n${output().slice(-2000)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The front page's count of articles (duplicates set aside), NaN before it shows one. */
const countInPage = (page: Page) =>
  page.evaluate(() => Number(/(\d[\d,]*)\s*articles/i.exec(document.querySelector(".stats")?.textContent ?? "")?.[1]?.replace(/,/g, "")));

/** Waits (polling every 10 ms in the page) for the front page's count of articles to be another than `before`. */
async function countChanged(page: Page, before: number, timeoutMs: number): Promise<void> {
  await page.waitForFunction(
    (n) => {
      const text = document.querySelector(".stats")?.textContent ?? "";
      const shown = Number(/(\d[\d,]*)\s*articles/i.exec(text)?.[1]?.replace(/,/g, ""));
      return !Number.isNaN(shown) && shown !== n;
    },
    before,
    { polling: 10, timeout: timeoutMs },
  );
}

/**
 * A work site of `size` generated articles under `npm run dev` (scripts/dev.ts), its front page
 * open in Chromium, then `added` new articles one at a time: how soon the page shows each.
 */
export async function pageFollowRun({ docs, log }: BenchSettings, size: number, added: number): Promise<PageFollowRun> {
  if (!existsSync(CHROMIUM)) throw new Error(`bench: Chromium not found at ${CHROMIUM} (set CHROMIUM_PATH)`);
  const pool = sentencePool(docs.map((d) => d.text));
  mkdirSync(join(PROJECT_ROOT, "tmp"), { recursive: true });
  const dir = mkdtempSync(join(PROJECT_ROOT, "tmp", `bench-dev-browser-${size}-`));
  let dev: ChildProcess | undefined;
  let browser: Browser | undefined;
  let output = "";
  try {
    const work = prepareWorkSite(dir);
    writeCorpus(work.articles, generateCorpus(pool, { articles: size, seed: 1 }));
    const port = await freePort();
    const url = `http://127.0.0.1:${port}/`;
    log(`bench: dev preview in the browser, starting (${size} articles)`);
    dev = spawn(process.execPath, ["--import", "tsx", join(PROJECT_ROOT, "scripts", "dev.ts"), "--no-open", "--port", String(port)], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, ...workSiteEnv(work), OBSERVABLE_TELEMETRY_DISABLE: "1" },
      detached: true,
    });
    dev.stdout?.on("data", (d) => (output += d));
    dev.stderr?.on("data", (d) => (output += d));
    await until(
      "the preview server",
      async () => ((await fetch(url)).ok ? true : undefined),
      600,
      () => output,
    );
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu"] });
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await page.goto(url);
    await countChanged(page, Number.NaN, 300_000);
    const follows: PageFollow[] = [];
    for (const [k, article] of generateCorpus(pool, { articles: added, seed: 777 }).entries()) {
      await new Promise((r) => setTimeout(r, 2000)); // the preview quiet again
      const logged = output.length;
      const cpu = treeCpuMs(dev.pid!);
      const before = await countInPage(page);
      const landed = performance.now();
      writeFileSync(join(work.articles, `zz-added-${article.name}`), article.text);
      await countChanged(page, before, 120_000);
      const shownMs = performance.now() - landed;
      const cpuMs = treeCpuMs(dev.pid!) - cpu;
      const line = await until(
        "the refresh's log line",
        async () => /changed;.* in (\d+) ms/.exec(output.slice(logged)) ?? undefined,
        60,
        () => output,
      );
      follows.push({ label: `+1 article (${k + 1})`, shownMs, refreshMs: Number(line[1]), cpuMs, load: loadavg()[0] });
      log(`bench: dev preview in the browser, +1 article (${k + 1}): shown after ${seconds(shownMs)}`);
    }
    return { size, follows };
  } finally {
    await browser?.close();
    if (dev?.pid) process.kill(-dev.pid, "SIGTERM");
    rmSync(dir, { recursive: true, force: true });
  }
}

export function pageFollowTable(runs: PageFollowRun[]): string {
  const rows = [["articles", "refresh", "file landed -> page shows it", "the refresh (dev log)", "CPU, dev + preview", "load"]];
  for (const r of runs)
    for (const f of r.follows)
      rows.push([String(r.size), f.label, seconds(f.shownMs), seconds(f.refreshMs), seconds(f.cpuMs), f.load.toFixed(2)]);
  return `(d') \`npm run dev\` with its front page open in Chromium: from an added article's file landing to the page showing it (wall; the watch waits a quiet 250 ms first), the refresh as the dev process logs it, and the CPU time of the dev process and its children meanwhile\n${formatTable(rows)}`;
}
