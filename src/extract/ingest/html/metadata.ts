// What a page says about itself in markup: meta tags, JSON-LD (schema.org), the canonical URL.
// Read before anything is removed from the document. Pure.
import type { Doc } from "./dom.js";

/** Meta tags by lowercased name or property ("itemprop:" and the name for microdata), values in document order. */
export type MetaTags = Map<string, string[]>;

export function readMetaTags(document: Doc): MetaTags {
  const tags: MetaTags = new Map();
  for (const el of document.querySelectorAll("meta")) {
    const content = el.getAttribute("content")?.trim();
    if (!content) continue;
    for (const attr of ["name", "property", "itemprop", "http-equiv"]) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (!key) continue;
      // microdata is read with the page's other microdata: its keys are kept apart
      for (const k of key.split(/\s+/).map((k) => (attr === "itemprop" ? `itemprop:${k}` : k))) {
        const list = tags.get(k);
        if (list) list.push(content);
        else tags.set(k, [content]);
      }
    }
  }
  return tags;
}

export function firstMeta(tags: MetaTags, ...keys: string[]): string | null {
  for (const key of keys) {
    const v = tags.get(key.toLowerCase())?.[0];
    if (v) return v;
  }
  return null;
}

/** A schema.org object from JSON-LD. */
export type LdNode = Record<string, unknown>;

const ARTICLE_TYPE = /(?:Article|BlogPosting|LiveBlogPosting|SocialMediaPosting|Report|PressRelease)$/;
const PAGE_TYPE = /^(?:WebPage|ItemPage|AboutPage|ProfilePage|QAPage|FAQPage)$/;

export function typesOf(node: LdNode): string[] {
  const t = node["@type"];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === "string").map((x) => x.replace(/^(?:https?:\/\/)?schema\.org\//, ""));
}

export const isArticleNode = (node: LdNode) => typesOf(node).some((t) => ARTICLE_TYPE.test(t));
export const isPageNode = (node: LdNode) => typesOf(node).some((t) => PAGE_TYPE.test(t));

/** JSON as pages write it: CDATA wrappers, HTML comments, trailing commas and raw line breaks in strings tolerated. */
function parseLenient(raw: string): unknown {
  const text = raw
    .replace(/^\s*(?:\/\/\s*)?<!\[CDATA\[|(?:\/\/\s*)?\]\]>\s*$/g, "")
    .replace(/^\s*<!--|-->\s*$/g, "")
    .trim();
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    try {
      // eslint-disable-next-line no-control-regex -- control characters break JSON.parse: they are what is removed
      return JSON.parse(text.replace(/,\s*([}\]])/g, "$1").replace(/[\u0000-\u001f]+/g, " "));
    } catch {
      return null;
    }
  }
}

/**
 * The schema.org objects of the page's JSON-LD, flattened: top-level objects, members of arrays and of
 * `@graph`, and the `mainEntity` of a page. Parts of an object (`hasPart`, `liveBlogUpdate`,
 * `itemListElement`) are other things and are not listed.
 */
export function readJsonLd(document: Doc): LdNode[] {
  const out: LdNode[] = [];
  const visit = (value: unknown, depth: number) => {
    if (depth > 4 || value === null || typeof value !== "object") return;
    if (Array.isArray(value)) {
      for (const v of value) visit(v, depth + 1);
      return;
    }
    const node = value as LdNode;
    if (node["@type"] !== undefined) out.push(node);
    if (Array.isArray(node["@graph"])) visit(node["@graph"], depth + 1);
    if (node.mainEntity && typeof node.mainEntity === "object") visit(node.mainEntity, depth + 1);
  };
  for (const script of document.querySelectorAll("script")) {
    if ((script.getAttribute("type") ?? "").trim().toLowerCase() !== "application/ld+json") continue;
    visit(parseLenient(script.textContent ?? ""), 0);
  }
  return out;
}

/** The first string of a JSON-LD value: a string, the first string of an array, or `@value`/`name` of an object. */
export function ldString(value: unknown, field = "@value"): string | null {
  if (typeof value === "string") return value.trim() || null;
  if (Array.isArray(value)) {
    for (const v of value) {
      const s = ldString(v, field);
      if (s) return s;
    }
    return null;
  }
  if (value && typeof value === "object") return ldString((value as LdNode)[field] ?? null);
  return null;
}

/** A node referred to by `{"@id": ...}`, resolved against the page's nodes. */
export function resolveRef(value: unknown, nodes: LdNode[]): LdNode | null {
  const first = Array.isArray(value) ? value[0] : value;
  if (!first || typeof first !== "object") return null;
  const node = first as LdNode;
  if (node.name !== undefined || node["@id"] === undefined) return node;
  return nodes.find((n) => n["@id"] === node["@id"] && n !== node) ?? node;
}

/** The article the page is about: the first article-typed node, preferring one whose headline matches `headline`. */
export function mainArticleNode(nodes: LdNode[], headline?: string | null): LdNode | null {
  const articles = nodes.filter(isArticleNode);
  if (!articles.length) return null;
  if (headline) {
    const norm = (s: string) =>
      s
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, " ")
        .trim();
    const match = articles.find((a) => {
      const h = ldString(a.headline) ?? ldString(a.name);
      return h !== null && norm(h) === norm(headline);
    });
    if (match) return match;
  }
  return articles[0];
}

/** The page's own address: canonical link, og:url, the article's JSON-LD url, or the "saved from url" comment browsers write. */
export function pageUrl(document: Doc, tags: MetaTags, html: string, article: LdNode | null = null): string | null {
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute("href")?.trim();
  if (canonical && /^https?:\/\//i.test(canonical)) return canonical;
  const og = firstMeta(tags, "og:url");
  if (og && /^https?:\/\//i.test(og)) return og;
  const ld = article ? (ldString(article.url) ?? ldString(article.mainEntityOfPage, "@id")) : null;
  if (ld && /^https?:\/\//i.test(ld)) return ld;
  const saved = /<!--\s*saved from url=\(\d+\)(https?:\/\/[^\s>]+)\s*-->/i.exec(html.slice(0, 2000));
  return saved ? saved[1] : canonical || og || null;
}
