// Page chrome: what a site wraps around an article. Two layers, removed in turn from the document:
// the site's (navigation, cookie banners, share bars, newsletter boxes, related and most-read lists,
// comments, ads, footers) and the article's furniture (byline, date line, captions and credits, tags,
// kicker, standfirst, headline). The article's own text is protected: an element holding most of the
// page's prose is never removed, whatever its class says. Mutates the document it is given.
import { furnitureLine } from "../../clean/boilerplate.js";
import { inlineCredits } from "../../clean/credits.js";
import { blockText, isHidden, nameWords, textOf, type Doc, type DomNode, type El } from "./dom.js";

/** Elements that never hold article prose. */
const SITE_TAGS = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "iframe",
  "object",
  "embed",
  "canvas",
  "nav",
  "aside",
  "footer",
  "dialog",
  "menu",
  "form",
  "button",
  "select",
  "input",
  "textarea",
  "label",
  "amp-sidebar",
  "amp-social-share",
  "amp-ad",
  "amp-analytics",
  "amp-consent",
  "amp-user-notification",
  "amp-sticky-ad",
  "amp-iframe",
]);

/** Class, id and role words of the site's chrome. */
const SITE_WORDS = new Set([
  "cookie",
  "cookies",
  "consent",
  "gdpr",
  "onetrust",
  "cmp",
  "newsletter",
  "newsletters",
  "signup",
  "sign-up",
  "subscribe",
  "subscription",
  "share",
  "shares",
  "sharing",
  "sharebar",
  "sharedaddy",
  "social",
  "related",
  "relatedposts",
  "recommended",
  "recommendations",
  "recommendation",
  "popular",
  "most-read",
  "mostread",
  "most-viewed",
  "most-popular",
  "trending",
  "read-next",
  "more-stories",
  "more-on",
  "more-for",
  "you-may",
  "onward",
  "comments",
  "comment",
  "disqus",
  "respond",
  "reactions",
  "feedback",
  "promo",
  "promotion",
  "advert",
  "advertisement",
  "ads",
  "ad",
  "adslot",
  "sponsored",
  "outbrain",
  "taboola",
  "breadcrumb",
  "breadcrumbs",
  "sidebar",
  "widget",
  "widgets",
  "navbar",
  "menu",
  "nav",
  "navigation",
  "banner",
  "complementary",
  "contentinfo",
  "search",
  "skip",
  "skip-link",
  "toolbar",
  "pagination",
  "pager",
  "screen-reader-text",
  "sr-only",
  "visually-hidden",
  "element-invisible",
  "offscreen",
  "modal",
  "popup",
  "overlay",
  "lightbox",
  "donate",
  "cta",
  "license",
  "licence",
  "footer",
  "header",
  "masthead",
  "utility",
  "follow",
]);

/** Class and id words of the article's furniture. */
const FURNITURE_WORDS = new Set([
  "byline",
  "bylines",
  "author",
  "authors",
  "contributor",
  "contributors",
  "meta",
  "metadata",
  "dateline",
  "date",
  "dates",
  "timestamp",
  "published",
  "updated",
  "caption",
  "captions",
  "figcaption",
  "cutline",
  "credit",
  "credits",
  "copyright",
  "kicker",
  "overline",
  "eyebrow",
  "section-label",
  "standfirst",
  "dek",
  "subheadline",
  "sub-headline",
  "summary",
  "tags",
  "tag",
  "topics",
  "keywords",
  "categories",
  "bio",
  "read-time",
  "reading-time",
  "image",
  "photo",
  "picture",
  "gallery",
  "correction",
]);
const FURNITURE_TAGS = new Set(["header", "figure", "figcaption", "h1"]);

/** An element holding at most this much text can be furniture; more is prose, whatever its name. */
const FURNITURE_MAX_TEXT = 600;

/** What chrome held that the article keeps as metadata. */
export interface ChromeFindings {
  /** Credits from caption and credit elements ("Getty Images", "Photo: Jane Doe/Reuters"), in document order. */
  credits: string[];
  /** Texts of byline elements, in document order. */
  bylines: string[];
}

const INLINE = new Set([
  "a",
  "abbr",
  "b",
  "bdi",
  "bdo",
  "cite",
  "code",
  "em",
  "font",
  "i",
  "kbd",
  "mark",
  "q",
  "s",
  "small",
  "span",
  "strong",
  "sub",
  "sup",
  "time",
  "u",
  "var",
  "big",
  "tt",
]);

