// The day a web page was published, from what the page itself writes, most reliable first: JSON-LD
// `datePublished`, publication meta tags, microdata/RDFa, a `<time>` marked as published, generic date
// meta tags, a `<time>` in the article's header, a date line of the article's own byline block (under
// the headline), a dated dateline, a "Published ..." line elsewhere, the URL; a modified date only when
// nothing else dates the page. Other stories' items (related lists, teaser cards: ./teasers.ts) date
// those stories and are never read, nor JSON-LD articles with another headline. The day is the
// calendar day as written ("2023-08-09T23:30:00-04:00" is Aug 9, where it was published); a UTC stamp
// one day off the date the page shows under its headline yields to that date. Never a day the page
// does not write. Pure.
import { furnitureLine } from "../../clean/boilerplate.js";
import { findDateline } from "../../clean/dateline.js";
import { readStamps, type Stamp } from "../../clean/stamps.js";
import type { DateSource } from "../../types.js";
import { normalizeDeclaredDate } from "../../util/declaredDate.js";
import { daysBetween } from "../../util/days.js";
import { blockText, nameWords, textOf, type Doc, type DomNode, type El } from "./dom.js";
import { isArticleNode, isPageNode, ldString, type LdNode, type MetaTags } from "./metadata.js";
import { proseCluster } from "./chrome.js";
import { inOtherStory, otherStories } from "./teasers.js";

export interface DateCandidate {
  raw: string;
  source: DateSource;
  /** Where it was found, for warnings: "JSON-LD datePublished", "meta article:published_time". */
  where: string;
  /** Written for machines (an attribute, a meta tag, JSON-LD): unreadable, it is an invalid date, not prose. */
  declared?: boolean;
}

export interface PageDate {
  date: string | null;
  dateSource: DateSource;
  warnings: string[];
}

/** Publication meta tags, most specific first. */
const PUBLISHED_META = [
  "article:published_time",
  "og:article:published_time",
  "og:published_time",
  "article:published",
  "article:publicationdate",
  "article:publication_date",
  "publication_date",
  "publication-date",
  "publicationdate",
  "publish-date",
  "publish_date",
  "publishdate",
  "published-date",
  "published_date",
  "published_time",
  "publishedtime",
  "datepublished",
  "date_published",
  "pubdate",
  "pub_date",
  "pdate",
  "article.published",
  "article_date_original",
  "originalpublicationdate",
  "original-publish-date",
  "sailthru.date",
  "parsely-pub-date",
  "dc.date.issued",
  "dcterms.issued",
  "dc.date.created",
  "dcterms.created",
  "citation_publication_date",
  "citation_date",
  "prism.publicationdate",
  "govuk:first-published-at",
  "displaydate",
  "cxenseparse:recs:publishtime",
];
/** Date meta tags that do not say which date they are. */
const GENERIC_META = [
  "date",
  "dc.date",
  "dcterms.date",
  "dc:date",
  "dcterms:date",
  "created",
  "creation_date",
  "dc.created",
  "article:post_date",
];
const MODIFIED_META = [
  "article:modified_time",
  "og:article:modified_time",
  "og:updated_time",
  "article:modified",
  "datemodified",
  "date_modified",
  "modified",
  "last-modified",
  "lastmod",
  "dcterms.modified",
  "dc.date.modified",
  "govuk:public-updated-at",
  "govuk:updated-at",
];
const MODIFIED_NAME = /modif|updat|revis|expir|edit|lastmod/i;

function metaCandidates(tags: MetaTags, keys: string[], where = "meta"): DateCandidate[] {
  return keys.flatMap((k) =>
    (tags.get(k) ?? []).map((raw) => ({ raw, source: "meta" as DateSource, where: `${where} ${k}`, declared: true })),
  );
}

/** `parsely-page` carries JSON with a `pub_date`. */
function parselyPage(tags: MetaTags): DateCandidate[] {
  for (const content of tags.get("parsely-page") ?? []) {
    try {
      const v = (JSON.parse(content) as { pub_date?: unknown }).pub_date;
      if (typeof v === "string") return [{ raw: v, source: "meta", where: "meta parsely-page" }];
    } catch {
      /* not JSON: not a date */
    }
  }
  return [];
}

const headlineOf = (n: LdNode | null) =>
  n ? ((ldString(n.headline) ?? ldString(n.name))?.toLowerCase().replace(/\s+/g, " ") ?? null) : null;

