// Co-mentions counted by the actors' ranks: pairs named the same way as by their ids (source < target
// in code-unit order, "Z" before "a"), most shared sentences first, then by source and target.
import { describe, expect, it } from "vitest";
import { coMentions } from "../../src/extract/analyze/comentions.js";

const m = (actor: string, article: string, sentence: number) => ({ actor, article, sentence, start: 0, end: 1, text: actor });

describe("co-mentions", () => {
  it("count each pair once per sentence, ordered by count, source and target", () => {
    const rows = coMentions([
      m("niger", "a", 0),
      m("bazoum", "a", 0),
      m("Zinder", "a", 0),
      m("niger", "a", 1),
      m("bazoum", "a", 1),
      m("niger", "b", 0),
      m("ecowas", "b", 0),
      m("niger", "b", 0),
      m("tiani", "b", 2),
    ]);
    expect(rows).toEqual([
      { source: "bazoum", target: "niger", sentences: 2 },
      { source: "Zinder", target: "bazoum", sentences: 1 },
      { source: "Zinder", target: "niger", sentences: 1 },
      { source: "ecowas", target: "niger", sentences: 1 },
    ]);
  });
});
