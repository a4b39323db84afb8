// `npm run build`: the briefing of the articles folder (BRIEFING_ARTICLES, else seeds/) into dist/.
// See src/site/publish.ts.
import { parseArgs } from "node:util";
import { relative } from "node:path";
import { PROJECT_ROOT } from "../src/extract/cache.js";
import { LockBusyError } from "../src/site/buildLock.js";
import { publish, seconds } from "../src/site/publish.js";
import { missingFolder, siteSettings } from "../src/site/settings.js";

const USAGE =
  "usage: npm run build [-- --no-wait] [-- --help]   (settings: BRIEFING_ARTICLES, BRIEFING_OUTPUT, BRIEFING_CACHE, BRIEFING_WORKERS)\n" +
  "  --no-wait   when another build of the same site is running, stop at once (exit code 3) instead of waiting for it";
let args;
try {
  args = parseArgs({ options: { help: { type: "boolean" }, "no-wait": { type: "boolean" } } });
} catch (error) {
  process.stderr.write(`build: ${(error as Error).message}\n${USAGE}\n`);
  process.exit(2);
}
if (args.values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const settings = siteSettings();
const missing = missingFolder(settings.folder);
if (missing) {
  process.stderr.write(`build: ${missing}\n`);
  process.exit(2);
}
const log = (line: string) => process.stderr.write(`build: ${line}\n`);
const started = performance.now();
log(`articles from ${settings.folder}`);
try {
  const built = await publish({ ...settings, log, wait: !args.values["no-wait"], command: "npm run build" });
  for (const line of built.report) process.stderr.write(`${line}\n`);
  const t = built.timings;
  log(
    `extraction ${seconds(t.tables)}, page data ${seconds(t.data)}, item data ${seconds(t.itemData)} (${built.reused} of ${built.items} unchanged), ${built.unchanged} not recomputed, ` +
      `render ${built.renderReused ? "reused" : seconds(t.render)} (beside the item data), item pages ${seconds(t.items)}`,
  );
  log(
    `${built.articles} articles, ${built.actors} actors; site in ${relative(PROJECT_ROOT, settings.output) || "."} in ${seconds(performance.now() - started)}`,
  );
} catch (error) {
  process.stderr.write(`build: ${(error as Error).message}\n`);
  process.exit(error instanceof LockBusyError ? 3 : 1);
}
