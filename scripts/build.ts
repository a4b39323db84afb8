// `npm run build`: extracts the articles folder (only new or changed articles; the rest come from
// the per-article cache), records what changed since the last build, drops Framework's cached
// loader outputs if the corpus changed, then runs `observable build` into dist/.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { loadTables, articlesFolder, corpusFingerprint } from "../src/extract/load.js";
import { PROJECT_ROOT } from "../src/extract/cache.js";
import { invalidateLoaderCache } from "../src/build/frameworkCache.js";
import { recordBuild } from "../src/build/history.js";
import { fileReport } from "../src/build/report.js";

const folder = articlesFolder();
const started = Date.now();
process.stderr.write(`build: articles from ${folder}\n`);
const tables = await loadTables(folder);
for (const line of fileReport(tables)) process.stderr.write(`${line}\n`);
const fingerprint = await corpusFingerprint(folder);
recordBuild(folder, fingerprint, tables);
if (invalidateLoaderCache(join(PROJECT_ROOT, "src", ".observablehq", "cache"), fingerprint)) {
  process.stderr.write("build: the articles changed since the last build; page data will be regenerated\n");
}
process.stderr.write(`build: extraction ready in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
const result = spawnSync(join(PROJECT_ROOT, "node_modules", ".bin", "observable"), ["build", ...process.argv.slice(2)], {
  cwd: PROJECT_ROOT,
  stdio: "inherit",
  env: { ...process.env, OBSERVABLE_TELEMETRY_DISABLE: "1", BRIEFING_ARTICLES: folder },
});
process.exit(result.status ?? 1);