/** Paragraph-like text of an element: a <p>'s text, or the text a block holds directly (not in child blocks). */
function ownText(el: El): string {
  const tag = el.localName;
  if (tag === "p") return textOf(el);
  let text = "";
  for (const child of el.childNodes as unknown as DomNode[]) {
    if (child.nodeType === 3) text += child.textContent ?? "";
    else if (child.nodeType === 1 && INLINE.has(child.nodeName.toLowerCase())) text += child.textContent ?? "";
  }
  return text.replace(/\s+/g, " ").trim();
}

function linkTextLength(el: El): number {
  let n = 0;
  for (const a of el.querySelectorAll("a")) n += textOf(a).length;
  return n;
}

/** Paragraph-like units of a page and how much prose each element holds. */
interface Prose {
  /** Characters of prose inside each element (its units' text). */
  held: Map<El, number>;
  /** Units inside each element. */
  units: Map<El, number>;
  total: number;
}

/** Paragraphs, and blocks with 80+ characters of their own text; link lists count for nothing. */
function measureProse(document: Doc): Prose {
  const held = new Map<El, number>();
  const units = new Map<El, number>();
  let total = 0;
  for (const el of document.querySelectorAll("body *")) {
    const tag = el.localName;
    if (tag === "script" || tag === "style") continue;
    const own = ownText(el);
    if (!own || (tag !== "p" && own.length < 80)) continue;
    const links = tag === "p" ? linkTextLength(el) : 0;
    if (links > own.length * 0.5) continue;
    total += own.length;
    for (let node: El | null = el; node; node = node.parentElement as El | null) {
      held.set(node, (held.get(node) ?? 0) + own.length);
      units.set(node, (units.get(node) ?? 0) + 1);
    }
  }
  return { held, units, total };
}

/**
 * The element that holds the article's prose: the deepest one holding at least `share` of the
 * page's prose. Null when the page has no prose.
 */
export function proseCluster(document: Doc, share = 0.7): El | null {
  const { held, total } = measureProse(document);
  let best: El | null = document.body as El | null;
  if (!best || !total) return null;
  for (;;) {
    let next: El | null = null;
    const children: El[] = [...(best.children as unknown as El[])];
    for (const child of children) {
      if ((held.get(child) ?? 0) >= share * total) next = child;
    }
    if (!next) return best;
    best = next;
  }
}

/** Boxes after the story that a narrower cluster may leave out: a paragraph or two, short. */
const TRAILING_BOX_MAX = 400;

/**
 * The story within a prose cluster: when one child holds most of the cluster's prose and the rest
 * follows it in small boxes of a paragraph or two (a newsletter box, a print footer), that child.
 * Prose before the story (a lede outside the body's container) keeps the cluster whole.
 */
export function storyWithin(document: Doc, cluster: El): El {
  const { held, units } = measureProse(document);
  let current = cluster;
  for (;;) {
    const children: El[] = [...(current.children as unknown as El[])].filter((c) => (held.get(c) ?? 0) > 0);
    if (children.length < 2) return current;
    const dominant = children.reduce((a, b) => ((held.get(b) ?? 0) > (held.get(a) ?? 0) ? b : a));
    if ((held.get(dominant) ?? 0) < 0.5 * (held.get(current) ?? 0)) return current;
    const at = children.indexOf(dominant);
    const rest = children.filter((c) => c !== dominant);
    const trailing = rest.every((c) => children.indexOf(c) > at && (held.get(c) ?? 0) <= TRAILING_BOX_MAX && (units.get(c) ?? 0) <= 2);
    if (!trailing) return current;
    current = dominant;
  }
}

function ancestorsOf(el: El | null): Set<El> {
  const out = new Set<El>();
  for (let node = el; node; node = node.parentElement as El | null) out.add(node);
  return out;
}

function hasWord(words: Set<string>, list: Set<string>): boolean {
  for (const w of words) if (list.has(w)) return true;
  return false;
}

/** Removes elements that never hold prose (scripts, navigation, footers, hidden elements), except any holding most of the prose. */
function removeStructuralChrome(document: Doc): void {
  const body = document.body;
  if (!body) return;
  const cluster = proseCluster(document, 0.5);
  const keep = ancestorsOf(cluster);
  for (const el of [...body.querySelectorAll("*")]) {
    if (!el.isConnected || keep.has(el)) continue;
    if (SITE_TAGS.has(el.localName) || isHidden(el)) el.remove();
  }
}

