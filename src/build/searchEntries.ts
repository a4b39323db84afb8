// What Framework's search finds besides the listed pages: every actor (with its aliases and roles)
// and every article. The build writes these to a small file, so the Framework processes that
// render the pages never load the whole tables.
import type { Tables } from "../extract/types.js";
import { slug } from "../data/lib/index.js";

export interface SearchEntry {
  path: string;
  title: string;
  text: string;
  keywords?: string;
}

export function searchEntries(tables: Pick<Tables, "actors" | "articles">): SearchEntry[] {
  return [
    ...tables.actors.map((a) => ({
      path: `/actors/${slug(a.id)}`,
      title: a.name,
      text: [a.type, ...a.aliases, ...(a.roles ?? [])].join(" "),
      keywords: a.aliases.join(" "),
    })),
    ...tables.articles.map((a) => ({ path: `/articles/${slug(a.id)}`, title: a.title, text: [a.source ?? "", a.file, a.date ?? ""].join(" ") })),
  ];
}
