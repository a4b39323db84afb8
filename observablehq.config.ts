// Observable Framework config for the briefing site. Pages read loader output from src/data;
// actor and article pages are parameterized routes enumerated from the extraction tables.
import { readFileSync } from "node:fs";
import { slug } from "./src/data/lib/index.js";
import { getTables } from "./src/data/lib/tables.js";
import { searchEntries, type SearchEntry } from "./src/build/searchEntries.js";

export default {
  title: "Briefing",
  // BRIEFING_SITE_ROOT / BRIEFING_OUTPUT let tests build another corpus without touching src/ or dist/.
  root: process.env.BRIEFING_SITE_ROOT ?? "src",
  output: process.env.BRIEFING_OUTPUT ?? "dist",
  style: "style.css",
  // The default theme pulls Google Fonts; the site must make no off-machine request.
  globalStylesheets: [],
  // Framework's search covers the listed pages; actors (with aliases and roles) and articles are added.
  search: {
    async *index() {
      const file = process.env.BRIEFING_SEARCH_FILE; // written by scripts/build.ts
      yield* file ? (JSON.parse(readFileSync(file, "utf8")) as SearchEntry[]) : searchEntries(await getTables());
    },
  },
  pager: false,
  toc: true,
  pages: [
    { name: "Briefing", path: "/" },
    { name: "Actors", path: "/actors" },
    { name: "Timeline", path: "/timeline" },
    { name: "Figures", path: "/figures" },
    { name: "Sources", path: "/sources" },
    { name: "Quotes", path: "/quotes" },
    { name: "Ingest report", path: "/ingest" },
  ],
  footer: "Generated from the articles folder by the briefing extraction engine. Every claim links to the sentence it came from.",
  // Incremental builds (scripts/build.ts) render only the pages listed in BRIEFING_PATHS_FILE.
  async *dynamicPaths() {
    const only = process.env.BRIEFING_PATHS_FILE;
    if (only) {
      yield* JSON.parse(readFileSync(only, "utf8")) as string[];
      return;
    }
    const tables = await getTables();
    for (const actor of tables.actors) yield `/actors/${slug(actor.id)}`;
    for (const article of tables.articles) yield `/articles/${slug(article.id)}`;
  },
};
