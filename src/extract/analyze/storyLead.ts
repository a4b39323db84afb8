// What an article's opening says happened, for the stories table when no date tells two events of one
// kind apart: reports of one event open on that event's own words (the ship's name and "seized", the
// court and "ruling", "bankruptcy"), while reports of another step of the same case, or of the same kind
// of event another time, share the case's names and words all through but open on other words ("the
// appeals court refused", "tens of thousands rallied"). Two articles' lead agreement is the cosine of
// their opening sentences' content words (each once, weighed by its rarity in the folder: ln(1 + N /
// articles using it); a word no other article uses cannot agree and is left out). Below LEAD_FULL the
// link of two articles whose event times are not both known weakens in proportion (stories.ts): their
// words and cast must then be alike where the report says what happened, not only in its background.
// Pure: rows in, numbers out.
import type { SentenceRow } from "../types.js";
import { termList } from "./terms.js";
import type { Opening } from "./storyOpening.js";

/** Openings this alike (cosine) or more leave the link whole. */
export const LEAD_FULL = 0.15;

/** An article's opening words: feature numbers ascending (the caller's dictionary) and unit-length weights. */
export interface Lead {
  features: Int32Array;
  weights: Float64Array;
}

/**
 * Each article's lead (in `articles` order): the content words of its opening sentences (up to
 * `openings[i].last`), numbered by `featureOf` (undefined: not a feature), weighed by `weightOf`
 * (0: left out).
 */
export function articleLeads(
  articles: readonly string[],
  sentences: readonly SentenceRow[],
  openings: readonly Opening[],
  featureOf: (word: string) => number | undefined,
  weightOf: (feature: number) => number,
): Lead[] {
  const index = new Map(articles.map((id, i) => [id, i]));
  const words = articles.map(() => new Set<number>());
  for (const s of sentences) {
    const i = index.get(s.article);
    if (i === undefined || s.index > openings[i].last) continue;
    for (const word of termList(s.text)) {
      const f = featureOf(word);
      if (f !== undefined && weightOf(f) > 0) words[i].add(f);
    }
  }
  return words.map((set) => {
    const features = Int32Array.from(set).sort();
    const weights = Float64Array.from(features, weightOf);
    const norm = Math.hypot(...weights) || 1;
    for (let j = 0; j < weights.length; j++) weights[j] /= norm;
    return { features, weights };
  });
}

/** The cosine of two leads (0 when either is empty). */
export function leadAgreement(a: Lead, b: Lead): number {
  let sum = 0;
  for (let x = 0, y = 0; x < a.features.length && y < b.features.length;) {
    if (a.features[x] === b.features[y]) sum += a.weights[x++] * b.weights[y++];
    else if (a.features[x] < b.features[y]) x++;
    else y++;
  }
  return sum;
}

/** How far two articles' leads allow them to be one story: 1 from LEAD_FULL agreement up, down to 0 for openings sharing no word. */
export function leadFactor(a: Lead, b: Lead): number {
  return Math.min(1, leadAgreement(a, b) / LEAD_FULL);
}