/** Words of regions that hold prose other than the article's. */
const OTHER_PROSE = new Set([
  "comments",
  "comment",
  "disqus",
  "respond",
  "replies",
  "related",
  "relatedposts",
  "recommended",
  "recommendations",
  "newsletter",
  "cookie",
  "cookies",
  "consent",
  "gdpr",
  "footer",
  "outbrain",
  "taboola",
  "most-read",
  "most-viewed",
  "trending",
  "popular",
]);

/** Words that say an element holds the article, whatever else its name says ("story-body share-enabled"). */
const CONTENT_WORDS = new Set(["article", "body", "content", "main", "story", "post", "entry", "text", "column", "prose"]);

/**
 * Removes the site's chrome: the elements named like it. An element holding the page's prose stays
 * when its name also says it holds content, or it holds the headline; a comments section longer than
 * the story it follows is still comments.
 */
export function removeSiteChrome(document: Doc): El | null {
  removeStructuralChrome(document);
  const body = document.body;
  if (!body) return null;
  // only a region that plainly holds other prose (comments, related stories) may take the prose with it
  const otherProse = (el: El, words: Set<string>) =>
    hasWord(words, OTHER_PROSE) &&
    !hasWord(words, CONTENT_WORDS) &&
    el.querySelector("h1") === null &&
    !["body", "html", "main"].includes(el.localName);
  let cluster = proseCluster(document);
  let keep = ancestorsOf(cluster);
  let removed = false;
  for (const el of [...body.querySelectorAll("*")]) {
    if (!el.isConnected) continue;
    const words = nameWords(el, true);
    if (keep.has(el)) {
      if (!otherProse(el, words)) continue;
      // chrome holding most of the prose (a long comment thread): it goes, and the prose is looked for again
      el.remove();
      cluster = proseCluster(document);
      keep = ancestorsOf(cluster);
      continue;
    }
    // a header that carries the headline is the article's, not the site's
    if (el.localName === "header" || words.has("header") || words.has("masthead")) {
      if (el.querySelector("h1") === null) {
        el.remove();
        removed = true;
      }
      continue;
    }
    if (hasWord(words, SITE_WORDS)) {
      el.remove();
      removed = true;
    }
  }
  // with the chrome gone, the prose may sit in a narrower element
  return removed ? proseCluster(document) : cluster;
}

/**
 * Removes the article's furniture (byline, date line, captions, credits, tags, standfirst, headline)
 * outside `cluster` and its ancestors, returning the credits and bylines it held.
 */
export function removeFurniture(document: Doc, cluster: El | null): ChromeFindings {
  const findings: ChromeFindings = { credits: [], bylines: [] };
  const body = document.body;
  if (!body) return findings;
  const keep = ancestorsOf(cluster);
  for (const el of [...body.querySelectorAll("*")]) {
    if (!el.isConnected || keep.has(el)) continue;
    const words = nameWords(el);
    const tag = el.localName;
    if (!FURNITURE_TAGS.has(tag) && !hasWord(words, FURNITURE_WORDS)) continue;
    const text = textOf(el);
    if (tag !== "header" && text.length > FURNITURE_MAX_TEXT) continue;
    harvest(el, findings);
    el.remove();
  }
  return findings;
}

const BYLINE_WORDS = new Set(["byline", "bylines", "author", "authors", "contributor", "contributors"]);

/** The bylines and credits an element about to be removed holds: named parts first, else its furniture lines. */
function harvest(el: El, findings: ChromeFindings): void {
  let named = false;
  for (const part of [el, ...el.querySelectorAll("*")]) {
    if (part.localName === "meta") continue;
    const words = nameWords(part);
    const t = textOf(part);
    if (!t || t.length > 160) continue;
    if (hasWord(words, BYLINE_WORDS) || part.getAttribute("rel") === "author") {
      if (!findings.bylines.includes(t) && !findings.bylines.some((b) => b.includes(t))) findings.bylines.push(t);
      named = true;
    } else if (hasWord(words, CREDIT_WORDS)) {
      findings.credits.push(t);
      named = true;
    }
  }
  if (named && !el.querySelector("figcaption")) return;
  for (const line of blockText(el as unknown as DomNode).split(/\n+/)) {
    const f = furnitureLine(line, false);
    if (f?.byline && !findings.bylines.length) findings.bylines.push(f.byline);
    if (f?.credit) findings.credits.push(f.credit);
    if (!f) for (const c of inlineCredits(line)) if (c.credit) findings.credits.push(c.credit);
  }
}

const CREDIT_WORDS = new Set(["credit", "credits", "copyright", "photo-credit", "image-credit", "source"]);
