import { describe, expect, it } from "vitest";
import { countOf } from "../../src/components/cite.js";

describe("countOf: a count with its noun, as the pages write it", () => {
  it("writes one with the singular noun", () => {
    expect(countOf(1, "article", "articles")).toBe("1 article");
  });

  it("writes any other count with the plural noun and grouped digits", () => {
    expect(countOf(0, "article", "articles")).toBe("0 articles");
    expect(countOf(6, "time", "times")).toBe("6 times");
    expect(countOf(1110, "mention", "mentions")).toBe("1,110 mentions");
  });
});
