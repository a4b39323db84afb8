// `npm run dev [-- Framework preview options]`: Framework's live preview of the briefing, plus a
// watch on the articles folder: a new, changed or deleted article shows in the open pages within
// seconds (see src/site/dev.ts).
import { parseArgs } from "node:util";
import { runFramework } from "../src/site/frameworkProcess.js";
import { refreshDevData, watchArticles, type DevMemory } from "../src/site/dev.js";
import { missingFolder, siteSettings } from "../src/site/settings.js";

// the other arguments go to Framework's preview (--port, --no-open, …), which checks them
const { values } = parseArgs({ options: { help: { type: "boolean" } }, strict: false });
if (values.help) {
  process.stdout.write("usage: npm run dev [-- --port N --no-open]   (settings: BRIEFING_ARTICLES, BRIEFING_CACHE)\n");
  process.exit(0);
}
const { folder, root } = siteSettings();
const missing = missingFolder(folder);
if (missing) {
  process.stderr.write(`dev: ${missing}\n`);
  process.exit(2);
}
process.stderr.write(`dev: articles from ${folder}\n`);
const say = (line: string) => process.stderr.write(`dev: ${line}\n`);
// kept for the whole run: a refresh re-reads only what changed since the last (see src/site/dev.ts)
const memory: DevMemory = {};
await refreshDevData(folder, root, say, memory);
const preview = runFramework(["preview", ...process.argv.slice(2)], { BRIEFING_SITE_ROOT: root });
preview.on("exit", (code) => process.exit(code ?? 0));
watchArticles(folder, async (name) => {
  const started = performance.now();
  try {
    const { tables, written, removed, steps } = await refreshDevData(folder, root, say, memory);
    const split = Object.entries(steps)
      .map(([step, ms]) => `${step} ${ms.toFixed(0)}`)
      .join(", ");
    process.stderr.write(
      `dev: ${name} changed; ${tables.articles.length} articles, ${written} data files written, ${removed} removed in ${(performance.now() - started).toFixed(0)} ms (CPU ms: ${split})\n`,
    );
  } catch (error) {
    process.stderr.write(`dev: ${(error as Error).message}\n`);
  }
});
