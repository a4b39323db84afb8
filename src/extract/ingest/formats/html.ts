// HTML. The page is read twice over: first what it declares (meta tags, JSON-LD, microdata: title,
// publication date, site name, URL, authors), then its text: site chrome removed, the article's
// furniture removed (credits kept), the article picked by @mozilla/readability with its defaults and
// checked against the page's prose (see ../html/). The text is plain: scripts, styles and markup never
// reach it.
import { uniqueCredits } from "../../clean/credits.js";
import { removeSiteChrome } from "../html/chrome.js";
import { blockText, parseDocument, textOf, type DomNode } from "../html/dom.js";
import { coverage, extractMainText } from "../html/mainText.js";
import { firstMeta, ldString, mainArticleNode, pageUrl, readJsonLd, readMetaTags, resolveRef, type LdNode } from "../html/metadata.js";
import { declaredSiteNames, pageTitle, siteName } from "../html/naming.js";
import { declaredDates, findPageDate } from "../html/pageDate.js";
import type { FormatParse, FormatResult } from "./types.js";

export { blockText } from "../html/dom.js";

/** The charset an HTML file declares for itself, read from its first bytes. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString("latin1");
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  return m ? m[1] : null;
}

/** Authors named in the article's JSON-LD, joined: "Lena Marsh, Tom Whitaker". */
function ldAuthors(article: LdNode | null, nodes: LdNode[]): string | null {
  if (!article?.author) return null;
  const list = Array.isArray(article.author) ? article.author : [article.author];
  const names = list
    .map((a) => (typeof a === "string" ? a : ldString(resolveRef(a, nodes)?.name ?? null)))
    .filter((n): n is string => Boolean(n && !/^https?:\/\//.test(n)));
  return names.length ? names.join(", ") : null;
}

/** The article's JSON-LD `articleBody` as plain text (it may hold markup), paragraphs kept. */
function articleBodyOf(article: LdNode | null): string {
  const raw = article ? ldString(article.articleBody) : null;
  if (!raw) return "";
  const html = /<\/?[a-z][^>]*>/i.test(raw)
    ? raw
    : raw
        .split(/\n+/)
        .map((p) => `<p>${p.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</p>`)
        .join("");
  return blockText(parseDocument(`<!doctype html><html><body>${html}</body></html>`).body as unknown as DomNode);
}

/** A byline element's text without its "By" and trailing role words: "By Jesse Morales, Staff Writer" stays as written after "By". */
function cleanByline(text: string): string {
  return text
    .replace(/^(?:by|story by|written by|words by)\s+/i, "")
    .replace(/\s+/g, " ")
    .trim();
}

export function parseHtml(html: string): FormatParse {
  // what the page declares is read first; then the same document is stripped down to the article
  const document = parseDocument(html);
  const tags = readMetaTags(document);
  const nodes = readJsonLd(document);
  const article = mainArticleNode(nodes, firstMeta(tags, "og:title"));
  const url = pageUrl(document, tags, html, article);
  const naming = { document, tags, nodes, article, url };
  const source = siteName(naming);
  const sites = [...declaredSiteNames(naming), ...(source ? [source] : [])];
  const title = pageTitle(naming, sites);
  const declared = declaredDates(document, nodes, article, tags);

  const cluster = removeSiteChrome(document);
  const headline = textOf(document.querySelector("h1")) || title;
  const dated = findPageDate({ declared, cleaned: document, cluster, headline, url });
  const main = extractMainText(document, cluster, firstMeta(tags, "og:description", "description", "twitter:description") ?? "");
  let text = main.text;
  // a page drawn by script has little text in its markup: its JSON-LD articleBody may hold the story
  const ldBody = articleBodyOf(article);
  if (ldBody.length >= 200 && coverage(text, ldBody) < 0.6) text = ldBody;
  if (!text.trim()) {
    const body = parseDocument(html).body;
    text = body ? blockText(body as unknown as DomNode) : "";
  }
  if (!text.trim()) return { reason: "no readable text in HTML" };

  const metaAuthor = firstMeta(tags, "author", "article:author", "parsely-author", "sailthru.author", "dc.creator");
  const byline =
    ldAuthors(article, nodes) ??
    (metaAuthor && !/^https?:\/\//.test(metaAuthor) ? metaAuthor : null) ??
    (main.bylines.length ? cleanByline(main.bylines[0]) : null);
  const result: FormatResult = {
    text,
    boilerplate: [],
    title,
    date: dated.date,
    dateSource: dated.dateSource,
    source,
    url,
    byline,
    credits: uniqueCredits(main.credits),
    warnings: dated.warnings,
  };
  return result;
}
