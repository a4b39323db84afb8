// The page's headline and the outlet's name. Headline: the article's <h1> when it is the article's
// (inside the article, or matching the page's declared titles), else og:title / JSON-LD headline, else
// <title>, with the site name, section names and wire tags taken off. Outlet: og:site_name, JSON-LD
// publisher, application-name, else a name the page gives itself twice (a <title> segment that is also
// its logo's text or its copyright holder), else the URL's host name. Pure.
import { copyrightHolderOf } from "../../clean/credits.js";
import { stripWireTag } from "../../clean/stamps.js";
import { nameWords, textOf, type Doc, type El } from "./dom.js";
import { firstMeta, ldString, resolveRef, type LdNode, type MetaTags } from "./metadata.js";

/** Letters and digits only, lowercased: "GOV.UK" ~ "gov uk", "The Harbor City Courier" ~ "the harbor city courier". */
const letters = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
const clean = (s: string | null | undefined) => (s ?? "").replace(/\s+/g, " ").trim();

/** Whether two names are the same name ("Northline" and "Northline News" are; "The X" and "X" are). */
export function sameName(a: string, b: string): boolean {
  const x = letters(a).replace(/^the/, "");
  const y = letters(b).replace(/^the/, "");
  if (!x || !y) return false;
  return x === y || (Math.min(x.length, y.length) >= 4 && (x.startsWith(y) || y.startsWith(x)));
}

/** The host of a URL without "www.": "https://www.tmz.com/x" → "tmz.com". */
export function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    const host = new URL(url).hostname.toLowerCase().replace(/^www\d?\./, "");
    return host || null;
  } catch {
    return null;
  }
}

/** Texts naming the site in its own markup: logo images' alt text, brand and site-title elements. */
function logoNames(document: Doc): string[] {
  const out: string[] = [];
  for (const el of document.querySelectorAll("img[alt], a, div, span, p")) {
    const words = nameWords(el as El);
    const isLogo =
      words.has("logo") || words.has("brand") || words.has("site-title") || words.has("site-name") || words.has("masthead-logo");
    const homeLink = el.localName === "a" && /^(?:\/|https?:\/\/[^/]+\/?)$/.test(el.getAttribute("href") ?? "");
    if (el.localName === "img") {
      const parent = el.parentElement as El | null;
      const inLogo =
        isLogo ||
        (parent &&
          (nameWords(parent).has("logo") ||
            (parent.localName === "a" && /^(?:\/|https?:\/\/[^/]+\/?)$/.test(parent.getAttribute("href") ?? ""))));
      if (inLogo) out.push(clean(el.getAttribute("alt")));
    } else if (isLogo || homeLink) {
      const t = textOf(el);
      if (t && t.length <= 60) out.push(t);
    }
  }
  return out.filter(Boolean);
}

/** Copyright holders named in the page ("© 2024 Sahel Watch" → "Sahel Watch"). */
function copyrightHolders(document: Doc): string[] {
  const out: string[] = [];
  const body = document.body;
  if (!body) return out;
  const text = body.textContent ?? "";
  for (const m of text.matchAll(/(?:©|\(c\)|copyright\b)[^\n©]{0,120}/gi)) {
    const holder = copyrightHolderOf(m[0]);
    if (holder) out.push(holder);
  }
  return out;
}

export interface NamingInput {
  document: Doc;
  tags: MetaTags;
  nodes: LdNode[];
  article: LdNode | null;
  url: string | null;
}

/** Names the page declares for its site, most explicit first (possibly empty). */
export function declaredSiteNames(input: NamingInput): string[] {
  const { tags, nodes, article } = input;
  const publisher = article ? resolveRef(article.publisher, nodes) : null;
  const website = nodes.find((n) => n["@type"] === "WebSite");
  return [
    firstMeta(tags, "og:site_name"),
    publisher ? ldString(publisher.name) : null,
    firstMeta(tags, "application-name", "apple-mobile-web-app-title"),
    website ? ldString(website.name) : null,
  ]
    .map(clean)
    .filter(Boolean);
}

const SEPARATOR = /\s+(?:\||-|–|—|::|:|·|•|»|>|~|\/)\s+/;
const PRINT_PREFIX = /^(?:print(?:er[- ]friendly)?(?: version)?|printable version|print view)\s*[-–—:|]\s*/i;

/** The segments of a <title>: "A | B - C" → ["A", "B", "C"] with the separator before each. */
function segments(title: string): Array<{ text: string; sep: string }> {
  const out: Array<{ text: string; sep: string }> = [];
  let rest = title;
  let sep = "";
  for (let m = SEPARATOR.exec(rest); m; m = SEPARATOR.exec(rest)) {
    out.push({ text: rest.slice(0, m.index), sep });
    sep = m[0].trim();
    rest = rest.slice(m.index + m[0].length);
  }
  out.push({ text: rest, sep });
  return out;
}

/** A name-like segment: a few capitalized words ("The Daily Planet", "GOV.UK"), no lowercase word. */
const looksLikeName = (s: string) => {
  const words = s.split(/\s+/);
  return words.length <= 4 && words.every((w) => /^[\p{Lu}\p{N}&]/u.test(w) || /^(?:of|the|and|de|du|la|le|el|on|for)$/.test(w));
};

