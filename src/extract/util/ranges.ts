// [start, end) range helpers shared by ingest and cleaning (below both, so neither imports the other).

export type Range = [number, number];

/**
 * Sorts ranges and merges those that overlap, touch, or are separated only by whitespace in `text`
 * (when given). Empty ranges are dropped.
 */
export function mergeRanges(ranges: Range[], text?: string): Range[] {
  const sorted = ranges
    .filter(([s, e]) => e > s)
    .map(([s, e]): Range => [s, e])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Range[] = [];
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
export function insideRanges(ranges: Range[], start: number, end: number): boolean {
  return ranges.some(([s, e]) => start >= s && end <= e);
}

/** The parts of `text` outside the ranges, joined with a space. */
export function textOutside(text: string, ranges: Range[]): string {
  const merged = mergeRanges(ranges);
  let out = "";
  let at = 0;
  for (const [s, e] of merged) {
    if (s > at) out += text.slice(at, s) + " ";
    at = Math.max(at, e);
  }
  return out + text.slice(at);
}
