// Every address of the site, in one place: the pages' links (page data writes them into its JSON),
// the files the site assembly writes, the paths Framework renders, the search entries, and what the
// actor and article pages fetch at run time. Pages import this module too, so it uses nothing
// but the language: no Node module, no import.

/** The kinds of per-item pages: one page address per actor and per article. */
export type ItemKind = "actors" | "articles";
export const ITEM_KINDS: readonly ItemKind[] = ["actors", "articles"];

/** FNV-1a over the UTF-8 bytes of `text`, as 8 hex digits. */
function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

/** A path segment for an id: the id itself when URL-safe, else a readable slug plus a short hash. */
export function slug(id: string): string {
  if (/^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/.test(id)) return id;
  const base = id
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\w-]+/g, "-")
    .replace(/^[-_]+|[-_]+$/g, "")
    .slice(0, 60)
    .toLowerCase();
  const hash = shortHash(id);
  return base ? `${base}-${hash}` : hash;
}

/** The id of the sentence element starting at `start` on an article page (a citation's target). */
export const sentenceAnchor = (start: number) => `s-${start}`;

/** An item's page: `/actors/niger`. */
export const itemHref = (kind: ItemKind, id: string) => `/${kind}/${slug(id)}`;
export const actorHref = (id: string) => itemHref("actors", id);
/** An article's page, at the sentence starting at `sentenceStart` when given. */
export const articleHref = (id: string, sentenceStart?: number) =>
  `${itemHref("articles", id)}${sentenceStart === undefined ? "" : `#${sentenceAnchor(sentenceStart)}`}`;

/** The site-wide pages' data files, relative to the Framework root (pages read them with FileAttachment). */
export const DATA_FILES = {
  actors: "data/actors.json",
  articles: "data/articles.json",
  briefing: "data/briefing.json",
  figures: "data/figures.json",
  ingest: "data/ingest.json",
  quotes: "data/quotes.json",
  timeline: "data/timeline.json",
  /**
   * The citation order: every article's id, the one numbered [1] first. The only data file holding
   * citation numbers (pages number the `cite`s of their data from it: src/components/citations.js).
   */
  citations: "data/citations.json",
  /** "Since the last build" (the build history, not the tables). */
  changes: "data/changes.json",
  /** Which corpus the data describes: item pages read it so that the dev preview reloads them. */
  site: "data/site.json",
} as const;
export type DataFile = keyof typeof DATA_FILES;

/**
 * One item's data file, relative to the Framework root (where the dev preview serves it from) and
 * to `_file/` in the built site: both serve it at `/_file/<this path>`.
 */
export const itemDataFile = (kind: ItemKind, itemSlug: string) => `${itemDataDir(kind)}/${itemSlug}.json`;
/** The folder of a kind's data files (relative as itemDataFile). */
export const itemDataDir = (kind: ItemKind) => `data/${kind}`;
/** Where the built site keeps an item's data file, relative to the output folder. */
export const itemDataOutput = (kind: ItemKind, itemSlug: string) => `_file/${itemDataFile(kind, itemSlug)}`;
/** The address an item's page fetches its data from, relative to the page (`/actors/<slug>`). */
export const itemDataUrl = (kind: ItemKind, itemSlug: string) => `../_file/${itemDataFile(kind, encodeURIComponent(itemSlug))}`;

/**
 * The one page Framework renders per kind: the template every item page is a copy of. Slugs never
 * start with "_", so it cannot collide with an item.
 */
export const templatePath = (kind: ItemKind) => `/${kind}/_template`;
/** An item page's file in the built site (a copy of the template's): `actors/niger.html`. */
export const itemPageOutput = (kind: ItemKind, itemSlug: string) => `${kind}/${itemSlug}.html`;
export const templateOutput = (kind: ItemKind) => `${templatePath(kind).slice(1)}.html`;

/** The slug an item page is showing, from its address (`/actors/niger`, `/actors/niger.html`). */
export function slugFromPath(pathname: string): string {
  const last = pathname.replace(/\/+$/, "").split("/").pop() ?? "";
  return decodeURIComponent(last.replace(/\.html$/, ""));
}
