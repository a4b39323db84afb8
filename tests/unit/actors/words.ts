// Test helpers: one sentence as the actor passes read it, and candidate spans over it.
import type { ActorCandidate } from "../../../src/extract/recognize/actors/rules.js";
import type { SpanLabel } from "../../../src/extract/recognize/actors/tagger.js";

/** The words of a sentence written with spaces between tokens. */
export const words = (sentence: string) => sentence.split(" ");

/** The candidate over the tokens of `name` (first occurrence) in sentence 0. */
export function span(ws: string[], name: string, label: SpanLabel, source: ActorCandidate["source"] = "model"): ActorCandidate {
  const parts = name.split(" ");
  const start = ws.findIndex((_, i) => parts.every((p, k) => ws[i + k] === p));
  if (start < 0) throw new Error(`"${name}" is not in "${ws.join(" ")}"`);
  return { sentence: 0, start, end: start + parts.length, label, source };
}

/** The text and label of each candidate. */
export const named = (ws: string[], candidates: ActorCandidate[]) => candidates.map((c) => [ws.slice(c.start, c.end).join(" "), c.label]);

export const nothingCommon = () => false;