function ldDates(nodes: LdNode[], field: string, main: LdNode | null): DateCandidate[] {
  // an article node with a headline other than the page's article's is another story (a related item)
  const mainHeadline = headlineOf(main);
  // the same article written twice (a graph node and a page's mainEntity) may trim its headline or add the site's name
  const same = (n: LdNode) => {
    const h = headlineOf(n);
    return mainHeadline === null || h === null || h.includes(mainHeadline) || mainHeadline.includes(h);
  };
  const ordered = [...(main ? [main] : []), ...nodes.filter((n) => n !== main && isArticleNode(n) && same(n)), ...nodes.filter(isPageNode)];
  return ordered.flatMap((n) => {
    const raw = ldString(n[field]);
    return raw ? [{ raw, source: "json-ld" as DateSource, where: `JSON-LD ${field}`, declared: true }] : [];
  });
}

const ARTICLE_ITEMTYPE = /(?:Article|BlogPosting|LiveBlogPosting|Report|WebPage)$/i;
const RDFA_PUBLISHED = new Set([
  "dc:date",
  "dc:created",
  "dcterms:created",
  "dcterms:issued",
  "dcterms:date",
  "schema:datepublished",
  "datepublished",
  "dc:issued",
]);
/** Ancestors whose names say they hold other content (comments, related stories). */
const ELSEWHERE = new Set([
  "comment",
  "comments",
  "related",
  "recommended",
  "teaser",
  "promo",
  "sidebar",
  "most-read",
  "popular",
  "trending",
]);

/**
 * Whether an element sits in a comment, a related-stories list or the like: named so, or in another
 * story's item (see ./teasers.ts). A container of the headline does not count: it is the page.
 */
function elsewhere(el: El, others: Set<El>): boolean {
  if (inOtherStory(el, others)) return true;
  for (let node = el.parentElement as El | null; node; node = node.parentElement as El | null) {
    if (node.localName === "body" || node.localName === "html" || node.querySelector("h1") !== null) return false;
    for (const w of nameWords(node)) if (ELSEWHERE.has(w)) return true;
  }
  return false;
}

/** `itemprop="datePublished"` (microdata) or `property="dc:date"` (RDFa) on any element, for this page's article. */
function microdataCandidates(document: Doc): DateCandidate[] {
  const out: DateCandidate[] = [];
  let others: Set<El> | null = null; // found only for a page with microdata dates
  const elsewhereHere = (el: El) => elsewhere(el, (others ??= otherStories(document, proseCluster(document))));
  for (const el of document.querySelectorAll("[itemprop], [property]")) {
    const itemprops = (el.getAttribute("itemprop") ?? "").toLowerCase().split(/\s+/);
    const properties = el.localName === "meta" ? [] : (el.getAttribute("property") ?? "").toLowerCase().split(/\s+/);
    const published = itemprops.includes("datepublished") || properties.some((p) => RDFA_PUBLISHED.has(p));
    if (!published || elsewhereHere(el)) continue;
    const scope = el.closest("[itemscope]");
    if (scope && scope !== el && scope.getAttribute("itemtype") && !ARTICLE_ITEMTYPE.test(scope.getAttribute("itemtype") ?? "")) continue;
    const attribute = el.getAttribute("content") ?? el.getAttribute("datetime");
    const raw = attribute ?? textOf(el);
    if (raw)
      out.push({
        raw,
        source: "itemprop",
        where: itemprops.includes("datepublished") ? "itemprop datePublished" : "RDFa date",
        declared: attribute !== null,
      });
  }
  return out;
}

const PUBLISHED_WORDS = new Set([
  "published",
  "publish",
  "pubdate",
  "posted",
  "created",
  "first-published",
  "publication",
  "entry-date",
  "post-date",
]);
const UPDATED_WORDS = new Set(["updated", "update", "modified", "last-modified", "edited", "lastmod"]);

interface Times {
  published: DateCandidate[];
  header: DateCandidate[];
  inside: DateCandidate[];
  updated: DateCandidate[];
}

