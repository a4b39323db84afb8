// What Framework's search finds besides the listed pages: every actor (with its aliases and roles)
// and every article. The site assembly writes these to a small file that the Framework config
// reads (SEARCH_FILE), so the Framework process never loads the tables.
import type { Tables } from "../extract/types.js";
import { actorHref, articleHref } from "../pagedata/routes.js";

/** Where the search entries are kept, relative to the Framework root (no page reads it). */
export const SEARCH_FILE = "data/search.json";

export interface SearchEntry {
  path: string;
  title: string;
  text: string;
  keywords?: string;
}

export function searchEntries(tables: Pick<Tables, "actors" | "articles">): SearchEntry[] {
  return [
    ...tables.actors.map((a) => ({
      path: actorHref(a.id),
      title: a.name,
      text: [a.type, ...a.aliases, ...(a.roles ?? [])].join(" "),
      keywords: a.aliases.join(" "),
    })),
    ...tables.articles.map((a) => ({
      path: articleHref(a.id),
      title: a.title,
      text: [a.outlet ?? "", a.source ?? "", a.file, a.date ?? ""].join(" "),
    })),
  ];
}
