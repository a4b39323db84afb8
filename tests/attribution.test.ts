// Quote attribution through the whole engine (actors recognized, resolved, quotes credited), on our
// own labelled examples of each pattern: the quote's kind, the speaker's actor id, the words as written.
import { describe, expect, it } from "vitest";
import { loadActorModel } from "../src/extract/recognize/actors/index.js";
import { extractArticle } from "../src/extract/pipeline.js";
import { buildTables } from "../src/extract/tables.js";
import { textArticle } from "./helpers/textArticle.js";
import { ATTRIBUTION } from "./fixtures/quotes/attribution.js";

const model = loadActorModel();

describe("quote attribution, pattern by pattern", () => {
  for (const [i, c] of ATTRIBUTION.entries()) {
    it(c.name, () => {
      const t = buildTables([extractArticle(textArticle(`a${i}`, c.text), model)]);
      const found = t.quotes.map((q) => {
        const opens = c.quotes.find((l) => q.text.replace(/^(?:[“"”]|'')/, "").startsWith(l.opens));
        return {
          opens: opens?.opens ?? q.text,
          kind: q.kind,
          speaker: q.speaker,
          ...(opens?.speakerText ? { speakerText: q.speakerText } : {}),
        };
      });
      expect(found).toEqual(
        c.quotes.map((l) => ({
          opens: l.opens,
          kind: l.kind,
          speaker: l.speaker,
          ...(l.speakerText ? { speakerText: l.speakerText } : {}),
        })),
      );
    });
  }
});
