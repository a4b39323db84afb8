// [start, end) offset helpers shared by ingest, cleaning and the recognizers (below all of them, so
// none imports another): one helper per notion — two ranges overlap, one contains another, a range
// touches any of a list (a skipped boilerplate range, a mention already taken).

/** A [start, end) pair of text offsets, as boilerplate and skip lists hold them. */
export type OffsetPair = [number, number];

/** Anything with [start, end) offsets: a mention, a sentence, a candidate. */
export interface Offsets {
  readonly start: number;
  readonly end: number;
}

/** Whether [start, end) and [otherStart, otherEnd) share at least one position. */
export function overlaps(start: number, end: number, otherStart: number, otherEnd: number): boolean {
  return start < otherEnd && otherStart < end;
}

/** Whether [start, end) lies inside [outerStart, outerEnd). */
export function contains(outerStart: number, outerEnd: number, start: number, end: number): boolean {
  return outerStart <= start && end <= outerEnd;
}

/** Whether [start, end) overlaps any of the offset pairs (a skipped range, say). */
export function touchesAny(pairs: ReadonlyArray<readonly [number, number]>, start: number, end: number): boolean {
  return pairs.some(([s, e]) => overlaps(start, end, s, e));
}

/** Whether [start, end) overlaps any of the spans (mentions already found, say). */
export function overlapsAny(spans: ReadonlyArray<Offsets>, start: number, end: number): boolean {
  return spans.some((s) => overlaps(start, end, s.start, s.end));
}

/**
 * Sorts ranges and merges those that overlap, touch, or are separated only by whitespace in `text`
 * (when given). Empty ranges are dropped.
 */
export function mergeRanges(ranges: OffsetPair[], text?: string): OffsetPair[] {
  const sorted = ranges
    .filter(([s, e]) => e > s)
    .map(([s, e]): OffsetPair => [s, e])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: OffsetPair[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && (r[0] <= last[1] || (text !== undefined && /^\s*$/.test(text.slice(last[1], r[0]))))) {
      last[1] = Math.max(last[1], r[1]);
    } else {
      out.push(r);
    }
  }
  return out;
}

/** Whether [start, end) lies entirely inside one of the (merged, sorted) ranges. */
export function insideRanges(ranges: OffsetPair[], start: number, end: number): boolean {
  return ranges.some(([s, e]) => contains(s, e, start, end));
}

/** The parts of `text` outside the ranges, joined with a space. */
export function textOutside(text: string, ranges: OffsetPair[]): string {
  const merged = mergeRanges(ranges);
  let out = "";
  let at = 0;
  for (const [s, e] of merged) {
    if (s > at) out += text.slice(at, s) + " ";
    at = Math.max(at, e);
  }
  return out + text.slice(at);
}
