// What an article's opening says happened, for the stories table when no date tells two events of one
// kind apart: reports of one event open on that event's own words (the ship's name and "seized", the
// court and "ruling", "bankruptcy"), while reports of another step of the same case, or of the same kind
// of event another time, share the case's names and words all through but open on other words ("the
// appeals court refused", "tens of thousands rallied"). Two articles' lead agreement is the cosine of
// their opening sentences' content words (each once, weighed by its rarity in the folder: ln(1 + N /
// articles using it); a word no other article uses cannot agree and is left out). Below LEAD_FULL the
// link of two articles whose event times are not both known, or whose dated events lie more than a
// fortnight apart (leadsMustAgree), weakens in proportion (stories.ts): their words and cast must then
// be alike where the report says what happened, not only in its background. When neither date tells
// them apart, their openings must also agree in the words they write in lower case (eventWords: what
// happened, "delivered" against "made its maiden flight", "medical leave" against "has resigned", the
// names left out), below EVENT_FULL in proportion: openings naming the same company, person or
// country all through agree on those names however different the news.
// Leads are made only for the articles such a pair holds (most articles of a dated folder need none).
// Pure: rows in, numbers out.
import type { SentenceRow } from "../types.js";
import { termList } from "./terms.js";
import type { Opening } from "./storyOpening.js";

/** Openings this alike (cosine) or more leave the link whole. */
export const LEAD_FULL = 0.15;

/** Openings whose lower-case words agree this much (cosine) or more leave an undated link whole. */
export const EVENT_FULL = 0.1;

/** An article's opening words: feature numbers ascending (the caller's dictionary) and unit-length weights. */
export interface Lead {
  features: Int32Array;
  weights: Float64Array;
}

/**
 * The articles' leads and lead sentences, each made when first asked for (in `articles` order):
 * an article's opening is its sentences up to `openings[i].last`, its lead sentence the one at
 * `openings[i].first`. The sentences are read once, at the first question.
 */
export class ArticleLeads {
  private opened: SentenceRow[][] | undefined;
  private readonly leads: Array<Lead | undefined> = [];
  private readonly eventLeads: Array<Lead | undefined> = [];
  constructor(
    private readonly articles: readonly string[],
    private readonly sentences: readonly SentenceRow[],
    private readonly openings: readonly Opening[],
    private readonly featureOf: (word: string) => number | undefined,
    private readonly weightOf: (feature: number) => number,
  ) {}

  private opening(i: number): SentenceRow[] {
    if (!this.opened) {
      const index = new Map(this.articles.map((id, k) => [id, k]));
      const opened: SentenceRow[][] = this.articles.map(() => []);
      for (const s of this.sentences) {
        const k = index.get(s.article);
        if (k !== undefined && s.index <= this.openings[k].last) opened[k].push(s);
      }
      this.opened = opened;
    }
    return this.opened[i];
  }

  /** Article i's lead (articleLead of its opening). */
  lead(i: number): Lead {
    return (this.leads[i] ??= articleLead(this.opening(i), this.featureOf, this.weightOf));
  }

  /** Article i's event lead: articleLead of its opening's eventWords. */
  eventLead(i: number): Lead {
    const words = () => this.opening(i).map((s) => ({ ...s, text: eventWords(s.text) }));
    return (this.eventLeads[i] ??= articleLead(words(), this.featureOf, this.weightOf));
  }

  /** The text of article i's lead sentence ("" when it has none). */
  leadSentence(i: number): string {
    return this.opening(i).find((s) => s.index === this.openings[i].first)?.text ?? "";
  }
}

/**
 * An article's lead: the content words of its opening sentences, numbered by `featureOf`
 * (undefined: not a feature), weighed by `weightOf` (0: left out).
 */
export function articleLead(
  opening: readonly SentenceRow[],
  featureOf: (word: string) => number | undefined,
  weightOf: (feature: number) => number,
): Lead {
  const set = new Set<number>();
  for (const s of opening)
    for (const word of termList(s.text)) {
      const f = featureOf(word);
      if (f !== undefined && weightOf(f) > 0) set.add(f);
    }
  const features = Int32Array.from(set).sort();
  const weights = Float64Array.from(features, weightOf);
  let norm = 0;
  for (const w of weights) norm += w * w;
  norm = Math.sqrt(norm) || 1;
  for (let j = 0; j < weights.length; j++) weights[j] /= norm;
  return { features, weights };
}

/**
 * A sentence's words as written in lower case: every capitalized word (a name, a title, an acronym:
 * "Airbus", "U.S.", "CEO") blanked out, the sentence's first too (it is as often a name, "Vellix
 * named ...", as a common word).
 */
export function eventWords(sentence: string): string {
  return sentence.replace(/(?<![\w'’.-])[A-Z][\w'’.-]*/g, " ");
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

/**
 * Whether two articles' leads must agree for them to be one story: when either's event time is
 * unknown (`dated` false), and when their dated events lie further apart than one event's weeks of
 * reports (a time factor below 1, storyTime.ts): a report weeks later that is still about the event
 * opens on it ("the bombings of the U.S. embassies"), while the next step of a case opens on its own
 * news ("the Justice Department is reviewing", "the father said in a letter"). Not when either's date
 * is `guessed` (inferred by the engine): such a distance may be the guess's, not the events'.
 */
export function leadsMustAgree(dated: boolean, time: number, guessed = false): boolean {
  return !dated || (time < 1 && !guessed);
}

/** How far two articles' leads allow them to be one story: 1 from LEAD_FULL agreement up, down to 0 for openings sharing no word. */
export function leadFactor(a: Lead, b: Lead): number {
  return Math.min(1, leadAgreement(a, b) / LEAD_FULL);
}

/** How far two undated articles' event leads allow them to be one story: 1 from EVENT_FULL agreement up, down to 0. */
export function eventLeadFactor(a: Lead, b: Lead): number {
  return Math.min(1, leadAgreement(a, b) / EVENT_FULL);
}
