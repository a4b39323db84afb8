// Drops candidates that touch a skipped range (boilerplate: video timestamps, promos, credits).
import type { DateCandidate } from "../candidate.js";

export function dropSkipped(candidates: DateCandidate[], skip: Array<[number, number]>): DateCandidate[] {
  if (!skip.length) return candidates;
  return candidates.filter((c) => !skip.some(([s, e]) => c.start < e && s < c.end));
}
