// Pages read whole (issue 18): a page whose block of other stories' teasers holds more prose than the
// story is read for its story, the block around its own lead paragraph. Pages written for the project.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseHtml } from "../src/extract/ingest/formats/html.js";

const read = (name: string) => {
  const parsed = parseHtml(readFileSync(`tests/fixtures/html/${name}.html`, "utf8"));
  if ("reason" in parsed) throw new Error(parsed.reason);
  const gold = JSON.parse(readFileSync(`tests/fixtures/html/${name}.gold.json`, "utf8"));
  return { parsed, gold };
};

describe("a long related-stories block", () => {
  it.each(["fr-nepal", "en-cargo"])("%s: the text is the story's paragraphs, without the teasers", (name) => {
    const { parsed, gold } = read(name);
    expect(parsed.text.replace(/\s+/g, " ").trim()).toBe(gold.text.replace(/\s+/g, " ").trim());
    expect(parsed.date).toBe("2015-04-27");
    expect(parsed.title).toBe(gold.title);
  });
});
