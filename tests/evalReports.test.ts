// `npm run eval` on a re3d-format folder: the scores of one source's documents, the baseline beside
// them, and every false and missed span with its context.
import { describe, expect, it } from "vitest";
import { RE3D_DEV } from "../src/evaluate/corpora.js";
import { EvalInputError, re3dReport } from "../src/evaluate/reports.js";

describe("re3dReport", () => {
  it("scores the documents of the sources asked for, beside compromise + chrono-node, with the errors", async () => {
    const lines = await re3dReport(RE3D_DEV, { sources: ["australian"], baseline: true, errors: true });
    expect(lines[0]).toMatch(/^\d+ documents from 1 sources in /);
    const rows = lines.filter((l) => /^(actors|dates|figures)\s+\d\.\d{3}/.test(l));
    // ours, then the baseline: three kinds each
    expect(rows.map((l) => l.split(/\s+/)[0])).toEqual(["actors", "dates", "figures", "actors", "dates", "figures"]);
    expect(lines).toContain("compromise + chrono-node, out of the box:");
    const errors = lines.filter((l) => /^(FALSE|MISS)/.test(l));
    expect(errors.length).toBeGreaterThan(0);
    for (const e of errors) expect(e).toMatch(/^(FALSE|MISS)\s+(actors|dates|figures)\s+\S+: .*\[\[.+\]\]/);
  });
  it("says when no document matches", async () => {
    await expect(re3dReport(RE3D_DEV, { sources: ["no-such-source"] })).rejects.toThrow(EvalInputError);
  });
});
