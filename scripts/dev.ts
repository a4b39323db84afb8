// `npm run dev`: Framework's live preview, plus a watch on the articles folder. When an article is
// added, changed or deleted, the tables are re-extracted (only that article; the rest come from the
// cache) and the data loaders are touched, so the preview re-runs them and updates open pages.
import { spawn } from "node:child_process";
import { watch, utimesSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { articlesFolder, loadTables, corpusFingerprint } from "../src/extract/load.js";
import { PROJECT_ROOT } from "../src/extract/cache.js";
import { recordBuild } from "../src/build/history.js";

const folder = articlesFolder();
process.stderr.write(`dev: articles from ${folder}\n`);
await loadTables(folder);

const preview = spawn(join(PROJECT_ROOT, "node_modules", ".bin", "observable"), ["preview", ...process.argv.slice(2)], {
  cwd: PROJECT_ROOT,
  stdio: "inherit",
  env: { ...process.env, OBSERVABLE_TELEMETRY_DISABLE: "1", BRIEFING_ARTICLES: folder },
});
preview.on("exit", (code) => process.exit(code ?? 0));

function loaderFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name.startsWith(".") ? [] : loaderFiles(path);
    return /\.\w+\.ts$/.test(e.name) ? [path] : [];
  });
}

let timer: NodeJS.Timeout | undefined;
let running = Promise.resolve();
watch(folder, { recursive: true }, (_event, name) => {
  if (name && name.split("/").some((part) => part.startsWith("."))) return;
  clearTimeout(timer);
  timer = setTimeout(() => {
    running = running.then(async () => {
      const started = Date.now();
      const tables = await loadTables(folder, { fresh: true });
      recordBuild(folder, await corpusFingerprint(folder), tables);
      const now = new Date();
      for (const file of loaderFiles(join(PROJECT_ROOT, "src"))) if (statSync(file).isFile()) utimesSync(file, now, now);
      process.stderr.write(`dev: ${name} changed; ${tables.articles.length} articles re-read in ${Date.now() - started} ms, pages updating\n`);
    }).catch((error) => {
      process.stderr.write(`dev: ${(error as Error).message}\n`);
    });
  }, 250);
});
