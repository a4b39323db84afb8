// The article's text from a page whose site chrome is gone: its furniture is removed (credits kept),
// Readability (default options) picks the article, and when what it picked misses much of the page's
// prose (a newsletter box or a print footer instead of the story) the prose cluster is read instead.
// Furniture lines left in the text (stamps, credits, "Read more" links) are dropped. Pure, but
// mutates the document it is given.
import { Readability } from "@mozilla/readability";
import { furnitureLine } from "../../clean/boilerplate.js";
import { blockText, textOf, type Doc, type DomNode, type El } from "./dom.js";
import { removeFurniture, storyWithin } from "./chrome.js";

export interface MainText {
  text: string;
  /** Credits found in captions, credit elements and dropped credit lines. */
  credits: string[];
  /** Byline texts found in byline elements and "By ..." lines. */
  bylines: string[];
  /** Which reading gave the text. */
  via: "readability" | "prose" | "none";
}

/**
 * Share of the prose cluster's words Readability must keep for its pick to stand. Low enough that a
 * cluster holding some leftover chrome does not overrule a right pick; a footer or a newsletter box
 * keeps far less.
 */
const MIN_COVERAGE = 0.6;

function words(text: string): Map<string, number> {
  const bag = new Map<string, number>();
  for (const w of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) bag.set(w, (bag.get(w) ?? 0) + 1);
  return bag;
}

/** Share of `reference`'s words (with multiplicity) that `text` also holds. */
export function coverage(text: string, reference: string): number {
  const have = words(text);
  let shared = 0;
  let total = 0;
  for (const [w, n] of words(reference)) {
    total += n;
    shared += Math.min(n, have.get(w) ?? 0);
  }
  return total ? shared / total : 1;
}

/** The article Readability (default options) picks, as plain text. Readability changes the document. */
function readabilityText(document: Doc): string {
  try {
    const article = new Readability<DomNode>(document as unknown as Document, { serializer: (el) => el as unknown as DomNode }).parse();
    return article?.content ? blockText(article.content) : "";
  } catch {
    return "";
  }
}

/** Drops the lines of `text` that are page furniture, collecting the credits and bylines they hold. */
function dropFurnitureLines(text: string, credits: string[], bylines: string[]): string {
  const blocks: string[] = [];
  for (const block of text.split(/\n{2,}/)) {
    const kept: string[] = [];
    for (const line of block.split("\n")) {
      const f = furnitureLine(line, false);
      if (!f || f.kind === "source") {
        kept.push(line);
        continue;
      }
      if (f.credit) credits.push(f.credit);
      if (f.byline) bylines.push(f.byline);
    }
    if (kept.some((l) => l.trim())) blocks.push(kept.join("\n"));
  }
  return blocks.join("\n\n");
}

const wordCount = (t: string) => (t.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** Words inside links, and all words, of an element. */
function linkWords(el: El): { links: number; words: number } {
  let links = 0;
  for (const a of el.querySelectorAll("a")) links += wordCount(textOf(a));
  return { links, words: wordCount(textOf(el)) };
}

/** Link words per word above which what a block adds to the story is a list of other stories. */
const LIST_DENSITY = 0.1;

/**
 * The element holding the article around its lead paragraph (the page's own description of the
 * story): from the smallest element holding the lead, up while what each parent adds is more story
 * (few links per word, or little), not a block of other stories ("Related", "À lire aussi"). Null when
 * no element of `within` holds the lead.
 */
export function leadBlock(within: El, lead: string): El | null {
  if (wordCount(lead) < 8) return null;
  let best: El | null = null;
  for (const el of within.querySelectorAll("p, div, section, article, li, td")) {
    if (coverage(textOf(el), lead) < 0.8) continue;
    if (!best || wordCount(textOf(el)) < wordCount(textOf(best))) best = el;
  }
  if (!best) return null;
  let current = best;
  while (current !== within && current.parentElement) {
    const parent = current.parentElement as El;
    const inner = linkWords(current);
    const outer = linkWords(parent);
    const added = outer.words - inner.words;
    const density = added > 0 ? (outer.links - inner.links) / added : 0;
    if (added > 0.3 * inner.words && density >= LIST_DENSITY) break;
    current = parent;
  }
  return current;
}

/**
 * The article's text from a page whose site chrome is gone; `cluster` holds its prose. The document is
 * changed (furniture removed, then Readability's own cleaning).
 */
export function extractMainText(document: Doc, cluster: El | null, lead = ""): MainText {
  const findings = removeFurniture(document, cluster);
  const credits = [...findings.credits];
  const bylines = [...findings.bylines];
  let story = cluster ? storyWithin(document, cluster) : null;
  // the story is the block around the page's lead paragraph, not the longest one: a cluster that also
  // holds a long list of other stories' teasers narrows to the article
  const body = document.body as El | null;
  const around = story && lead && body ? leadBlock(body, lead) : null;
  const holdsLead = story !== null && coverage(textOf(story), lead) >= 0.8;
  // a cluster without the lead is other stories' prose; one holding the lead narrows to the block around it
  if (
    around &&
    around !== story &&
    (!holdsLead || (story!.contains(around as never) && wordCount(textOf(around)) >= 0.2 * wordCount(textOf(story!))))
  )
    story = around;
  const narrowedToLead = around !== null && story === around;
  const prose = story ? blockText(story as unknown as DomNode) : "";
  const narrowed = story !== null && (story !== cluster || narrowedToLead);
  const picked = readabilityText(document);
  let text: string;
  let via: MainText["via"];
  const size = (t: string) => (t.match(/[\p{L}\p{N}]+/gu) ?? []).length;
  if (!picked.trim() && !prose.trim()) return { text: "", credits, bylines, via: "none" };
  if (!prose.trim()) {
    text = picked;
    via = "readability";
  } else if (!picked.trim() || coverage(picked, prose) < MIN_COVERAGE) {
    // Readability picked something else than the story (a footer, a newsletter box)
    text = prose;
    via = "prose";
  } else if (narrowed && size(picked) > 1.2 * size(prose)) {
    // it took the story and the boxes after it
    text = prose;
    via = "prose";
  } else {
    text = picked;
    via = "readability";
  }
  return { text: dropFurnitureLines(text, credits, bylines), credits, bylines, via };
}
