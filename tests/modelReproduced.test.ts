// The shipped actor model is what `npm run train` writes (issue 20): a change to what the tagger's
// training reads (features, lexicons, gazetteer words) without a retrain fails here, not later as
// unexplained differences between the committed model and a retrained one.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { trainShippedModel } from "../src/evaluate/shippedModel.js";

describe("the committed actor model", () => {
  it("is byte for byte what npm run train writes", () => {
    const committed = readFileSync(join(import.meta.dirname, "..", "data", "model", "actors.json"), "utf8");
    const trained = JSON.stringify(trainShippedModel());
    expect(trained.length).toBe(committed.length);
    expect(trained === committed).toBe(true);
  }, 120_000);
});
