// The tagger's gazetteer labels (gazetteer.ts gazetteerLabels): a word's own label (title, orgword),
// memoized by the word, under the names the gazetteer matches.
import { describe, expect, it } from "vitest";
import { gazetteerLabels } from "../../../src/extract/recognize/actors/gazetteer.js";

describe("gazetteerLabels", () => {
  it("labels title and organization words in any case, and gazetteer names over them", () => {
    const words = "President Bazoum of Niger met Shell Ltd officials in Cairo ; PRESIDENT Ltd .".split(" ");
    const expected = ["title", "", "", "B-country", "", "", "orgword", "", "", "B-capital", "", "title", "orgword", ""];
    expect(gazetteerLabels(words)).toEqual(expected);
    // asked again (from the memo), the same labels
    expect(gazetteerLabels(words)).toEqual(expected);
    expect(gazetteerLabels("the Ministry of Niger".split(" "))).toEqual(["", "orgword", "", "B-country"]);
  });
});