/** `<time>` elements of a page whose site chrome is gone, by what they are marked as and where they stand. */
function timeCandidates(document: Doc, cluster: El | null, order: Map<El, number>, others: Set<El>): Times {
  const t: Times = { published: [], header: [], inside: [], updated: [] };
  const clusterAt = cluster ? (order.get(cluster) ?? 0) : Infinity;
  // an unmarked <time> dates the article only between its headline and its text: above the headline
  // it is the day the page was seen (a masthead)
  const h1 = document.querySelector("h1");
  const headlineAt = h1 ? (order.get(h1 as El) ?? -1) : -1;
  for (const el of document.querySelectorAll("time")) {
    const attribute = el.getAttribute("datetime")?.trim();
    const raw = attribute || textOf(el);
    if (!raw || elsewhere(el, others)) continue;
    const words = new Set([...nameWords(el), ...(el.parentElement ? nameWords(el.parentElement as El) : [])]);
    const has = (list: Set<string>) => [...words].some((w) => list.has(w));
    // a <time> may hold a month, a clock time or a duration: an unreadable one is no invalid publication date
    const c: DateCandidate = { raw, source: "time", where: "<time>" };
    if (has(UPDATED_WORDS) || /^\s*(?:last\s+)?(?:updated|modified)\b/i.test(textOf(el))) t.updated.push(c);
    else if (has(PUBLISHED_WORDS) || el.hasAttribute("pubdate")) t.published.push(c);
    else if (cluster?.contains(el)) t.inside.push(c);
    else if ((order.get(el) ?? 0) < clusterAt && (order.get(el) ?? 0) > headlineAt) t.header.push(c);
  }
  return t;
}

interface TextDates {
  /** Published and bare date lines of the article's header (its byline block), in page order. */
  header: DateCandidate[];
  /** "Published ..." lines elsewhere in the page. */
  published: DateCandidate[];
  plain: DateCandidate[];
  updated: DateCandidate[];
  /** The first date the page shows under its headline (a published or bare date line): what a reader sees. */
  shown: string | null;
  /** The first "Updated ..." day under the headline. */
  shownUpdated: string | null;
}

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, " ").trim();

/**
 * Date lines in the page's text: "Published ..." lines anywhere, bare date lines only between the
 * headline and the article's first paragraph (elsewhere they date other things).
 */
function textCandidates(document: Doc, cluster: El | null, headline: string | null, others: Set<El>): TextDates {
  const out: TextDates = { header: [], published: [], plain: [], updated: [], shown: null, shownUpdated: null };
  const body = document.body;
  if (!body) return out;
  // other stories' items are left out: their stamps date those stories
  const lines = blockText(body as unknown as DomNode, others)
    .split(/\n+/)
    .map((l) => l.trim())
    .filter(Boolean);
  const h = headline ? lines.findIndex((l) => norm(l) === norm(headline)) : -1;
  // the header runs from the headline to the story's first paragraph (a long line that is no furniture)
  const prose = (l: string) => l.length >= 80 && furnitureLine(l, false) === null;
  const story = cluster
    ? blockText(cluster as unknown as DomNode)
        .split(/\n+/)
        .map((l) => l.trim())
        .find((l, i) => prose(l) && !(i === 0 && headline && norm(l) === norm(headline)))
    : undefined;
  let end = story ? lines.findIndex((l, i) => i > h && l === story) : -1;
  if (end < 0) end = lines.findIndex((l, i) => i > h && prose(l));
  if (end < 0) end = lines.length;
  const start = h >= 0 && h < end ? h + 1 : Math.max(0, end - 8);
  lines.forEach((line, i) => {
    // a stamp line, or a line of byline, stamps and read time ("By Jane Doe | Aug. 9, 2023 | 3 min read")
    const stamps: Stamp[] | undefined = readStamps(line) ?? furnitureLine(line, false)?.stamps;
    if (!stamps) return;
    const inHeader = i >= start && i < end;
    for (const s of stamps) {
      if (!s.date) continue;
      const c: DateCandidate = { raw: s.date, source: "page-text", where: "page text" };
      if (inHeader && (s.kind === "published" || s.kind === "plain")) (s.kind === "published" ? out.header : out.plain).push(c);
      else if (s.kind === "published") out.published.push(c);
      else if (s.kind === "updated") out.updated.push(c);
      if (inHeader && (s.kind === "published" || s.kind === "plain")) out.shown ??= s.date;
      if (inHeader && s.kind === "updated") out.shownUpdated ??= s.date;
    }
  });
  return out;
}

/** "/2023/08/09/", "/2023-08-09-", "/20230809/" in the page's URL path. */
export function urlDay(url: string | null): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m =
    /\/((?:19|20)\d{2})\/(0[1-9]|1[0-2])\/(0[1-9]|[12]\d|3[01])(?:\/|$)/.exec(path) ??
    /[/_-]((?:19|20)\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?:[/_-]|\.html?$|$)/.exec(path) ??
    /\/((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\//.exec(path);
  return m ? normalizeDeclaredDate(`${m[1]}-${m[2]}-${m[3]}`) : null;
}

/** Order of a document's elements. */
function documentOrder(document: Doc): Map<El, number> {
  const order = new Map<El, number>();
  let i = 0;
  for (const el of document.querySelectorAll("*")) order.set(el, i++);
  return order;
}

const UTC_STAMP = /T\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]00:?00)$/i;

