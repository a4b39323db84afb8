// `npm run dev`: Framework's live preview, plus a watch on the articles folder. When an article is
// added, changed or deleted, the tables are re-extracted (only that article; the rest come from the
// cache), the pages' data is rewritten, and the loaders whose output changed are touched, so the
// preview reloads them in the open pages.
import { watch, utimesSync, existsSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { articlesFolder } from "../src/extract/load.js";
import { PROJECT_ROOT } from "../src/extract/cache.js";
import { refreshSiteData } from "../src/build/refresh.js";
import { runFramework } from "../src/build/framework.js";

const folder = articlesFolder();
if (!existsSync(folder) || !statSync(folder).isDirectory()) {
  process.stderr.write(`dev: the articles folder ${folder} does not exist (set BRIEFING_ARTICLES to a folder of articles)\n`);
  process.exit(2);
}
const siteRoot = resolve(PROJECT_ROOT, process.env.BRIEFING_SITE_ROOT ?? "src");
process.stderr.write(`dev: articles from ${folder}\n`);
await refreshSiteData(folder, siteRoot);

const preview = runFramework(["preview", ...process.argv.slice(2)], { BRIEFING_ARTICLES: folder, BRIEFING_SITE_ROOT: siteRoot });
preview.on("exit", (code) => process.exit(code ?? 0));

/** The loader that makes a cached output: "actors/x.json" → src/actors/[actor].json.ts. */
function loaderOf(output: string): string {
  const m = /^(actors|articles)\//.exec(output);
  return m ? join(siteRoot, m[1], m[1] === "actors" ? "[actor].json.ts" : "[article].json.ts") : join(siteRoot, `${output}.ts`);
}

let timer: NodeJS.Timeout | undefined;
let running = Promise.resolve();
watch(folder, { recursive: true }, (_event, name) => {
  if (name && name.split("/").some((part) => part.startsWith("."))) return;
  clearTimeout(timer);
  timer = setTimeout(() => {
    running = running
      .then(async () => {
        const started = Date.now();
        const { tables, sync } = await refreshSiteData(folder, siteRoot, { fresh: true });
        const now = new Date();
        const loaders = new Set([...sync.written, ...sync.removed].map(loaderOf));
        for (const loader of loaders) if (existsSync(loader)) utimesSync(loader, now, now);
        process.stderr.write(`dev: ${name} changed; ${tables.articles.length} articles, ${sync.written.length} page data files updated in ${Date.now() - started} ms\n`);
      })
      .catch((error) => {
        process.stderr.write(`dev: ${(error as Error).message}\n`);
      });
  }, 250);
});
