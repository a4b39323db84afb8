// Observable Framework config for the briefing site. Pages read loader output from src/data;
// actor and article pages are parameterized routes enumerated from the extraction tables.
import { slug } from "./src/data/lib/index.js";
import { getTables } from "./src/data/lib/tables.js";

export default {
  title: "Briefing",
  // BRIEFING_SITE_ROOT / BRIEFING_OUTPUT let tests build another corpus without touching src/ or dist/.
  root: process.env.BRIEFING_SITE_ROOT ?? "src",
  output: process.env.BRIEFING_OUTPUT ?? "dist",
  style: "style.css",
  // The default theme pulls Google Fonts; the site must make no off-machine request.
  globalStylesheets: [],
  search: true,
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
  async *dynamicPaths() {
    const tables = await getTables();
    for (const actor of tables.actors) yield `/actors/${slug(actor.id)}`;
    for (const article of tables.articles) yield `/articles/${slug(article.id)}`;
  },
};
