// Other stories' items on a page: the cards, list items and blocks of a related-articles list, a
// "Latest" rail, a "Keep reading" box. Each carries a link to another story (a linked heading, or a
// link of a headline's length that is much of the block's text), and its stamps date that story, not
// the page. The article's own blocks are never one: an element holding the headline or the story's
// prose is the page's. Pure: reads the document, changes nothing.
import { nameWords, textOf, type Doc, type El } from "./dom.js";

const HEADING = new Set(["h2", "h3", "h4", "h5", "h6"]);
/** A link this many words long reads as another story's headline, not an author's name or a tag. */
const HEADLINE_WORDS = 4;
/** Share of a block's text in its headline link that makes the block a teaser. */
const LINK_SHARE = 0.25;
/** A teaser is a card or a list, not a page: blocks with more text than this are left alone. */
const TEASER_MAX_TEXT = 1500;
/** A teaser's card sits a few levels around its link: marking stops this many levels up (deeply nested pages stay linear). */
const MAX_LEVELS = 8;

const AUTHOR_WORDS = new Set(["byline", "bylines", "author", "authors", "contributor", "contributors", "writer", "reporter"]);
const AUTHOR_URL = /\/(?:authors?|staff|people|profiles?|journalists?|writers?|contributors?|reporters?)(?:\/|$)/i;

/** A link to the article's author (rel=author, an author page, inside a byline element): the page's own byline, not another story. */
function authorLink(a: El): boolean {
  if ((a.getAttribute("rel") ?? "").toLowerCase().split(/\s+/).includes("author")) return true;
  if (AUTHOR_URL.test(a.getAttribute("href") ?? "")) return true;
  let level = 0;
  for (let node: El | null = a; node && node.localName !== "body" && level < MAX_LEVELS; node = node.parentElement as El | null, level++) {
    for (const w of nameWords(node)) if (AUTHOR_WORDS.has(w)) return true;
  }
  return false;
}

/** Whether `node` holds the headline or the story (or is the page): it is the article's, never a teaser. */
function articleBlock(node: El, cluster: El | null): boolean {
  const tag = node.localName;
  if (tag === "body" || tag === "html" || tag === "h1" || node.querySelector("h1") !== null) return true;
  return cluster !== null && (node === cluster || node.contains(cluster));
}

/**
 * The elements of `document` that hold other stories' items, given the element holding the article's
 * prose (`cluster`, or null). A linked heading (h2 to h6) marks every block around it up to the
 * article's own blocks; a headline-long link marks the blocks of which it is a good part.
 */
export function otherStories(document: Doc, cluster: El | null): Set<El> {
  const out = new Set<El>();
  const body = document.body as El | null;
  if (!body) return out;
  const lengths = new Map<El, number>();
  const lengthOf = (node: El) => {
    let n = lengths.get(node);
    if (n === undefined) lengths.set(node, (n = textOf(node).length));
    return n;
  };
  const own = new Map<El, boolean>();
  const isOwn = (node: El) => {
    let b = own.get(node);
    if (b === undefined) own.set(node, (b = articleBlock(node, cluster)));
    return b;
  };
  const mark = (from: El, keep: (node: El) => boolean) => {
    let level = 0;
    for (let node = from.parentElement as El | null; node && level < MAX_LEVELS; node = node.parentElement as El | null, level++) {
      if (isOwn(node) || !keep(node)) return;
      out.add(node);
    }
  };
  for (const a of body.querySelectorAll("a[href]")) {
    if (authorLink(a)) continue;
    const words = textOf(a)
      .split(" ")
      .filter((w) => /\p{L}/u.test(w)).length;
    const heading = a.closest("h2, h3, h4, h5, h6") ?? [...a.querySelectorAll("*")].find((el) => HEADING.has(el.localName)) ?? null;
    if (heading && words > 0) {
      if (cluster?.contains(heading) && !headingInBox(heading, cluster)) continue; // a linked sub-heading of the story itself
      out.add(a);
      mark(a, () => true);
    } else if (words >= HEADLINE_WORDS) {
      const linkLength = textOf(a).length;
      mark(a, (node) => {
        const length = lengthOf(node);
        return length <= TEASER_MAX_TEXT && linkLength >= LINK_SHARE * length;
      });
    }
  }
  return out;
}

/** Whether a heading inside the story sits in a box of its own (a "Read more" card), not directly in the story. */
function headingInBox(heading: El, cluster: El): boolean {
  return heading.parentElement !== cluster;
}

/** Whether `el` sits in one of `others` (or is one). */
export function inOtherStory(el: El, others: Set<El>): boolean {
  for (let node: El | null = el; node; node = node.parentElement as El | null) if (others.has(node)) return true;
  return false;
}
