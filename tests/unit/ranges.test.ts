import { describe, expect, it } from "vitest";
import { contains, insideRanges, overlaps, overlapsAny, touchesAny } from "../../src/extract/util/ranges.js";

describe("range helpers", () => {
  it("overlaps: sharing one position, not touching ends", () => {
    expect(overlaps(0, 5, 4, 9)).toBe(true);
    expect(overlaps(0, 5, 5, 9)).toBe(false);
  });
  it("contains: inside or equal, not sticking out", () => {
    expect(contains(0, 10, 2, 10)).toBe(true);
    expect(contains(0, 10, 2, 11)).toBe(false);
  });
  it("touchesAny over offset pairs, overlapsAny over spans", () => {
    expect(touchesAny([[10, 20]], 15, 30)).toBe(true);
    expect(touchesAny([[10, 20]], 20, 30)).toBe(false);
    expect(overlapsAny([{ start: 10, end: 20 }], 0, 11)).toBe(true);
    expect(overlapsAny([{ start: 10, end: 20 }], 0, 10)).toBe(false);
  });
  it("insideRanges: within one range", () => {
    expect(
      insideRanges(
        [
          [0, 5],
          [10, 20],
        ],
        12,
        18,
      ),
    ).toBe(true);
    expect(
      insideRanges(
        [
          [0, 5],
          [10, 20],
        ],
        4,
        12,
      ),
    ).toBe(false);
  });
});
