// HTML. The main text is found with @mozilla/readability over a linkedom document, then rendered to
// plain text block by block (paragraphs separated by blank lines). Scripts, styles and other markup
// never reach `text`. Title, date, site name and canonical URL come from the page's metadata.
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { normalizeDeclaredDate } from "../dates.js";
import type { FormatParse, FormatResult } from "./types.js";

const BLOCK = new Set([
  "address", "article", "aside", "blockquote", "dd", "details", "dialog", "div", "dl", "dt", "fieldset",
  "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
  "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "ul", "body", "html",
]);
const SKIP = new Set(["script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas", "head", "button", "select", "input", "textarea"]);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/** Plain text of a DOM subtree: inline whitespace collapsed, blocks separated by blank lines. */
export function blockText(root: DomNode): string {
  const blocks: string[] = [];
  let current = "";
  const flush = () => {
    const t = current.replace(/[ \t\u00a0]+/g, " ").replace(/ *\n */g, "\n").trim();
    if (t) blocks.push(t);
    current = "";
  };
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) {
      current += (node.textContent ?? "").replace(/\s+/g, " ");
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeName.toLowerCase();
    if (SKIP.has(name)) return;
    if (name === "br") {
      current += "\n";
      return;
    }
    const block = BLOCK.has(name);
    if (block) flush();
    if (name === "td" || name === "th") current += " ";
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]);
    if (block) flush();
  };
  walk(root);
  flush();
  return blocks.join("\n\n");
}

/** The charset an HTML file declares for itself, read from its first bytes. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString("latin1");
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  return m ? m[1] : null;
}

type Doc = ReturnType<typeof parseHTML>["document"];

function meta(document: Doc, ...keys: string[]): string | null {
  for (const key of keys) {
    const el = document.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
    const v = el?.getAttribute("content")?.trim();
    if (v) return v;
  }
  return null;
}

export function parseHtml(html: string): FormatParse {
  const { document } = parseHTML(html);
  const pageTitle = document.querySelector("title")?.textContent?.replace(/\s+/g, " ").trim() || null;
  const rawDate =
    meta(document, "article:published_time", "og:published_time", "datePublished", "date", "dc.date", "DC.date.issued", "pubdate") ??
    document.querySelector("time[datetime]")?.getAttribute("datetime") ??
    null;
  const siteName = meta(document, "og:site_name", "application-name");
  const url = document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? meta(document, "og:url");

  let text = "";
  let title: string | null = null;
  let publishedTime: string | null = null;
  let readabilitySite: string | null = null;
  try {
    // Readability mutates the document; metadata was read above.
    const article = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
    if (article?.content) {
      const { document: content } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
      text = blockText(content.body as unknown as DomNode);
      title = article.title?.replace(/\s+/g, " ").trim() || null;
      publishedTime = article.publishedTime ?? null;
      readabilitySite = article.siteName?.trim() || null;
    }
  } catch {
    text = "";
  }
  if (!text.trim()) {
    const { document: fresh } = parseHTML(html);
    const body = fresh.body ?? fresh.documentElement;
    text = body ? blockText(body as unknown as DomNode) : "";
  }
  if (!text.trim()) return { reason: "no readable text in HTML" };

  const result: FormatResult = {
    text,
    boilerplate: [],
    title: title ?? pageTitle,
    date: null,
    dateSource: "none",
    source: siteName ?? readabilitySite,
    url: url ?? null,
    warnings: [],
  };
  const declared = rawDate ?? publishedTime;
  if (declared) {
    const date = normalizeDeclaredDate(declared);
    if (date) {
      result.date = date;
      result.dateSource = "header";
    } else {
      result.dateSource = "invalid";
      result.warnings.push(`invalid date in HTML metadata '${declared}'`);
    }
  }
  return result;
}
