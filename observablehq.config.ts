// Observable Framework config for the briefing site. The pages read their data from files the site
// assembly writes into the root (src/site/, src/pagedata/routes.ts); this process never loads the
// tables.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { SEARCH_FILE, type SearchEntry } from "./src/site/search.js";
import { renderedItemPaths } from "./src/site/render.js";

// BRIEFING_SITE_ROOT / BRIEFING_OUTPUT let tests and the build use another root copy or output.
const root = process.env.BRIEFING_SITE_ROOT ?? "src";

/** Actors and articles for the search, as the site assembly wrote them (none before the first build). */
function itemEntries(): SearchEntry[] {
  const file = join(root, SEARCH_FILE);
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as SearchEntry[]) : [];
}

/**
 * Framework 1.13 writes `<html>` without a language, a viewport that blocks zooming
 * (maximum-scale=1) and a <label> directly inside the sidebar's <ol>, and has no option for
 * any of them. This script, first in <head>, fixes them before the page is shown (WCAG 2.1 AA:
 * 3.1.1 language of page, 1.4.4 resize text, 1.3.1 list structure).
 */
const ACCESSIBLE_HEAD = `<script>
document.documentElement.lang = "en";
for (const meta of document.querySelectorAll('meta[name="viewport"]')) meta.content = "width=device-width, initial-scale=1";
document.addEventListener("DOMContentLoaded", () => {
  const close = document.getElementById("observablehq-sidebar-close");
  if (close && close.parentElement && close.parentElement.localName === "ol") close.parentElement.before(close);
});
</script>`;

export default {
  title: "Briefing",
  root,
  output: process.env.BRIEFING_OUTPUT ?? "dist",
  style: "style.css",
  head: ACCESSIBLE_HEAD,
  // The default theme pulls Google Fonts; the site must make no off-machine request.
  globalStylesheets: [],
  // Framework's search covers the listed pages; actors (with aliases and roles) and articles are added.
  search: {
    async *index() {
      yield* itemEntries();
    },
  },
  // TypeScript data loaders (src/data/tables/) run as compiled bundles (scripts/launch.js), made at
  // first use and again when a file of theirs changes: a tenth of tsx's start-up each
  interpreters: { ".ts": ["node", fileURLToPath(new URL("./scripts/launch.js", import.meta.url))] },
  pager: false,
  toc: true,
  pages: [
    { name: "Briefing", path: "/" },
    { name: "Actors", path: "/actors" },
    { name: "Timeline", path: "/timeline" },
    { name: "Figures", path: "/figures" },
    { name: "Sources", path: "/sources" },
    { name: "Quotes", path: "/quotes" },
    { name: "Places", path: "/places" },
    { name: "Explore", path: "/explore" },
    { name: "Ingest report", path: "/ingest" },
  ],
  footer: "Generated from the articles folder by the briefing extraction engine. Every claim links to the sentence it came from.",
  // one template per kind of item page; the build puts it at every actor's and article's address
  dynamicPaths: renderedItemPaths(),
};