/** The dates a page declares for machines (JSON-LD, meta tags, microdata), read before anything is removed from it. */
export interface DeclaredDates {
  published: DateCandidate[];
  /** Date meta tags that do not say which date they are ("date", "dc.date"). */
  generic: DateCandidate[];
  modified: DateCandidate[];
}

export function declaredDates(document: Doc, nodes: LdNode[], article: LdNode | null, tags: MetaTags): DeclaredDates {
  const genericPublish = [...tags.keys()].filter(
    (k) => /publish|pubdate|pub[_-]date/i.test(k) && !MODIFIED_NAME.test(k) && !PUBLISHED_META.includes(k) && !k.startsWith("itemprop:"),
  );
  return {
    published: [
      ...ldDates(nodes, "datePublished", article),
      ...metaCandidates(tags, PUBLISHED_META),
      ...parselyPage(tags),
      ...metaCandidates(tags, genericPublish),
      ...microdataCandidates(document),
      ...ldDates(nodes, "dateCreated", article),
    ],
    generic: metaCandidates(tags, GENERIC_META),
    modified: [...ldDates(nodes, "dateModified", article), ...metaCandidates(tags, MODIFIED_META)],
  };
}

export interface PageDateInput {
  declared: DeclaredDates;
  /** The page with its site chrome removed: `<time>` elements and date lines are read from it. */
  cleaned: Doc;
  /** The element holding the article's prose in `cleaned`. */
  cluster: El | null;
  headline: string | null;
  url: string | null;
}

/** The publication day of a page, where it was found, and warnings for dates that could not be read. */
export function findPageDate(input: PageDateInput): PageDate {
  const { declared, cleaned, cluster, headline, url } = input;
  const others = otherStories(cleaned, cluster);
  const times = timeCandidates(cleaned, cluster, documentOrder(cleaned), others);
  const text = textCandidates(cleaned, cluster, headline, others);
  const clusterText = cluster ? blockText(cluster as unknown as DomNode) : "";
  const dateline = findDateline(clusterText, []);
  const fromUrl = urlDay(url);
  const machine: DateCandidate[] = [...declared.published, ...times.published, ...declared.generic, ...times.header];
  // the article's own byline block, then its dateline, before a stamp anywhere else in the page
  const visible: DateCandidate[] = [
    ...text.header,
    ...text.plain,
    ...(dateline?.date ? [{ raw: dateline.date, source: "page-text" as DateSource, where: "dateline" }] : []),
    ...text.published,
    ...times.inside,
    ...(fromUrl ? [{ raw: fromUrl, source: "url" as DateSource, where: "URL" }] : []),
  ];
  const modified: DateCandidate[] = [...declared.modified, ...times.updated, ...text.updated];
  const invalid: DateCandidate[] = [];
  const pick = (list: DateCandidate[]): { c: DateCandidate; day: string } | null => {
    for (const c of list) {
      const day = normalizeDeclaredDate(c.raw);
      if (day) return { c, day };
      if (c.declared) invalid.push(c);
    }
    return null;
  };
  const found = pick(machine) ?? pick(visible);
  if (found) {
    // a UTC stamp late or early in the day: the page's own date line says which day it was where published
    if (found.c.source !== "page-text" && UTC_STAMP.test(found.c.raw.trim())) {
      if (text.shown && daysBetween(text.shown, found.day) === 1) return { date: text.shown, dateSource: "page-text", warnings: [] };
      // shown updated the day before the UTC day: it cannot have been published later than that
      if (!text.shown && text.shownUpdated && text.shownUpdated < found.day && daysBetween(text.shownUpdated, found.day) === 1) {
        return { date: text.shownUpdated, dateSource: "page-text", warnings: [] };
      }
    }
    return { date: found.day, dateSource: found.c.source, warnings: [] };
  }
  const last = pick(modified);
  if (last) {
    return {
      date: last.day,
      dateSource: last.c.source,
      warnings: [`no publication date in the page; its last-modified date (${last.c.where}) is used`],
    };
  }
  if (invalid.length) {
    return { date: null, dateSource: "invalid", warnings: invalid.map((c) => `invalid date in HTML (${c.where}) '${c.raw.slice(0, 80)}'`) };
  }
  return { date: null, dateSource: "none", warnings: [] };
}
