// Finds the boilerplate of an article's text: promos, "Read also" links, share lines, fused video
// timestamps, scraper markup, URLs, and the page's credits: bylines, photo and copyright credits,
// time stamps, wire tags and the dateline. Pure: text in, ranges and metadata out. Nothing inside a
// range may become an actor, a date or a figure: the pipeline passes these ranges to the recognizers
// as `skip`.
import { mergeRanges, type OffsetPair } from "../util/ranges.js";
import { bylineOf, copyrightHolderOf, creditLineOf, inlineCredits, productionCreditOf, uniqueCredits } from "./credits.js";
import { findDateline } from "./dateline.js";
import { BRACKET_MARKUP, EMAIL, LINE_PATTERNS, URL } from "./patterns.js";
import { sourceFromLine } from "./source.js";
import { readStamps, wireTagLength, type Stamp } from "./stamps.js";

export interface Boilerplate {
  /** [start, end) ranges of `text`, sorted and merged. */
  ranges: OffsetPair[];
  /** The credited source ("Source: X" → "X"), as written, trimmed; null when there is none. */
  source: string | null;
  /** Credited names and credit lines (photo, copyright, agency, production), as written, in text order. */
  credits: string[];
  /** The byline's names ("By Jane Doe, AP" → "Jane Doe, AP"), or null. */
  byline: string | null;
  /** The dateline's place ("CAIRO (AP) —" → "Cairo"), or null. */
  location: string | null;
  /**
   * A publication day the article's own furniture writes: a "Published ..." stamp, else a dateline that
   * gives the year. Null when neither does.
   */
  date: string | null;
}

/** Each line of `text` with its trimmed content bounds. */
function* lines(text: string): Generator<{ start: number; end: number; line: string }> {
  let at = 0;
  while (at <= text.length) {
    let nl = text.indexOf("\n", at);
    if (nl < 0) nl = text.length;
    let s = at;
    let e = nl;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) yield { start: s, end: e, line: text.slice(s, e) };
    at = nl + 1;
  }
}

/** The boilerplate line pattern a line matches, or null. */
export function boilerplateLineKind(line: string): string | null {
  const plain = line.replace(BRACKET_MARKUP, "");
  for (const p of LINE_PATTERNS) {
    if (plain.length <= p.maxLength && p.test.test(plain)) return p.name;
  }
  return null;
}

/** What a line of page furniture holds. */
export interface FurnitureLine {
  kind: string;
  credit?: string | null;
  byline?: string;
  stamps?: Stamp[];
  source?: string;
}

/** Whether stamps make a line of furniture: a bare date line ("Aug. 9, 2023") is left to be read as text. */
const stampsAreFurniture = (stamps: Stamp[]) => stamps.some((s) => s.kind !== "plain");

/** A line (or a part of a " | "-separated line) read as furniture of one kind. */
function furniturePart(part: string): FurnitureLine | null {
  const byline = bylineOf(part);
  if (byline) return { kind: "byline", byline };
  const production = productionCreditOf(part);
  if (production) return { kind: "credit", credit: production };
  const credit = creditLineOf(part);
  if (credit) return { kind: credit.credit ? "photo-credit" : "caption", credit: credit.credit };
  const stamps = readStamps(part);
  if (stamps) return { kind: "stamp", stamps };
  const kind = boilerplateLineKind(part);
  if (kind === "copyright") return { kind, credit: copyrightHolderOf(part) };
  if (kind) return { kind };
  return null;
}

/**
 * A whole line read as page furniture, or null when it is (or may be) article text. Lines of several
 * parts ("By Jane Doe | August 9, 2023 | 3 min read") are furniture when every part is. `strict`
 * (the default) leaves a bare date line as text; HTML blocks, where a lone date is always a stamp,
 * pass false.
 */
export function furnitureLine(line: string, strict = true): FurnitureLine | null {
  // no furniture pattern reads a line this long: it is prose
  if (line.length > 600) return null;
  const plain = line.replace(BRACKET_MARKUP, "").trim();
  if (!plain) return null;
  const source = sourceFromLine(plain);
  if (source !== null) return { kind: "source", source };
  const whole = furniturePart(plain);
  if (whole) return whole.kind === "stamp" && strict && !stampsAreFurniture(whole.stamps!) ? null : whole;
  const parts = plain.split(/\s+[|·•]\s+/);
  if (parts.length < 2) return null;
  const read = parts.map(furniturePart);
  if (read.some((r) => r === null)) return null;
  const all = read as FurnitureLine[];
  const stamps = all.flatMap((r) => r.stamps ?? []);
  return {
    kind: all.find((r) => r.kind === "byline") ? "byline" : all[0].kind,
    byline: all.find((r) => r.byline)?.byline,
    credit: all.find((r) => r.credit)?.credit,
    stamps: stamps.length ? stamps : undefined,
  };
}

/** The day a set of stamps states as the publication day: a published stamp first. */
export function publishedDayOf(stamps: Stamp[]): string | null {
  return stamps.find((s) => s.kind === "published" && s.date)?.date ?? null;
}

/**
 * The boilerplate of `text`. `declared` are ranges its format already set apart (front matter, a date
 * marker, markup): the dateline is looked for in the lines after them.
 */
export function findBoilerplate(text: string, declared: OffsetPair[] = []): Boilerplate {
  const ranges: OffsetPair[] = [];
  const credits: Array<{ at: number; credit: string | null | undefined }> = [];
  let source: string | null = null;
  let byline: string | null = null;
  let published: string | null = null;
  for (const { start, end, line } of lines(text)) {
    const furniture = furnitureLine(line);
    if (furniture) {
      ranges.push([start, end]);
      if (furniture.source !== undefined) source ??= furniture.source;
      if (furniture.byline) byline ??= furniture.byline;
      if (furniture.credit) credits.push({ at: start, credit: furniture.credit });
      if (furniture.stamps) published ??= publishedDayOf(furniture.stamps);
      continue;
    }
    const tag = wireTagLength(line);
    if (tag) ranges.push([start, start + tag]);
  }
  for (const c of inlineCredits(text)) {
    ranges.push(c.range);
    credits.push({ at: c.range[0], credit: c.credit });
  }
  for (const pattern of [BRACKET_MARKUP, URL, EMAIL]) {
    pattern.lastIndex = 0;
    for (const m of text.matchAll(pattern)) ranges.push([m.index, m.index + m[0].length]);
  }
  const dateline = findDateline(text, mergeRanges([...ranges, ...declared], text));
  if (dateline) {
    ranges.push(dateline.range);
    credits.push({ at: dateline.range[0], credit: dateline.agency });
  }
  return {
    ranges: mergeRanges(ranges, text),
    source,
    credits: uniqueCredits(credits.sort((a, b) => a.at - b.at).map((c) => c.credit)),
    byline,
    location: dateline?.location ?? null,
    date: published ?? dateline?.date ?? null,
  };
}