/**
 * A page title without the site's name, section names or a "Print -" prefix: "Headline | Niger |
 * The Daily Ledger" → "Headline". `sites` are the names the page gives its site.
 */
export function cleanTitle(title: string, sites: string[]): string {
  let t = clean(title).replace(PRINT_PREFIX, "");
  const parts = segments(t);
  if (parts.length === 1) return stripWireTag(t);
  const isSite = (s: string) => sites.some((site) => sameName(s, site));
  let list = parts.map((p) => p.text);
  let seps = parts.map((p) => p.sep);
  const drop = (i: number) => {
    list = list.filter((_, j) => j !== i);
    seps = seps.filter((_, j) => j !== i);
  };
  // the site's name at either end
  if (list.length > 1 && isSite(list[list.length - 1])) drop(list.length - 1);
  if (list.length > 1 && isSite(list[0])) {
    drop(0);
    seps[0] = "";
  }
  // with no declared name, a trailing name-like segment after a pipe or dash is the site's
  if (list.length > 1 && !sites.length && looksLikeName(list[list.length - 1]) && list[list.length - 2].split(/\s+/).length >= 3)
    drop(list.length - 1);
  // then section names after pipes or ">": "Headline | Niger", "Statement > Release"
  while (list.length > 1 && /^(?:\||>|::|»)$/.test(seps[list.length - 1]) && list[list.length - 1].split(/\s+/).length <= 3)
    drop(list.length - 1);
  t = list.map((text, i) => (i === 0 ? text : ` ${seps[i]} ${text}`)).join("");
  return stripWireTag(clean(t));
}

/** The outlet's name as a reader names it, or null. */
export function siteName(input: NamingInput): string | null {
  const declared = declaredSiteNames(input);
  if (declared.length) return declared[0];
  const { document, url } = input;
  const title = clean(document.querySelector("title")?.textContent);
  const named = [...logoNames(document), ...copyrightHolders(document)];
  const host = hostOf(url);
  const hostLabel = host ? host.split(".").slice(0, -1).join("") : null;
  const parts = title ? segments(title).map((p) => clean(p.text)) : [];
  // a <title> segment the page also gives its logo or its copyright: prefer the mixed-case spelling
  for (const part of parts.slice(1).reverse().concat(parts.slice(0, 1))) {
    const match = named.find((n) => sameName(n, part));
    // the title's spelling, unless it is in capitals and the logo's is not
    if (match) return /\p{Ll}/u.test(part) || !/\p{Ll}/u.test(match) ? part : match;
    if (hostLabel && letters(part) === hostLabel && parts.length > 1) return part;
  }
  if (hostLabel) {
    const match = named.find((n) => letters(n) === hostLabel);
    if (match) return match;
  }
  return host;
}

/** H1 elements that can be the article's headline (not a logo, not in navigation). */
function headlineCandidates(document: Doc, sites: string[]): Array<{ text: string; marked: boolean }> {
  const out: Array<{ text: string; marked: boolean }> = [];
  for (const h1 of document.querySelectorAll("h1")) {
    const text = textOf(h1);
    if (text.length < 3 || text.length > 300 || sites.some((s) => sameName(s, text))) continue;
    if (h1.closest("nav, footer, aside")) continue;
    const words = nameWords(h1 as El);
    const marked =
      h1.closest("article, main, [role=main], [itemprop=articleBody]") !== null ||
      (h1.getAttribute("itemprop") ?? "").toLowerCase() === "headline" ||
      ["headline", "title", "entry-title", "heading", "article-title", "story-title"].some((w) => words.has(w));
    out.push({ text, marked });
  }
  return out;
}

/** The page's headline, or null when it declares none. */
export function pageTitle(input: NamingInput, sites: string[]): string | null {
  const { document, tags, article } = input;
  const declared = [
    firstMeta(tags, "og:title"),
    firstMeta(tags, "twitter:title"),
    article ? ldString(article.headline) : null,
    article ? ldString(article.name) : null,
  ]
    .map(clean)
    .filter(Boolean)
    .map((t) => cleanTitle(t, sites));
  const docTitle = clean(document.querySelector("title")?.textContent);
  const titles = [...declared, ...(docTitle ? [cleanTitle(docTitle, sites)] : [])].filter(Boolean);
  const h1s = headlineCandidates(document, sites).map((h) => ({ ...h, text: stripWireTag(h.text) }));
  const matching = h1s.find((h) => titles.some((t) => letters(t) === letters(h.text)));
  if (matching) return matching.text;
  // the article's own <h1>; a short one that the declared titles do not contain is a section name ("Opinion")
  const marked = h1s.find(
    (h) => h.marked && (h.text.split(/\s+/).length > 3 || !titles.length || titles.some((t) => letters(t).includes(letters(h.text)))),
  );
  if (marked) return marked.text;
  return titles[0] ?? h1s[0]?.text ?? null;
}
